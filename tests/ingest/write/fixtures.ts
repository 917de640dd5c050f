/**
 * Small inline fixtures for the write-side tests: a short work report (with
 * headings) and helpers to run the CLI on temporary files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root (the CLI runs from there). */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A short report in Simplified script, one block per line. */
export const REPORT_LINES = [
  '一、2023年工作回顾',
  '2023年，全市卫生健康系统坚持以人民健康为中心，深化医药卫生体制改革，公共卫生服务能力持续提升，基层医疗卫生服务体系不断健全，全市居民健康素养水平达到28.6%。',
  '全年新建社区卫生服务中心12个，改造提升乡镇卫生院35所，家庭医生签约服务覆盖率达到65%以上，重点人群签约率超过80%，群众就医获得感明显增强。',
  '二、2024年重点任务',
  '（一）持续深化医药卫生体制改革',
  '推进紧密型县域医共体建设，完善分级诊疗制度，巩固公立医院综合改革成果，健全现代医院管理制度，推动优质医疗资源扩容下沉和区域均衡布局。',
  '（二）着力提升公共卫生服务能力',
  '加强疾病预防控制体系建设，完善传染病监测预警和应急处置机制，做好重点传染病和慢性病防控工作，持续开展爱国卫生运动，巩固国家卫生城市创建成果。',
];

/** The fixture report as a file's text. */
export const REPORT = `${REPORT_LINES.join('\n')}\n`;

/** A second, unrelated report. */
export const OTHER_REPORT = [
  '在全县安全生产工作会议上的讲话',
  '同志们：今天召开全县卫生系统安全生产工作会议，主要任务是总结去年安全生产工作，分析当前形势，部署今年安全生产重点任务。',
  '一要压实安全生产责任，各医疗机构主要负责人是本单位安全生产第一责任人，要亲自部署、亲自检查，确保责任落实到岗位、落实到个人。',
  '二要深入开展隐患排查整治，重点检查消防设施、医用气体、危险化学品和电梯等特种设备，建立问题清单和整改台账，做到整改到位、闭环管理。',
  '三要加强应急演练和值班值守，完善突发事件应急预案，定期组织消防疏散演练，严格执行领导带班和二十四小时值班制度。',
].join('\n');

/** Temporary folders made by this test file, removed after it (see tests/support/temp-dirs.ts). */
const madeDirs = new Set<string>();

/** A fresh temporary folder, removed once the test file has run. */
export function tempDir(prefix = 'huibian-write-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirs.add(dir);
  return dir;
}

/** Removes the temporary folders made so far. */
export function removeTempDirs(): void {
  for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
  madeDirs.clear();
}

/** What one CLI run printed and returned. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node src/ingest/cli.js …args` from the project root. */
export function runCli(args: readonly string[]): CliRun {
  const run = spawnSync(process.execPath, ['src/ingest/cli.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The entries of an output folder: file name → text. */
export function readEntries(dir: string): Map<string, string> {
  const names = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
  return new Map(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}
