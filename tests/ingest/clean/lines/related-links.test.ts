import { describe, expect, it } from 'vitest';
import { stripRelatedLinks } from '../../../../src/ingest/clean/lines/related-links.ts';

describe('related-article tails', () => {
  it('removes the header and the link lines after it', () => {
    const lines = [
      '同志们，新的目标任务已经明确，大家要以更加务实的作风推动落实。',
      '相关热词搜索: 会上 会议精神 全市 讲话 干部',
      '  • 区卫生健康局领导班子2025年度民主生活会对照检查材料',
      '  • 某社区卫生院院长在动员部署会上的讲话',
    ];
    expect(stripRelatedLinks(lines).lines).toEqual([lines[0]]);
  });

  it('stops at the next body text and keeps sentences that start with the same words', () => {
    const lines = ['会议召开。', '相关阅读', '会议指出，要加强管理，抓好落实。', '相关文章指出，要加强管理。'];
    expect(stripRelatedLinks(lines).lines).toEqual(['会议召开。', '会议指出，要加强管理，抓好落实。', '相关文章指出，要加强管理。']);
  });
});
