import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { toSimplified, toTraditional } from '../../../src/lib/script.ts';
import { decodeText } from '../../../src/ingest/read/decode.ts';
import { IngestError } from '../../../src/ingest/types.ts';

const corpus = new URL('../../../../shared/corpus/', import.meta.url).pathname;
const SIMPLIFIED = '盐湖区医疗集团召开2024年度工作总结暨表彰大会。会议指出，要持续深化医药卫生体制改革，推动优质医疗资源扩容下沉。';
const TRADITIONAL = '衛生福利部召開年度工作檢討會議，部長強調要強化基層醫療體系，落實長期照顧政策。';

function decode(bytes: Uint8Array | string, declared?: Parameters<typeof decodeText>[2]) {
  return decodeText(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes, 'input.txt', declared);
}

function reason(bytes: Uint8Array): string {
  try {
    decode(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as Error).message;
  }
  throw new Error('expected an IngestError');
}

describe('Unicode', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decode(Buffer.from(SIMPLIFIED))).toMatchObject({ text: SIMPLIFIED, encoding: 'UTF-8', messages: [] });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TRADITIONAL)]);
    expect(decode(bytes)).toMatchObject({ text: TRADITIONAL, encoding: 'UTF-8 (BOM)' });
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    expect(decode(iconv.encode(SIMPLIFIED, 'utf-16le', { addBOM: true }))).toMatchObject({ text: SIMPLIFIED, encoding: 'UTF-16LE (BOM)' });
    expect(decode(iconv.encode(TRADITIONAL, 'utf-16be', { addBOM: true }))).toMatchObject({ text: TRADITIONAL, encoding: 'UTF-16BE (BOM)' });
  });

  it('reads UTF-16 without a BOM by the side its NUL bytes fall on (一 is U+4E00: a NUL on the other side)', () => {
    const text = `${SIMPLIFIED}\n一是强化基层，二是深化改革。\n2024年12月31日\n`;
    expect(decode(iconv.encode(text, 'utf-16le'))).toMatchObject({ text, encoding: 'UTF-16LE' });
    expect(decode(iconv.encode(text, 'utf-16be'))).toMatchObject({ text, encoding: 'UTF-16BE' });
  });

  it('keeps valid UTF-8 that holds GBK mojibake as UTF-8, unchanged (a cleaning rule repairs it)', () => {
    const text = '推动医教研深度融合?!敖◤?qiáng)龍頭”，?!白?shí)基层”';
    expect(decode(Buffer.from(text))).toMatchObject({ text, encoding: 'UTF-8' });
  });
});

describe('GB18030 and Big5', () => {
  it('reads a short Simplified title in GBK', () => {
    const title = '盐湖区医疗集团2024年度工作总结';
    expect(decode(iconv.encode(title, 'gbk'))).toMatchObject({ text: title, encoding: 'GB18030' });
  });

  it('reads a short Traditional title in Big5', () => {
    const title = '臺北市政府衛生局年度施政報告';
    expect(decode(iconv.encode(title, 'big5'))).toMatchObject({ text: title, encoding: 'Big5' });
  });

  it('reads long Simplified text in GBK and long Traditional text in Big5', () => {
    const text = readFileSync(`${corpus}govreports-2024/txt/三亚.txt`, 'utf8');
    expect(decode(iconv.encode(text, 'gbk'))).toMatchObject({ text, encoding: 'GB18030' });
    const traditional = iconv.decode(iconv.encode(toTraditional(text), 'big5'), 'big5');
    expect(decode(iconv.encode(traditional, 'big5'))).toMatchObject({ text: traditional, encoding: 'Big5' });
  });

  it('reads characters outside GBK in their GB18030 four-byte form', () => {
    const text = `${SIMPLIFIED}吉祥的“𠮷”字和扩展A区的“㐀”字。`;
    const bytes = iconv.encode(text, 'gb18030');
    expect(bytes.includes(Buffer.from([0x95, 0x34, 0xb2, 0x35]))).toBe(true);
    expect(decode(bytes)).toMatchObject({ text, encoding: 'GB18030', messages: [] });
  });

  it('reads Traditional text saved in GBK as GB18030, not Big5', () => {
    expect(decode(iconv.encode(TRADITIONAL, 'gbk'))).toMatchObject({ text: TRADITIONAL, encoding: 'GB18030' });
  });

  it('reads pinyin-annotated text in GBK', () => {
    const text = '衛(wèi)生健康局黨委發(fā)展總結(jié)會議';
    expect(decode(iconv.encode(text, 'gbk'))).toMatchObject({ text, encoding: 'GB18030' });
  });

  it('chooses right for every corpus report, whole and as a 30-character title, in both encodings', () => {
    const files = ['pages', 'seeds'].flatMap((dir) =>
      readdirSync(`${corpus}${dir}`).filter((name) => name.endsWith('.txt')).map((name) => `${corpus}${dir}/${name}`),
    );
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const title = text.replace(/\s+/g, '').slice(0, 30);
      for (const sample of [text, title]) {
        expect(decode(iconv.encode(toSimplified(sample), 'gbk')).encoding, `${file} GBK`).toBe('GB18030');
        expect(decode(iconv.encode(toTraditional(sample), 'big5')).encoding, `${file} Big5`).toBe('Big5');
      }
    }
  });

  it('marks invalid bytes with U+FFFD and says so', () => {
    const bytes = Buffer.concat([iconv.encode(SIMPLIFIED, 'gbk'), Buffer.from([0xff]), iconv.encode(SIMPLIFIED, 'gbk')]);
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('GB18030');
    expect(decoded.text).toBe(`${SIMPLIFIED}\ufffd${SIMPLIFIED}`);
    expect(decoded.messages).toEqual([expect.objectContaining({ rule: 'decode', kind: 'doubtful', note: expect.stringContaining('1 处无效字节') })]);
  });

  it('keeps a declared codec, and overrides it when the bytes contradict it', () => {
    expect(decode(iconv.encode(SIMPLIFIED, 'gbk'), 'GB18030').encoding).toBe('GB18030');
    expect(decode(iconv.encode(SIMPLIFIED, 'gbk'), 'Big5').encoding).toBe('GB18030');
    expect(decode(Buffer.from(SIMPLIFIED), 'GB18030').encoding).toBe('UTF-8');
    expect(decode(iconv.encode(TRADITIONAL, 'big5'), 'UTF-8').encoding).toBe('Big5');
  });
});

describe('control characters', () => {
  it('removes a few stray control characters and turns form feeds into line breaks', () => {
    const decoded = decode(Buffer.from(`第一页\u0007内容\f第二页\u001b内容`));
    expect(decoded.text).toBe('第一页内容\n第二页内容');
    expect(decoded.messages).toEqual([expect.objectContaining({ kind: 'removed', note: '删除控制字符 2 个' })]);
  });
});

describe('refusals', () => {
  it('refuses NUL bytes as binary', () => {
    expect(reason(Buffer.concat([Buffer.from(SIMPLIFIED), Buffer.from([0, 1, 2, 0, 0, 3])]))).toBe('input.txt: binary data (NUL bytes), not text');
    expect(reason(Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)))).toBe('input.txt: binary data (NUL bytes), not text');
  });

  it('refuses many control bytes as binary', () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26))));
    expect(reason(bytes)).toBe('input.txt: binary data (control bytes), not text');
  });

  it('names known binary formats', () => {
    expect(reason(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1'))).toBe('input.txt: binary data (a PDF document), not text');
    expect(reason(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toContain('a PNG image');
    expect(reason(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toContain('an old .doc/.xls');
  });

  it('refuses bytes that are neither UTF-8 nor Chinese in GB18030 or Big5', () => {
    const korean = '대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다. 국가는 개인이 가지는 불가침의 기본적 인권을 확인하고 이를 보장할 의무를 진다. ';
    expect(reason(iconv.encode(korean.repeat(3), 'euc-kr'))).toBe('input.txt: undecodable text: neither UTF-8, GB18030 nor Big5 reads it as Chinese');
    const japanese = '日本国民は、正当に選挙された国会における代表者を通じて行動し、われらとわれらの子孫のために、諸国民との協和による成果と';
    expect(reason(iconv.encode(japanese, 'shift_jis'))).toMatch(/undecodable text/);
    expect(reason(Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0xff : 0x80))))).toMatch(/undecodable text/);
  });

  it('refuses invalid UTF-8 after a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(SIMPLIFIED, 'gbk')]);
    expect(reason(bytes)).toBe('input.txt: undecodable text: not valid UTF-8 (BOM)');
  });
});
