import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readDraft } from '../../../src/ingest/read/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'huibian-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPORT = '盐湖区医疗集团召开2024年度工作总结暨表彰大会\n\n会议指出，要持续深化医药卫生体制改革，推动优质医疗资源扩容下沉。';

const TRADITIONAL = '衛生局召開年度工作檢討會議\n\n局長強調要強化基層醫療體系，落實長期照顧政策，提升醫療服務品質。';

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function failure(path: string): Promise<string> {
  return readDraft(path).then(
    () => 'read without error',
    (error: Error) => `${error.name}: ${error.message}`,
  );
}

describe('readDraft', () => {
  it('reads a GBK text file into a draft with its encoding and lines', async () => {
    const draft = await readDraft(file('report.txt', iconv.encode(REPORT, 'gbk')));
    expect(draft).toMatchObject({ format: 'txt', encoding: 'GB18030', lines: REPORT.split('\n'), blocks: [] });
  });

  it('reads an HTML file with its hints and quality notes', async () => {
    const html = `<html><head><meta charset="big5"><title>年度工作報告_衛生局</title></head><body><nav>首頁</nav><p>${TRADITIONAL.replace('\n\n', '</p><p>')}</p></body></html>`;
    const draft = await readDraft(file('report.htm', iconv.encode(html, 'big5')));
    expect(draft).toMatchObject({ format: 'html', encoding: 'Big5', lines: TRADITIONAL.split('\n') });
    expect(draft.hints.titles).toEqual(['年度工作報告']);
    expect(draft.hints.dates).toEqual([]);
    expect(draft.messages).toEqual([expect.objectContaining({ rule: 'html-furniture' })]);
  });

  it('reads a whole HTML page saved as .txt as HTML', async () => {
    const html = `<!DOCTYPE html>\n<html><head><meta charset="gbk"><title>工作总结</title></head><body><script>var a = 1;</script><p>${REPORT.replace('\n\n', '</p><p>')}</p></body></html>`;
    const draft = await readDraft(file('page.txt', iconv.encode(html, 'gbk')));
    expect(draft).toMatchObject({ format: 'html', encoding: 'GB18030', lines: REPORT.split('\n') });
    expect(draft.hints.titles).toEqual(['工作总结']);
  });

  it('keeps a text file that only mentions HTML tags as text', async () => {
    const text = `<p class="ql-block">${REPORT}`;
    expect(await readDraft(file('residue.txt', text))).toMatchObject({ format: 'txt', lines: text.split('\n') });
  });

  it('refuses an unsupported file type', async () => {
    expect(await failure(file('report.pdf', REPORT))).toBe(`IngestError: ${dir}/report.pdf: unsupported file type ".pdf" (expected .txt, .html, .htm or .docx)`);
  });

  it('refuses a missing file', async () => {
    expect(await failure(join(dir, 'missing.txt'))).toBe(`IngestError: ${dir}/missing.txt: no such file`);
  });

  it('refuses an empty file', async () => {
    expect(await failure(file('empty.txt', ''))).toBe(`IngestError: ${dir}/empty.txt: the file is empty`);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = file('huge.txt', '');
    truncateSync(path, MAX_INPUT_BYTES + 1);
    expect(await failure(path)).toBe(`IngestError: ${path}: too large (${MAX_INPUT_BYTES + 1} bytes; the limit is ${MAX_INPUT_BYTES})`);
  });

  it('refuses binary data', async () => {
    expect(await failure(file('binary.txt', Buffer.from([0x41, 0, 0x42, 0, 0, 0x43, 0x01, 0xff])))).toBe(
      `IngestError: ${dir}/binary.txt: binary data (NUL bytes), not text`,
    );
    expect(await failure(file('scan.html', Buffer.from('%PDF-1.4\n', 'latin1')))).toContain('binary data (a PDF document), not text');
  });

  it('refuses undecodable text', async () => {
    const bytes = Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0xff : 0x81 + (i % 50))));
    expect(await failure(file('garbled.txt', bytes))).toContain('undecodable text');
  });

  it('refuses text with too little Chinese to be a report', async () => {
    expect(await failure(file('english.txt', 'Annual work report of the health commission.\n'))).toBe(
      `IngestError: ${dir}/english.txt: no Chinese text (0 Han characters, at least 20 expected): not a report`,
    );
    expect(await failure(file('short.html', '<p>工作总结</p><script>var 很长的脚本里的中文字符不算正文内容 = 1;</script>'))).toContain('no Chinese text (4 Han characters');
  });
});
