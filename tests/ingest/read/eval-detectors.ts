/**
 * Compares ingest's GB18030/Big5 decision with chardet, jschardet and ced
 * on samples cut from the corpus: Simplified in GBK, Traditional in Big5,
 * text with a GB18030 four-byte character, Traditional in GBK; 6 to 20,000
 * characters. Not a test. The three detectors are not project dependencies:
 *
 *   mkdir -p /tmp/enc-eval && (cd /tmp/enc-eval && npm init -y && npm install chardet jschardet ced \
 *     && (cd node_modules/ced && npx node-gyp rebuild))
 *   DETECTORS=/tmp/enc-eval node tests/ingest/read/eval-detectors.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import iconv from 'iconv-lite';
import { decodeText } from '../../../src/ingest/read/decode.ts';
import { toSimplified, toTraditional } from '../../../src/lib/script.ts';

type Detector = (bytes: Buffer) => string;

const corpus = new URL('../../../../shared/corpus/', import.meta.url).pathname;
const texts = ['govreports-2024/txt', 'pages', 'seeds'].flatMap((dir) =>
  readdirSync(corpus + dir).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(`${corpus}${dir}/${name}`, 'utf8').replace(/\s+/g, '')),
);

/** gb | big5 | whatever else the detector said. */
function family(name: string | null | undefined): string {
  const lower = (name ?? '').toLowerCase();
  return /gb|936/.test(lower) ? 'gb' : /big5|950/.test(lower) ? 'big5' : lower;
}

const detectors: Record<string, Detector> = {
  ingest: (bytes) => {
    try {
      return family(decodeText(bytes, 'sample').encoding);
    } catch {
      return 'refused';
    }
  },
};
if (process.env.DETECTORS) {
  const load = createRequire(`${process.env.DETECTORS}/package.json`);
  const chardet = load('chardet');
  const jschardet = load('jschardet');
  detectors.chardet = (bytes) => family(chardet.detect(bytes));
  detectors.jschardet = (bytes) => family(jschardet.detect(bytes).encoding);
  try {
    const ced = load('ced');
    detectors.ced = (bytes) => family(ced(bytes));
  } catch {
    console.log('ced not built: skipped');
  }
}

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
function sample(length: number): string {
  const text = texts[Math.floor(random() * texts.length)]!;
  const start = Math.floor(random() * Math.max(1, text.length - length));
  return text.slice(start, start + length);
}

for (const length of [6, 10, 20, 40, 100, 1000, 20000]) {
  const rounds = length >= 1000 ? 100 : 300;
  const right: Record<string, number> = {};
  const ms: Record<string, number> = {};
  let total = 0;
  for (let i = 0; i < rounds; i++) {
    const text = sample(length);
    const cases: Array<[Buffer, string]> = [
      [iconv.encode(toSimplified(text), 'gbk'), 'gb'],
      [iconv.encode(toTraditional(text), 'big5'), 'big5'],
      [iconv.encode(`${text}𠮷`, 'gb18030'), 'gb'],
      [iconv.encode(toTraditional(text), 'gbk'), 'gb'],
    ];
    for (const [bytes, expected] of cases) {
      total++;
      for (const [name, detect] of Object.entries(detectors)) {
        const start = performance.now();
        if (detect(bytes) === expected) right[name] = (right[name] ?? 0) + 1;
        ms[name] = (ms[name] ?? 0) + performance.now() - start;
      }
    }
  }
  const cells = Object.keys(detectors).map((name) => `${name} ${((100 * (right[name] ?? 0)) / total).toFixed(1)}% ${(ms[name]! / total).toFixed(3)} ms`);
  console.log(`${length} characters, ${total} samples: ${cells.join(' | ')}`);
}
