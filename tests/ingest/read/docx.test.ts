import { readdirSync, readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { readDocx } from '../../../src/ingest/read/read-docx.ts';

const corpus = new URL('../../../../shared/corpus/govreports-2024/', import.meta.url).pathname;
/** Every 12th report, in name order: a spread of the 143 without reading them all. */
const names = readdirSync(`${corpus}docx`).sort().filter((_, i) => i % 12 === 0).map((name) => name.replace(/\.docx$/, ''));

/** Paragraphs of a text: non-empty lines, whitespace runs (half- or full-width) as one space. */
function paragraphs(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/[\s\u3000]+/g, ' ').trim()).filter(Boolean);
}

/** A ZIP archive holding one stored (uncompressed) file. */
function zipOf(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const file = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(file.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(local.length + file.length + data.length, 16);
  return Buffer.concat([local, file, data, central, file, end]);
}

const WORD_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOCUMENT_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** A run of text. */
const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** A Word document of `body` (WordprocessingML), with footnotes and comments. */
async function wordDocument(body: string, footnotes: readonly string[], comments: readonly string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${DOCUMENT_RELS}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId2" Type="${DOCUMENT_RELS}/footnotes" Target="footnotes.xml"/><Relationship Id="rId3" Type="${DOCUMENT_RELS}/comments" Target="comments.xml"/></Relationships>`);
  zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${WORD_NS}>${footnotes.map((text, i) => `<w:footnote w:id="${i + 1}"><w:p>${run(text)}</w:p></w:footnote>`).join('')}</w:footnotes>`);
  zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8"?><w:comments ${WORD_NS}>${comments.map((text, i) => `<w:comment w:id="${i}" w:author="审稿人"><w:p>${run(text)}</w:p></w:comment>`).join('')}</w:comments>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${WORD_NS}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function reason(bytes: Uint8Array): Promise<string> {
  return readDocx(bytes, 'report.docx').then(
    () => 'read without error',
    (error: Error) => error.message,
  );
}

describe('DOCX', () => {
  it.each(names)('%s.docx has the same paragraphs as its txt twin', async (name) => {
    const read = await readDocx(readFileSync(`${corpus}docx/${name}.docx`), `${name}.docx`);
    expect(read.encoding).toBe('docx');
    expect(paragraphs(read.text)).toEqual(paragraphs(readFileSync(`${corpus}txt/${name}.txt`, 'utf8')));
  });

  it('reads a draft as its final text: tracked changes accepted, comments left out, notes numbered as the text refers to them', async () => {
    const body = [
      `<w:p>${run('2023年，全市卫生健康系统坚持以人民健康为中心，')}<w:del w:id="1" w:author="a"><w:r><w:delText>删去的旧提法，</w:delText></w:r></w:del><w:ins w:id="2" w:author="a">${run('新增的表述，')}</w:ins>${run('各项工作取得新成效。')}<w:r><w:footnoteReference w:id="2"/></w:r></w:p>`,
      `<w:p><w:commentRangeStart w:id="0"/>${run('县域就诊率达到92%。')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`,
    ].join('');
    const read = await readDocx(await wordDocument(body, ['县域就诊率为快报数。', '数据来源：市卫生健康统计年鉴。'], ['这个数字请再核实']), 'draft.docx');
    expect(paragraphs(read.text)).toEqual([
      '2023年，全市卫生健康系统坚持以人民健康为中心，新增的表述，各项工作取得新成效。[1]',
      '县域就诊率达到92%。[2]',
      '[1] 数据来源：市卫生健康统计年鉴。',
      '[2] 县域就诊率为快报数。',
    ]);
  });

  it('refuses a file that is not a ZIP archive', async () => {
    expect(await reason(Buffer.from('这不是Word文档，只是改了扩展名的文本。'))).toBe('report.docx: not a .docx file (not a ZIP archive)');
    expect(await reason(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))).toBe(
      'report.docx: not a .docx file (it is an OLE file: an old .doc/.xls, or a password-protected .docx)',
    );
  });

  it('refuses a truncated .docx', async () => {
    const bytes = readFileSync(`${corpus}docx/${names[0]}.docx`).subarray(0, 4096);
    expect(await reason(bytes)).toMatch(/^report\.docx: corrupt \.docx file \(.+\)$/);
  });

  it('refuses a ZIP archive without a Word document in it', async () => {
    expect(await reason(zipOf('hello.txt', '你好'))).toMatch(/^report\.docx: corrupt \.docx file \(.+\)$/);
  });
});
