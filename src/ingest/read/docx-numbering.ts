/**
 * Word's automatic numbering, written into the text. mammoth reads a
 * numbered paragraph as a list item and drops the number Word shows; Chinese
 * reports number their headings (`一、`, `（一）`, `1.`) and the structure and
 * describe rules read those numbers. So before mammoth reads a document,
 * each numbered paragraph gets its number as text, the way Word counts it
 * (per list and level, deeper levels restarting), and loses its numbering.
 * Bullets stay lists. Parts are edited as text: the few elements read here
 * have a fixed shape in WordprocessingML.
 */
import JSZip from 'jszip';

/** One level of a list: where it starts, how its number is written, and the text around it (`%1、`). */
interface Level {
  start: number;
  format: string;
  text: string;
}

/** A paragraph's numbering: its list (numId) and level. */
interface NumberingRef {
  numId: string;
  level: number;
}

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const STYLES = 'word/styles.xml';

const PARAGRAPH = /<w:p(?=[\s>/])[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g;
const PARAGRAPH_PROPERTIES = /<w:pPr>[\s\S]*?<\/w:pPr>/;
const NUM_PR = /<w:numPr>[\s\S]*?<\/w:numPr>/;
/** The value of element `name`'s `w:val` in `xml`. */
const valueOf = (xml: string, name: string): string | undefined => new RegExp(`<w:${name}\\b[^>]*?\\bw:val="([^"]*)"`).exec(xml)?.[1];

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** Chinese numerals of 0–99 (`十一`, `二十`), as Word's chineseCounting writes them; larger numbers as digits. */
function chineseCounting(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  const ones = n % 10 ? CHINESE_DIGITS[n % 10] : '';
  if (n < 20) return `十${ones}`;
  if (n < 100) return `${CHINESE_DIGITS[Math.floor(n / 10)]}十${ones}`;
  return String(n);
}

/** Letters as Word counts them: A … Z, AA … ZZ. */
function letters(n: number): string {
  return String.fromCharCode(64 + ((n - 1) % 26) + 1).repeat(Math.floor((n - 1) / 26) + 1);
}

/** Roman numerals. */
function roman(n: number): string {
  const values: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, numeral] of values) for (; n >= value; n -= value) out += numeral;
  return out;
}

/** Number `n` in Word's number format `format` (decimal for formats not written here). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return chineseCounting(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((digit) => CHINESE_DIGITS[Number(digit)]).join('');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? '甲乙丙丁戊己庚辛壬癸'[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((digit) => String.fromCharCode(0xff10 + Number(digit))).join('');
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

/** The levels of each list (numId) of numbering.xml, its start overrides applied. */
function listLevels(numbering: string): Map<string, Map<number, Level>> {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const [abstract, id] of numbering.matchAll(/<w:abstractNum\b[^>]*?w:abstractNumId="([^"]+)"[\s\S]*?<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const [level, index] of abstract.matchAll(/<w:lvl\b[^>]*?w:ilvl="(\d+)"[\s\S]*?<\/w:lvl>/g)) {
      levels.set(Number(index), { start: Number(valueOf(level, 'start') ?? 1), format: valueOf(level, 'numFmt') ?? 'decimal', text: valueOf(level, 'lvlText') ?? '' });
    }
    abstracts.set(id!, levels);
  }
  const lists = new Map<string, Map<number, Level>>();
  for (const [num, numId] of numbering.matchAll(/<w:num\b[^>]*?w:numId="([^"]+)"[^>]*>[\s\S]*?<\/w:num>/g)) {
    const levels = new Map(abstracts.get(valueOf(num, 'abstractNumId') ?? '') ?? []);
    for (const [override, index] of num.matchAll(/<w:lvlOverride\b[^>]*?w:ilvl="(\d+)"[\s\S]*?<\/w:lvlOverride>/g)) {
      const start = valueOf(override, 'startOverride');
      const level = levels.get(Number(index));
      if (start !== undefined && level) levels.set(Number(index), { ...level, start: Number(start) });
    }
    lists.set(numId!, levels);
  }
  return lists;
}

/** The numbering each paragraph style gives its paragraphs (styles.xml `w:numPr`). */
function styleNumbering(styles: string): Map<string, NumberingRef> {
  const byStyle = new Map<string, NumberingRef>();
  for (const [style, styleId] of styles.matchAll(/<w:style\b[^>]*?w:styleId="([^"]+)"[\s\S]*?<\/w:style>/g)) {
    const numPr = NUM_PR.exec(style)?.[0];
    const numId = numPr && valueOf(numPr, 'numId');
    if (numId) byStyle.set(styleId!, { numId, level: Number(valueOf(numPr, 'ilvl') ?? 0) });
  }
  return byStyle;
}

/** The numbering of a paragraph's properties: its own `w:numPr`, else its style's; undefined for none (`numId` 0). */
function numberingOf(properties: string, byStyle: ReadonlyMap<string, NumberingRef>): NumberingRef | undefined {
  const numPr = NUM_PR.exec(properties)?.[0];
  const style = valueOf(properties, 'pStyle');
  const fromStyle = style === undefined ? undefined : byStyle.get(style);
  const numId = (numPr && valueOf(numPr, 'numId')) ?? fromStyle?.numId;
  if (numId === undefined || numId === '0') return undefined;
  return { numId, level: Number((numPr && valueOf(numPr, 'ilvl')) ?? fromStyle?.level ?? 0) };
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The document's paragraphs with their numbers written in (see the module comment); the document as it was when none is numbered. */
export function numbersAsText(document: string, numbering: string, styles = ''): string {
  const lists = listLevels(numbering);
  const byStyle = styleNumbering(styles);
  /** The current count of each level of each list. */
  const counts = new Map<string, number[]>();
  return document.replace(PARAGRAPH, (paragraph) => {
    const properties = PARAGRAPH_PROPERTIES.exec(paragraph)?.[0];
    const ref = properties && numberingOf(properties, byStyle);
    const levels = ref ? lists.get(ref.numId) : undefined;
    const level = ref && levels?.get(ref.level);
    if (!ref || !levels || !level || level.format === 'bullet' || level.format === 'none') return paragraph;
    const count = counts.get(ref.numId) ?? [];
    counts.set(ref.numId, count);
    count[ref.level] = (count[ref.level] ?? level.start - 1) + 1;
    count.length = ref.level + 1;
    const label = level.text.replace(/%(\d)/g, (_, k: string) => {
      const at = Number(k) - 1;
      const shown = levels.get(at);
      return formatNumber(count[at] ?? shown?.start ?? 1, shown?.format ?? 'decimal');
    });
    // Numbering off (numId 0 also overrides a style's), the number as the paragraph's first run.
    const plain = properties.replace(NUM_PR, '').replace('</w:pPr>', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr>');
    return paragraph.replace(properties, () => `${plain}<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>`);
  });
}

/** The .docx with its numbered paragraphs' numbers written in; the same bytes when it numbers nothing. */
export async function withNumbersAsText(buffer: Buffer): Promise<Buffer> {
  // Part names stand uncompressed in the archive: without a numbering part there is nothing to read.
  if (!buffer.includes(NUMBERING)) return buffer;
  const zip = await JSZip.loadAsync(buffer);
  const [document, numbering] = [zip.file(DOCUMENT), zip.file(NUMBERING)];
  if (!document || !numbering) return buffer;
  const xml = await document.async('string');
  const numbered = numbersAsText(xml, await numbering.async('string'), (await zip.file(STYLES)?.async('string')) ?? '');
  if (numbered === xml) return buffer;
  zip.file(DOCUMENT, numbered);
  return zip.generateAsync({ type: 'nodebuffer' });
}
