import { describe, expect, it } from 'vitest';
import { extractSignatureBlocks, isOrganisationLine } from '../../../../src/ingest/clean/lines/signature-block.ts';

describe('signature blocks', () => {
  it('moves an organisation and date line to hints', () => {
    const result = extractSignatureBlocks(['以良好的工作成效迎接省级技术评估。', '', '        州爱卫办', '', '      2023年8月24日', '', '扫一扫']);
    expect(result.lines).toEqual(['以良好的工作成效迎接省级技术评估。', '', '', '', '扫一扫']);
    expect(result.hints.issuers).toEqual(['州爱卫办']);
    expect(result.hints.dates).toEqual(['2023-08-24']);
  });

  it('also closes a covering notice in the middle of the text', () => {
    const result = extractSignatureBlocks(['现予以下发，请贯彻执行。', '绍兴市卫生计生委', '2017年2月22日', '2016年绍兴市卫生计生工作总结', '正文。']);
    expect(result.lines).toEqual(['现予以下发，请贯彻执行。', '2016年绍兴市卫生计生工作总结', '正文。']);
    expect(result.hints.issuers).toEqual(['绍兴市卫生计生委']);
  });

  it('reads a date in Chinese numerals, as documents are signed', () => {
    const result = extractSignatureBlocks(['现予以下发，请贯彻执行。', '', '牟平区中医医院', '二〇二五年一月十日']);
    expect(result.lines).toEqual(['现予以下发，请贯彻执行。', '']);
    expect(result.hints.issuers).toEqual(['牟平区中医医院']);
    expect(result.hints.dates).toEqual(['2025-01-10']);
  });

  it('leaves a date inside the text alone', () => {
    const lines = ['会议时间', '2024年3月1日', '会议在县会议中心召开。'];
    expect(extractSignatureBlocks(lines).lines).toEqual(lines);
  });

  it('reads a signature by a ministry', () => {
    const result = extractSignatureBlocks(['请结合实际认真贯彻执行。', '', '卫生部', '二〇〇七年一月八日']);
    expect(result.lines).toEqual(['请结合实际认真贯彻执行。', '']);
    expect(result.hints).toMatchObject({ issuers: ['卫生部'], dates: ['2007-01-08'] });
  });

  it('knows organisation lines', () => {
    expect(isOrganisationLine('湖州市卫生健康委员会')).toBe(true);
    expect(isOrganisationLine('青阳县人民代表大会')).toBe(true);
    for (const body of ['卫生部', '国务院', '中共中央', '人力资源和社会保障部', '衛生部', '中共某某县委组织部']) expect(isOrganisationLine(body), body).toBe(true);
    for (const text of ['全部', '干部', '内部', '东部']) expect(isOrganisationLine(text), text).toBe(false);
    expect(isOrganisationLine('会议现场')).toBe(false);
    expect(isOrganisationLine('会议由院长主持，局长出席。')).toBe(false);
  });

  it('takes no item of a list above a closing date for a signature', () => {
    // A page's menu left below the text (`• 职场`, `• 电脑上网`: 网 ends a site's name), then the date the report was given.
    const result = extractSignatureBlocks(['会议要求，抓好落实。', '• 职场', '• 电脑上网', '', '2021年1月26日']);
    expect(result.hints).toMatchObject({ issuers: [], dates: ['2021-01-26'] });
    expect(isOrganisationLine('• 湖州市卫生健康委员会')).toBe(false);
  });
});
