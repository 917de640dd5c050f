/**
 * The furniture of an official document (公文) published as it was issued:
 * above the title its masthead (`某某市卫生健康委员会文件`) and signer
 * (`签发人：张三`); below the signature its disclosure note (`（此件公开发布）`)
 * and its colophon (`抄送：…`, `某某办公室 2024年1月6日印发`). None of it is
 * the report's text. The masthead names the issuing body, which becomes an
 * issuer hint. The document's number (`湖卫健发〔2023〕1号`) stays: it is how
 * readers cite the document.
 */
import { SIGNED_DATE } from '../../chinese-date.ts';
import { isIssuingBody } from '../../organisation-name.ts';
import { emptyHints, siteName } from './hints.ts';
import { dropLines, lineRule, type LineOutcome, removedNote } from './line-rule.ts';
import { bodyStart, isBlank, readable } from './shape.ts';

/** Longest masthead: one issuing body or two issuing jointly. */
const MASTHEAD_MAX = 50;
/** A body's name in a masthead: Han characters, a bracketed part at most (not a breadcrumb's `>本局文件`). */
const BODY_NAME = /^[\p{Script=Han}（）()]+$/u;
/** The signer of an outgoing document (`签发人：张三`), alone or after the document's number. */
const SIGNER = /\s*签\s*发\s*人\s*[:：]\s*[\p{Script=Han}·\s]{2,20}$/u;
/** How a document says whether and how it is disclosed (`（此件公开发布）`, `（此页无正文）`). */
const DISCLOSURE_NOTE = /^[(（]\s*此(?:件|页)[^()（）]{2,10}[)）]$/u;
/** A colophon's list of those sent copies (`抄送：`, `抄报：`, `主送：`). */
const COPIES_TO = /^(?:抄\s*送|抄\s*报|主\s*送)\s*[:：]/u;
/** A colophon's line of who printed the document when (`某某办公室 2024年1月6日印发`); the office is captured. */
const PRINTED = new RegExp(`^(.{0,40}?)\\s*${SIGNED_DATE}\\s*印\\s*发$`, 'u');
/** Rules a colophon draws between its lines. */
const RULE_LINE = /^[-—─━_＿=＝\s]{3,}$/u;

/** The issuing bodies a masthead names (`某某委员会文件`, `某某委员会 某某局文件`), or undefined when the line is none. */
export function mastheadIssuers(line: string): string[] | undefined {
  const text = readable(line);
  if (text.length > MASTHEAD_MAX || !/文\s*件$/.test(text) || /[，,。；;：:！!？?、]/.test(text)) return undefined;
  const bodies = text.replace(/\s*文\s*件$/, '').split(/[\s\u3000]+/).filter(Boolean);
  return bodies.length > 0 && bodies.every((body) => body.length >= 3 && BODY_NAME.test(body) && isIssuingBody(body)) ? bodies : undefined;
}

/** True for a line of a document's colophon or its disclosure note. */
export function isColophonLine(line: string): boolean {
  const text = readable(line);
  if (COPIES_TO.test(text) || DISCLOSURE_NOTE.test(text) || RULE_LINE.test(text)) return true;
  const printed = PRINTED.exec(text);
  return printed !== null && (printed[1] === '' || isIssuingBody(printed[1]!.replace(/\s+/g, '')));
}

/** The line without its signer (`湖卫健发〔2023〕1号　签发人：张三` → `湖卫健发〔2023〕1号`); '' for a signer alone; undefined when it names none. */
export function withoutSigner(line: string): string | undefined {
  const text = line.trimEnd();
  const signer = SIGNER.exec(text);
  return signer ? text.slice(0, signer.index) : undefined;
}

/**
 * Removes a document's masthead, signer and disclosure note above its body,
 * and its colophon and disclosure note at its end (the lines after the last
 * other line); the masthead's first body is an issuer hint.
 */
export function stripDocumentFurniture(lines: readonly string[]): LineOutcome {
  const hints = emptyHints();
  const drop = new Set<number>();
  const kept = [...lines];
  const signers: string[] = [];
  const start = bodyStart(lines);
  for (let i = 0; i < start; i++) {
    const line = lines[i] ?? '';
    const issuers = mastheadIssuers(line);
    const unsigned = withoutSigner(line);
    if (issuers) {
      const issuer = siteName(issuers[0]!);
      if (issuer) hints.issuers.push(issuer);
      drop.add(i);
    } else if (unsigned !== undefined && !isBlank(unsigned)) {
      kept[i] = unsigned;
      signers.push(line.trimEnd().slice(unsigned.length));
    } else if (unsigned !== undefined || DISCLOSURE_NOTE.test(readable(line))) drop.add(i);
  }
  for (let i = lines.length - 1; i >= start; i--) {
    const line = lines[i] ?? '';
    if (isBlank(line)) continue;
    if (!isColophonLine(line)) break;
    drop.add(i);
  }
  const result = dropLines(kept, drop, '公文版头与版记', hints);
  if (signers.length > 0) result.notes.push(removedNote('文号后的签发人', signers, '处'));
  return result;
}

/** Clean rule: an official document's masthead, signer and colophon. */
export const documentFurnitureRule = lineRule('strip-document-furniture', stripDocumentFurniture);
