/**
 * A synthetic archive for build benchmarks: N report entries recombined from
 * the paragraphs of the real corpora in ../shared/corpus (ingested with the
 * real pipeline), with varied regions (real GB/T 2260 units from the
 * gazetteer), years, dates, genres, meeting types, institutions, speakers and
 * titles. Entries are written exactly as ingest writes them (frontmatter
 * through the same YAML dumper, body through the same MDX serialiser, anchors
 * from the same hash), so the site builds them like real ones.
 *
 * Deterministic: the same seed and count give the same files.
 *
 * Standalone: `node tests/bench/synthetic-corpus.ts --count 1000 --out DIR`
 * writes DIR/reports/*.mdx (point HUIBIAN_CONTENT at DIR).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MEETING_TYPES, reportSchema, type Genre, type MeetingType, type Script } from '../../src/lib/report-schema.ts';
import { allUnits, regionOf, type AreaLevel, type AreaUnit } from '../../src/lib/regions/index.ts';
import { ingestFile } from '../../src/ingest/pipeline.ts';
import type { Block } from '../../src/ingest/types.ts';
import { assignAnchors } from '../../src/ingest/write/anchors.ts';
import { canonicalFrontmatter, dumpFrontmatter, type Fields } from '../../src/ingest/write/frontmatter.ts';
import { matchTexts } from '../../src/lib/match-text.ts';
import { renderBody } from '../../src/ingest/write/mdx-body.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Corpora whose paragraphs are recombined (plain text: every script and kind of report the project has). */
export const CORPUS_DIRS = ['seeds', 'pages', 'govreports-2024/txt'].map((dir) => join(ROOT, '../shared/corpus', dir));

/** Options of one generated archive. */
export interface CorpusOptions {
  /** Number of reports. */
  count: number;
  /** Folder that receives `reports/*.mdx` (emptied first). */
  out: string;
  seed?: number;
}

/** A run of blocks taken from one source report, and the report's script. */
interface Donor {
  script: Script;
  blocks: Block[];
  file: string;
}

/** Small, fast, seedable PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** Picks by weight: `[[item, weight], …]`. */
function weighted<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  let r = rng() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items.at(-1)![0];
}

/** Ingests every text of the corpora once; the paragraphs and headings are the material of every report. */
export async function loadDonors(dirs: readonly string[] = CORPUS_DIRS): Promise<Donor[]> {
  const donors: Donor[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()) {
      const file = join(dir, name);
      const { draft, description } = await ingestFile(file);
      donors.push({ script: description.script, blocks: draft.blocks, file: relative(ROOT, file) });
    }
  }
  return donors;
}

const GENRE_WEIGHTS: ReadonlyArray<readonly [Genre, number]> = [
  ['讲话', 35],
  ['会议报道', 30],
  ['工作总结', 15],
  ['工作报告', 15],
  ['其他', 5],
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '范', '余', '于', '沈', '郭', '马', '罗', '梁'];
const GIVEN = ['建国', '海峰', '明', '丽华', '志强', '秀英', '伟', '晓东', '文静', '国庆', '红梅', '军', '颖', '振华'];
const FIRST_YEAR = 2012;
/** Reports of provincial, prefectural and county bodies, roughly as an archive holds them. */
const LEVEL_WEIGHTS: ReadonlyArray<readonly [AreaLevel, number]> = [
  ['province', 10],
  ['city', 30],
  ['county', 60],
];

type UnitsByLevel = Record<AreaLevel, AreaUnit[]>;
const LAST_YEAR = 2025;

/** The unit's name as a title uses it: 全省 / 全市 / 全县 (全区 for districts). */
function wholeUnit(unit: AreaUnit): string {
  if (unit.level === 'province') return '全省';
  if (unit.level === 'city') return unit.name.endsWith('州') ? '全州' : '全市';
  return unit.name.endsWith('区') ? '全区' : unit.name.endsWith('市') ? '全市' : '全县';
}

/** An institution of the unit's health system. */
function institutionOf(rng: Rng, unit: AreaUnit): string {
  const agency = unit.level === 'county' && !unit.name.endsWith('市') ? '卫生健康局' : '卫生健康委员会';
  return weighted(rng, [
    [`${unit.name}${agency}`, 70],
    [`中共${unit.name}${agency}党组`, 10],
    [`${unit.name}人民医院`, 12],
    [`${unit.name}疾病预防控制中心`, 8],
  ]);
}

const person = (rng: Rng): string => pick(rng, SURNAMES) + pick(rng, GIVEN);

/** A title in the manner of the genre; about one report in ten has none (as many scraped pages). */
function titleOf(rng: Rng, genre: Genre, unit: AreaUnit, institution: string, year: number): string | undefined {
  if (rng() < 0.1) return undefined;
  const whole = wholeUnit(unit);
  switch (genre) {
    case '讲话':
      return pick(rng, [`在${year}年${whole}卫生健康工作会议上的讲话`, `在${whole}卫生健康系统党风廉政建设工作会议上的讲话`, `在${year}年${whole}医疗保障和公共卫生工作推进会上的讲话`]);
    case '会议报道':
      return pick(rng, [`${unit.shortName}召开${year}年${whole}卫生健康工作会议`, `${unit.shortName}部署${year}年卫生健康重点工作`, `${institution}召开党建工作会议`]);
    case '工作总结':
      return `${institution}${year}年工作总结`;
    case '工作报告':
      return pick(rng, [`${institution}${year}年工作报告`, `关于${year}年${whole}卫生健康事业发展情况的报告`]);
    default:
      return `${unit.shortName}卫生健康工作动态`;
  }
}

/** Blocks of one report: runs of consecutive blocks from random donors of one script, up to a drawn length. */
function bodyOf(rng: Rng, donors: readonly Donor[]): { blocks: Block[]; files: string[] } {
  // Log-normal lengths around 5,000 characters, as real reports vary from notes to long work reports.
  const target = Math.min(40_000, Math.max(600, Math.exp(8.5 + 0.7 * (rng() + rng() + rng() - 1.5))));
  const blocks: Block[] = [];
  const files = new Set<string>();
  let length = 0;
  while (length < target) {
    const donor = pick(rng, donors);
    const start = Math.floor(rng() * donor.blocks.length);
    for (const block of donor.blocks.slice(start, start + 3 + Math.floor(rng() * 8))) {
      blocks.push(block);
      length += block.text.length;
    }
    files.add(donor.file);
  }
  return { blocks, files: [...files] };
}

/** The year and date of a report: most have a day, some a month, some only a year, a few nothing. */
function timeOf(rng: Rng): { year?: number; date?: string } {
  const year = FIRST_YEAR + Math.floor((LAST_YEAR - FIRST_YEAR + 1) * Math.sqrt(rng()));
  const month = String(1 + Math.floor(rng() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(rng() * 28)).padStart(2, '0');
  return weighted(rng, [
    [{ year, date: `${year}-${month}-${day}` }, 70],
    [{ year, date: `${year}-${month}` }, 10],
    [{ year }, 18],
    [{}, 2],
  ]);
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The text of synthetic entry number `index`. */
function entryText(rng: Rng, index: number, donors: Record<Script, Donor[]>, units: UnitsByLevel): { id: string; text: string } {
  const unit = pick(rng, units[weighted(rng, LEVEL_WEIGHTS)]);
  const script: Script = donors.hant.length > 0 && rng() < 0.08 ? 'hant' : 'hans';
  const { blocks, files } = bodyOf(rng, donors[script]);
  const time = timeOf(rng);
  const genre = weighted(rng, GENRE_WEIGHTS);
  const institution = institutionOf(rng, unit);
  const meetingTypes: MeetingType[] =
    genre === '讲话' || genre === '会议报道' ? [...new Set([pick(rng, MEETING_TYPES), ...(rng() < 0.3 ? [pick(rng, MEETING_TYPES)] : [])])] : [];
  const title = titleOf(rng, genre, unit, institution, time.year ?? LAST_YEAR);
  const keys = matchTexts(blocks.map((block) => block.text)).map((match, i) => ({ match, text: blocks[i]!.text }));
  const anchors = assignAnchors(keys);
  const id = sha(`synthetic ${index}`).slice(0, 12);
  const fields: Fields = {
    title,
    ...time,
    region: regionOf(unit.code),
    institution: rng() < 0.9 ? institution : undefined,
    genre,
    meetingTypes,
    speakers: genre === '讲话' ? [person(rng)] : [],
    authors: genre === '会议报道' && rng() < 0.6 ? [person(rng)] : [],
    script,
    encoding: 'UTF-8',
    sources: files.slice(0, 2).map((file, i) => ({
      file,
      sha256: sha(`${id} ${i}`).slice(0, 16),
      ...(rng() < 0.5 ? { site: `${unit.name}人民政府`, url: `http://www.example.gov.cn/${id}/${i}.html` } : {}),
      script,
      encoding: 'UTF-8',
    })),
    quality:
      rng() < 0.15
        ? [{ rule: 'mark-lost-characters', kind: 'doubtful', note: '原文此处有字符丢失，无法还原', at: [pick(rng, anchors)] }]
        : [],
  };
  const frontmatter = canonicalFrontmatter(fields);
  reportSchema.parse(frontmatter);
  const body = renderBody(blocks.map((block, i) => ({ ...block, anchor: anchors[i]! })));
  return { id, text: `---\n${dumpFrontmatter(frontmatter)}---\n\n${body}` };
}

/** Writes `count` synthetic entries to `out/reports/`; returns their number of body characters. */
export async function generateCorpus({ count, out, seed = 1 }: CorpusOptions, donorList?: readonly Donor[]): Promise<{ characters: number }> {
  const all = donorList ?? (await loadDonors());
  const donors: Record<Script, Donor[]> = { hans: all.filter((d) => d.script === 'hans'), hant: all.filter((d) => d.script === 'hant') };
  const units: UnitsByLevel = { province: [], city: [], county: [] };
  for (const unit of allUnits()) units[unit.level].push(unit);
  const rng = random(seed);
  const dir = join(out, 'reports');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let characters = 0;
  for (let i = 0; i < count; i++) {
    const { id, text } = entryText(rng, i, donors, units);
    characters += text.length;
    writeFileSync(join(dir, `${id}.mdx`), text);
  }
  return { characters };
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  if (!values.out) throw new Error('usage: node tests/bench/synthetic-corpus.ts --count N --out DIR [--seed S]');
  const { characters } = await generateCorpus({ count: Number(values.count), out: values.out, seed: Number(values.seed) });
  console.log(`${values.count} reports (${(characters / 1e6).toFixed(1)} M characters) in ${join(values.out, 'reports')}`);
}
