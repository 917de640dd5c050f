/**
 * Measures region resolution on the 143 government work reports (long texts):
 * `node tests/lib/regions/measure-speed.ts`. Prints the one-off build time of
 * the gazetteer and name index and the time per report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { explainRegion } from '../../../src/lib/regions/resolve/resolve-region.ts';

const folder = fileURLToPath(new URL('../../../../shared/corpus/govreports-2024/txt/', import.meta.url));
const texts = readdirSync(folder).map((name) => readFileSync(folder + name, 'utf8'));
const characters = texts.reduce((sum, text) => sum + text.length, 0);

const first = performance.now();
explainRegion({ text: '宜都市卫生健康局召开会议。' });
const build = performance.now() - first;

const rounds = 3;
const start = performance.now();
for (let round = 0; round < rounds; round++) for (const text of texts) explainRegion({ text });
const perReport = (performance.now() - start) / rounds / texts.length;

console.log(
  `gazetteer and name index: ${build.toFixed(0)} ms once; ` +
    `${perReport.toFixed(2)} ms per report (${texts.length} reports, ${Math.round(characters / texts.length)} characters on average)`,
);
