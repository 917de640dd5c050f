/**
 * A report's region, the region of its issuer: from the issuer's own name
 * first (issuing-body hints, the title, institutions named in the lead), then
 * agreement among the places the text mentions. Absent rather than wrong.
 */
import type { Region } from '../../report-schema.ts';
import { detectScript, toSimplified } from '../../script.ts';
import { unitByCode } from '../gazetteer.ts';
import { lineage, regionOf } from '../lineage.ts';
import type { AreaUnit } from '../types.ts';
import { agreedUnit } from './agreement.ts';
import { collectEvidence, LEAD_LENGTH, type Evidence } from './evidence.ts';
import { issuerUnit } from './issuer.ts';
import { isNationalReport } from './national.ts';
import { detectScope, type ReportScope } from './scope.ts';
import { disambiguate, supportOf, type Support } from './support.ts';

/** What a report offers for its region. */
export interface RegionSources {
  /** Body text, in Simplified (convert Traditional first). */
  text: string;
  /** Headline, if known (any script). */
  title?: string;
  /** Issuing bodies named by a disclosure table or a signature block (any script). */
  issuers?: readonly string[];
  /** Publishing sites or organisations (any script). */
  sites?: readonly string[];
}

/** How a region was found, for debugging and tests. */
export interface RegionExplanation {
  region: Region;
  /** `national`, `issuer`, `agreement` or `none`. */
  method: 'national' | 'issuer' | 'agreement' | 'none';
  scope?: ReportScope;
  evidence: Evidence[];
  /** Support per unit name, largest first. */
  support: [string, number][];
}

/** Pinyin annotations some pages carry after each character (`衛(wèi)生`). */
const PINYIN = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]/g;

/**
 * How much of a long text is read: its opening (lead, scope words, most
 * mentions) and its end (signature, source lines). The middle of a long
 * report only repeats the agreement at a cost (measured on the 2024
 * government work reports: same results, less than half the time).
 */
const HEAD_LENGTH = 6000;
const TAIL_LENGTH = 1000;

/** The parts of a text worth reading for its region. */
function excerpt(text: string): string {
  return text.length <= HEAD_LENGTH + TAIL_LENGTH ? text : `${text.slice(0, HEAD_LENGTH)}\n${text.slice(-TAIL_LENGTH)}`;
}

/** Text without pinyin annotations (left by pages the cleaning step has not fully repaired). */
function withoutPinyin(text: string): string {
  return text.replace(PINYIN, '');
}

/** A hint as the matcher wants it: Simplified, without pinyin annotations. */
function prepareHint(hint: string): string {
  const plain = withoutPinyin(hint);
  return detectScript(plain) === 'hant' ? toSimplified(plain) : plain;
}

function provinceOf(unit: AreaUnit): AreaUnit {
  return lineage(unit.code)[0]!;
}

/**
 * Whether the body contradicts an issuer candidate: another province has
 * clearly more support in the body (a hospital named after a city elsewhere,
 * a visiting delegation in the lead).
 */
function contradicted(unit: AreaUnit, evidence: readonly Evidence[]): boolean {
  const body = supportOf(evidence.filter((e) => e.source === 'body'));
  const own = body.get(provinceOf(unit).code) ?? 0;
  let strongest = 0;
  for (const [code, score] of body) if (code.endsWith('0000')) strongest = Math.max(strongest, score);
  return strongest >= 3 && own < strongest / 2;
}

function ranked(support: Support): [string, number][] {
  return [...support].sort((a, b) => b[1] - a[1]).map(([code, score]) => [unitByCode(code)?.name ?? code, score]);
}

/** Resolves a report's region and says how. */
export function explainRegion(sources: RegionSources): RegionExplanation {
  const text = withoutPinyin(excerpt(sources.text));
  const title = sources.title ? prepareHint(sources.title) : '';
  const evidence = disambiguate([
    ...(sources.issuers ?? []).flatMap((issuer) => collectEvidence(prepareHint(issuer), 'issuer')),
    ...(sources.sites ?? []).flatMap((site) => collectEvidence(prepareHint(site), 'site')),
    ...collectEvidence(title, 'title'),
    ...collectEvidence(text, 'body', LEAD_LENGTH),
  ]);
  const support = supportOf(evidence);
  const scope = detectScope(title, text, (sources.issuers ?? []).map(prepareHint));
  const explain = (method: RegionExplanation['method'], unit?: AreaUnit): RegionExplanation => ({
    region: unit ? regionOf(unit.code) : {},
    method: unit || method === 'national' ? method : 'none',
    ...(scope ? { scope } : {}),
    evidence,
    support: ranked(support),
  });
  const hinted = evidence.some((e) => e.source === 'issuer' || e.role === 'issuer');
  if (!hinted && isNationalReport(title, text.slice(0, LEAD_LENGTH))) return explain('national');
  const issuer = issuerUnit(evidence, scope);
  if (issuer && !contradicted(issuer, evidence)) return explain('issuer', issuer);
  return explain('agreement', agreedUnit(support, scope));
}
