import { describe, expect, it } from 'vitest';
import { readReport } from '../../../src/utils/topics/corpus-text.ts';
import { matchSubjects, passageReports, termMatchText } from '../../../src/utils/topics/subject-matches.ts';

const body = (...blocks: string[]): string => blocks.map((text, i) => `<P id="p-${i}">\n  ${text}\n</P>`).join('\n\n');

describe('matching subjects on Simplified match text', () => {
  const hans = readReport('a', { year: 2024, region: { province: '浙江省' }, script: 'hans' }, body('全面推进紧密型县域医共体建设。', '落实“一岗双责”。')).report;
  const hant = readReport('b', { year: 2023, region: {}, script: 'hant' }, body('深化緊密型縣域醫共體建設，', '推動醫 共 體改革。', '黨風廉政建設')).report;
  const other = readReport('c', { region: {}, script: 'hans' }, body('全民健身和安全生产')).report;

  it('normalises terms like text: script, punctuation, spaces, width', () => {
    expect(termMatchText('醫共體')).toBe('医共体');
    expect(termMatchText('“一岗 双责”')).toBe('一岗双责');
    expect(termMatchText('互联网＋医疗健康')).toBe('互联网医疗健康');
    expect(termMatchText('1+1+X')).toBe('11x');
  });

  it('finds Traditional passages and passages spaced out, per block', () => {
    const [community, integrity] = matchSubjects([['医共体', '县域医疗卫生共同体'], ['一岗双责', '党风廉政建设']], [hans, hant, other]);
    expect(community).toEqual([
      { report: 0, block: 0 },
      { report: 1, block: 0 },
      { report: 1, block: 1 },
    ]);
    expect(integrity).toEqual([
      { report: 0, block: 1 },
      { report: 1, block: 2 },
    ]);
    expect(passageReports(community!)).toEqual([0, 1]);
  });

  it('reads the year from the date when the report has none', () => {
    expect(readReport('d', { date: '2022-05', region: {}, script: 'hans' }, body('文字')).report.year).toBe(2022);
    expect(other.year).toBeUndefined();
  });
});
