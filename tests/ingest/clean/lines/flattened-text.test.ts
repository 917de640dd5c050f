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

  it('leaves long paragraphs alone', () => {
    expect(splitFlattened(`${body}（一）是内部编号，平均降幅 5.6%，${body}`)).toBeUndefined();
    expect(splitFlattened('一、短行 二、也短')).toBeUndefined();
  });
});
