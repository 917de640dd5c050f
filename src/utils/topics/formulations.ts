/**
 * Formulations (提法): the slogans and numbered formulas reports use — quoted
 * phrases (“一岗双责”, “优质服务基层行”, 「两个维护」), numeral idioms (三重一大,
 * 两学一做), counted institutions (十八项核心制度, 八项规定) and plus-formulas
 * (1+1+X). Extracted from each block's Simplified text (so a Traditional
 * report yields the same formulation), keyed by the formulation's match text
 * (so punctuation and width do not split one formulation in two).
 */
import { createHash } from 'node:crypto';
import { stripToMatch } from '../../lib/match-text.ts';
import type { FormulationCuration } from './curated-formulations.ts';

/** A formulation found in a text: as written (Simplified), its key (match text), and whether its form alone vouches for it. */
export interface FormulationCandidate {
  surface: string;
  key: string;
  /**
   * Quoted, counted or plus-formula: a formulation by its form. A bare numeral
   * idiom is not (千方百计 and 一心一意 are idioms): it counts only once some report quotes it.
   */
  vouched: boolean;
}

/** A phrase in quotation marks “…” 「…」 『…』 "…" (escaped: Vite's import scan chokes on these characters in a regex). */
const QUOTED = /[\u201c\u300c\u300e"]([^\u201c\u201d\u300c\u300d\u300e\u300f"\n]{2,24})[\u201d\u300d\u300f"]/g;
/** Chinese numerals, with 双 and 多 for formulas like 一岗双责 and 多规合一. */
const NUMERAL = '一二两三四五六七八九十百千万双多';
/** Measure, time and function words that make a numeral pair ordinary text (一年一度, 一个一个). */
const ORDINARY = '个件项条种年月日天次些是的了在和为把被以对等期周批届级位名人家所';
/** Four characters: numeral, word, numeral, word (三重一大, 两学一做, 一岗双责, 一村一医). */
const NUMERAL_IDIOM = new RegExp(`(?<![${NUMERAL}])[${NUMERAL.slice(0, -2)}][^${NUMERAL}${ORDINARY}\\P{Script=Han}][${NUMERAL}][^${NUMERAL}${ORDINARY}\\P{Script=Han}](?![${NUMERAL}])`, 'gu');
/** A counted set of rules, tasks or programmes (十八项核心制度, 八项规定, 九项准则, 十大工程). */
const COUNTED = new RegExp(`(?<![${NUMERAL}第])[${NUMERAL}]{1,3}[项大条][\\p{Script=Han}]{0,4}?(?:制度|规定|准则|工程|行动|机制|措施|任务|禁令)`, 'gu');
/**
 * Plus-formulas of numbers and letters (1+1+X, 1+4+N). Their key drops the
 * `+`, so only those with a letter and three characters are kept: the key of
 * 1+4 (`14`) or 1+N (`1n`, inside H1N1) would match unrelated text.
 */
const PLUS_FORMULA = /(?<![\dA-Za-z+])(?:\d{1,2}|[A-Za-z])(?:\+(?:\d{1,2}|[A-Za-z])){1,4}(?![\dA-Za-z+])/g;
/** Sentence punctuation: a quotation holding it is speech, not a formulation. */
const SENTENCE = /[\uff0c\u3002\uff1b\uff1a\uff01\uff1f,;:!?\u3001]/;

/** Whether a quoted phrase's key is a formulation: short, Han, and not a lone common word. */
function quotedKey(surface: string): string | undefined {
  if (SENTENCE.test(surface) || /\+$/.test(surface)) return undefined;
  const key = stripToMatch(surface);
  if (key.length < 2 || key.length > 16) return undefined;
  const han = key.match(/\p{Script=Han}/gu)?.length ?? 0;
  // Two-character keys only with a numeral (四风, 双减): others are ordinary words in quotes.
  if (key.length === 2 && !new RegExp(`[${NUMERAL}]`).test(key)) return undefined;
  // Mostly Han; a plus-formula in quotes is taken by its own pattern.
  if (han < 2 || han < key.length * 0.6) return undefined;
  return key;
}

/** Formulations written in one block of Simplified text, in order of appearance (repeats kept). */
export function formulationCandidates(simplified: string): FormulationCandidate[] {
  const found: (FormulationCandidate & { at: number })[] = [];
  const quoted: Array<[number, number]> = [];
  for (const match of simplified.matchAll(QUOTED)) {
    const surface = match[1]!.trim();
    const key = quotedKey(surface);
    if (!key) continue;
    found.push({ at: match.index, surface, key, vouched: true });
    quoted.push([match.index, match.index + match[0].length]);
  }
  // A pattern inside a quotation is that quotation's formulation, found already.
  const inQuote = (at: number): boolean => quoted.some(([start, end]) => at > start && at < end);
  for (const [pattern, vouched] of [[NUMERAL_IDIOM, false], [COUNTED, true], [PLUS_FORMULA, true]] as const) {
    for (const match of simplified.matchAll(pattern)) {
      if (inQuote(match.index)) continue;
      const key = stripToMatch(match[0]);
      if (pattern === PLUS_FORMULA && (key.length < 3 || !/[a-z]/.test(key))) continue;
      found.push({ at: match.index, surface: match[0], key, vouched });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ surface, key, vouched }) => ({ surface, key, vouched }));
}

/** Stable ASCII slug of a formulation: the first 10 hex digits of the SHA-256 of its key. */
export function formulationSlug(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 10);
}

/** A formulation of the corpus: its key, the way it is most often written, and the reports that extracted it. */
export interface Formulation {
  key: string;
  slug: string;
  /** Most frequent written form (first seen on ties); a curated one's name. */
  surface: string;
  /** Number of reports it was extracted from (quoted or patterned). */
  extractedFrom: number;
  /** Listed by a curator (content/formulations.yml), whatever the extraction found. */
  curated: boolean;
  /** The curator's note. */
  note?: string;
}

/** No curation. */
const UNCURATED: FormulationCuration = { added: new Map(), hidden: new Set() };

/**
 * Tally of candidates over a corpus, fed one report at a time. A formulation
 * counts when it is used independently: extracted from enough reports, in at
 * least two different paragraphs (a paragraph reposted verbatim in many
 * reports is one use, not many), and vouched for by its form somewhere.
 */
export class FormulationTally {
  readonly #reports = new Map<string, number>();
  readonly #surfaces = new Map<string, Map<string, number>>();
  readonly #vouched = new Set<string>();
  /** Up to two distinct paragraphs (match texts) each key was extracted from. */
  readonly #paragraphs = new Map<string, string[]>();
  /** Candidates and match text of each distinct block text met: reposted paragraphs are read once. */
  readonly #read = new Map<string, { candidates: FormulationCandidate[]; paragraph: string }>();

  /** Candidates of a block text, and its match text when it has any. */
  #readBlock(text: string): { candidates: FormulationCandidate[]; paragraph: string } {
    let read = this.#read.get(text);
    if (!read) {
      const candidates = formulationCandidates(text);
      read = { candidates, paragraph: candidates.length > 0 ? stripToMatch(text) : '' };
      this.#read.set(text, read);
    }
    return read;
  }

  /** Adds one report, given the Simplified text of each of its blocks. */
  addReport(blocks: readonly string[]): void {
    const seen = new Set<string>();
    for (const text of blocks) {
      const { candidates, paragraph } = this.#readBlock(text);
      if (candidates.length === 0) continue;
      for (const { surface, key, vouched } of candidates) {
        if (vouched) this.#vouched.add(key);
        const forms = this.#surfaces.get(key) ?? new Map<string, number>();
        forms.set(surface, (forms.get(surface) ?? 0) + 1);
        this.#surfaces.set(key, forms);
        const paragraphs = this.#paragraphs.get(key);
        if (!paragraphs) this.#paragraphs.set(key, [paragraph]);
        else if (paragraphs.length < 2 && !paragraphs.includes(paragraph)) paragraphs.push(paragraph);
        if (seen.has(key)) continue;
        seen.add(key);
        this.#reports.set(key, (this.#reports.get(key) ?? 0) + 1);
      }
    }
  }

  /**
   * Formulations used independently by at least `minReports` reports (see
   * the class comment), and those a curator adds, less those a curator
   * hides; by key.
   */
  formulations(minReports: number, curation: FormulationCuration = UNCURATED): Formulation[] {
    const kept: Formulation[] = [];
    for (const [key, count] of this.#reports) {
      if (count < minReports || !this.#vouched.has(key) || this.#paragraphs.get(key)!.length < 2) continue;
      if (curation.hidden.has(key) || curation.added.has(key)) continue;
      let surface = '';
      let best = 0;
      for (const [form, n] of this.#surfaces.get(key)!) if (n > best) [surface, best] = [form, n];
      kept.push({ key, slug: formulationSlug(key), surface, extractedFrom: count, curated: false });
    }
    for (const [key, { surface, note }] of curation.added) {
      kept.push({ key, slug: formulationSlug(key), surface, extractedFrom: this.#reports.get(key) ?? 0, curated: true, ...(note ? { note } : {}) });
    }
    return kept.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}
