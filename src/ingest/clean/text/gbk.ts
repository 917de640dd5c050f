/**
 * GBK code units of single characters, both ways: what the mojibake repair
 * needs to take a garbled run back to bytes and read it differently.
 */
import iconv from 'iconv-lite';

const decoded = new Map<number, string | undefined>();

/** The two GBK bytes of a character, or undefined when GBK has no two-byte code for it. */
export function gbkBytes(char: string): readonly [number, number] | undefined {
  const bytes = iconv.encode(char, 'gbk');
  return bytes.length === 2 && bytes[0]! >= 0x81 ? [bytes[0]!, bytes[1]!] : undefined;
}

/** Whether a byte can lead a two-byte GBK code. */
export function isLeadByte(byte: number): boolean {
  return byte >= 0x81 && byte <= 0xfe;
}

/** Whether a byte can end a two-byte GBK code. */
export function isTrailByte(byte: number): boolean {
  return byte >= 0x40 && byte <= 0xfe && byte !== 0x7f;
}

/** The character a two-byte GBK code stands for, or undefined when the code is invalid or unassigned. */
export function gbkChar(lead: number, trail: number): string | undefined {
  if (!isLeadByte(lead) || !isTrailByte(trail)) return undefined;
  const key = (lead << 8) | trail;
  if (decoded.has(key)) return decoded.get(key);
  const char = iconv.decode(Buffer.from([lead, trail]), 'gbk');
  const value = char.length === 1 && char !== '\ufffd' && char.codePointAt(0)! >= 0x80 && !isPrivateUse(char) ? char : undefined;
  decoded.set(key, value);
  return value;
}

function isPrivateUse(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code >= 0xe000 && code <= 0xf8ff;
}

/** The GBK codes with one byte fixed and the other free: `[lead, trail]` pairs. */
export function gbkCodesWith(fixed: number, position: 'lead' | 'trail'): Array<readonly [number, number]> {
  const codes: Array<readonly [number, number]> = [];
  for (let free = 0x40; free <= 0xfe; free++) {
    const code = position === 'lead' ? ([fixed, free] as const) : ([free, fixed] as const);
    if (gbkChar(code[0], code[1]) !== undefined) codes.push(code);
  }
  return codes;
}
