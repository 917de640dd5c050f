import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile, ingestInput } from '../../src/ingest/pipeline.ts';
import { IngestError } from '../../src/ingest/types.ts';
import { REPORT, REPORT_LINES, tempDir } from './write/fixtures.ts';

describe('ingest pipeline', () => {
  it('reads, cleans, structures and describes one input, with the hash of its raw bytes', async () => {
    const path = join(tempDir(), 'report.txt');
    writeFileSync(path, REPORT);
    const ingested = await ingestFile(path);
    expect(ingested.sha256).toBe(createHash('sha256').update(REPORT).digest('hex'));
    expect(ingested.draft.blocks.map((block) => block.text)).toEqual(REPORT_LINES);
    expect(ingested.description.script).toBe('hans');
  });

  it('reads a line indented with `?` (lost full-width spaces) at its width: a fixed-width break cut it, it is no title', async () => {
    // Page 038's lead broken every 30 characters; the break fell before 。.
    const lines = [
      '??? 2月27日上午,宣城市2025年衛生健康工作會議召開',
      '。會議的主要任務是全面總結2024年工作情況,深入分析當前面',
      '臨的新形勢,研究部署2025年重點工作,加快推動衛生健康事業和',
      '人口高質量發展。',
      '??? 會上傳達了宣城市委主要領導、市政府主要領導、分管領導對宣',
      '城市衛生健康工作的重要批示。',
    ];
    for (const separator of ['\n', '\n\n']) {
      const path = join(tempDir(), 'report.txt');
      writeFileSync(path, lines.join(separator));
      const { description, draft } = await ingestFile(path);
      expect(description.title).toBeUndefined();
      expect(description.date).toBe('2025-02-27');
      expect(draft.blocks.map((block) => block.text)).toEqual([
        '2月27日上午，宣城市2025年衛生健康工作會議召開。會議的主要任務是全面總結2024年工作情況，深入分析當前面臨的新形勢，研究部署2025年重點工作，加快推動衛生健康事業和人口高質量發展。',
        '會上傳達了宣城市委主要領導、市政府主要領導、分管領導對宣城市衛生健康工作的重要批示。',
      ]);
    }
  });

  it('closes a stray space a PDF extraction left in a sentence, and notes it', async () => {
    const path = join(tempDir(), 'report.txt');
    const paragraph = '2024年，全市上下深入贯彻落实习近平总书记视察 广东重要讲话、重要指示精神，有效提升 急危重症救治能力。';
    writeFileSync(path, `${paragraph}\n出席会议的有：张三 李四，会议由王五主持，全体干部参加。\n`);
    const { draft } = await ingestFile(path);
    expect(draft.blocks.map((block) => block.text)).toEqual([
      '2024年，全市上下深入贯彻落实习近平总书记视察广东重要讲话、重要指示精神，有效提升急危重症救治能力。',
      '出席会议的有：张三 李四，会议由王五主持，全体干部参加。',
    ]);
    expect(draft.messages).toContainEqual({ rule: 'close-stray-spaces', kind: 'repaired', note: '去除句中字间空格 2 处' });
  });

  it('gives the error of an input that fails as its result, naming the file', async () => {
    const dir = tempDir();
    const missing = join(dir, 'missing.txt');
    const failed = await ingestInput(missing, dir);
    expect('error' in failed && failed.error).toBeInstanceOf(IngestError);
    expect('error' in failed && failed.error.message.startsWith(`${missing}: `)).toBe(true);
    const good = join(dir, 'good.txt');
    writeFileSync(good, REPORT);
    const done = await ingestInput(good, dir);
    expect('input' in done && done.input.file).toBe('good.txt');
  });
});
