import { describe, expect, it } from 'vitest';
import { splitFlattened } from '../../../../src/ingest/clean/lines/flattened-text.ts';

const body = '我局深入学习贯彻党的二十大精神，积极开展主题教育，各项工作取得新成效。'.repeat(6);

describe('flattened text', () => {
  it('splits a document that lost its line breaks before headings and contents entries', () => {
    const line = `汇编（2篇） 目录 1. 区卫生健康局2023年工作总结 2 2.县卫生健康局2023年工作总结 10 区卫生健康局2023年工作总结 2023年，${body} 一、工作总结 （一）医院建设全面提速。${body}`;
    expect(splitFlattened(line)).toEqual([
      '汇编（2篇）',
      '目录',
      '1. 区卫生健康局2023年工作总结 2',
      '2.县卫生健康局2023年工作总结 10',
      '区卫生健康局2023年工作总结',
      `2023年，${body}`,
      '一、工作总结',
      `（一）医院建设全面提速。${body}`,
    ]);
  });

  it('rebuilds a flattened PDF: paragraphs after sentence ends, no page numbers, no gaps inside words', () => {
    const pdf = `各位代表： 现在，我代表市人民政府向大会报告工作，请予审议，并 请各位政协委员提出意见。 一、2023年工作回顾 2023 年是枣庄发展史上具有里程碑意义的一年，在全市深 入开展主题教育。 一是综合实力稳步提升。全市地区生产总值增长6.4%，一 — 1 — 般公共预算收入增长 7.2%。${body} 二、2024年工作安排 （一）聚力加快产业升级。${body}`;
    expect(splitFlattened(pdf)?.slice(0, 6)).toEqual([
      '各位代表：',
      '现在，我代表市人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。',
      '一、2023年工作回顾',
      '2023年是枣庄发展史上具有里程碑意义的一年，在全市深入开展主题教育。',
      `一是综合实力稳步提升。全市地区生产总值增长6.4%，一般公共预算收入增长7.2%。${body}`,
      '二、2024年工作安排',
    ]);
  });

  it('splits a whole document without spaces before numbered headings after sentence ends', () => {
    const doc = `各位代表：现在，我代表市人民政府向大会报告工作。一、2023年工作回顾${body.repeat(30)}（一）稳增长。${body.repeat(30)}二、2024年工作安排${body}`;
    expect(splitFlattened(doc)?.map((piece) => piece.slice(0, 10))).toEqual(['各位代表：现在，我代', '一、2023年工作回', '（一）稳增长。我局深', '二、2024年工作安']);
  });

  it('leaves long paragraphs alone', () => {
    expect(splitFlattened(`${body}（一）是内部编号，平均降幅 5.6%，${body}`)).toBeUndefined();
    expect(splitFlattened(`${body}：（一）加强管理。（二）抓好落实。${body}`)).toBeUndefined();
    expect(splitFlattened('一、短行 二、也短')).toBeUndefined();
  });
});
