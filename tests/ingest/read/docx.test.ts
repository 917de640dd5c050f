import { readdirSync, readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
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
