import { describe, expect, it } from 'vitest';
import { isHeadlineBar, isPlaceTagLine, stripRelatedLinks } from '../../../../src/ingest/clean/lines/related-links.ts';

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

  it("removes other articles' titles listed below the body without a header", () => {
    const body = ['会议召开。', '会议要求，各单位要抓好落实，确保各项任务按期完成。'];
    const titles = ['河北省召开2024年卫生健康工作会议', '广东省卫生健康委员会部署安全生产工作', '湖南省卫健委召开党风廉政建设工作会议'];
    expect(stripRelatedLinks([...body, '', ...titles]).lines.filter((line) => line !== '')).toEqual(body);
    // One title alone, or a paragraph the page cut short, stays.
    expect(stripRelatedLinks([...body, titles[0]!]).lines).toEqual([...body, titles[0]]);
    const cut = '張掖市、蘭州市城關區及省疾控中心、省三院、成縣人民醫院作會(';
    expect(stripRelatedLinks([...body, cut, ...titles]).lines).toEqual([...body, cut, ...titles]);
    // A notice's attachments and date are its own.
    const closing = ['附件1 2024年重点工作任务分解表', '附件2 2024年卫生健康工作考核细则', '二〇二四年三月一日'];
    expect(stripRelatedLinks([...body, ...closing]).lines).toEqual([...body, ...closing]);
  });

  it("removes a news site's place tags below the body, and keeps a sentence naming places", () => {
    const body = ['4月9日，全省妇幼健康工作电视电话会议在哈尔滨召开。', '会议要求，抓好落实。'];
    expect(stripRelatedLinks([...body, '', '哈尔滨黑龙江省']).lines).toEqual([...body, '']);
    for (const line of ['哈尔滨黑龙江省', '湖北 武汉', '北京']) expect(isPlaceTagLine(line), line).toBe(true);
    for (const line of ['会议在北京召开', '黑龙江省卫生健康委员会', '健康中国']) expect(isPlaceTagLine(line), line).toBe(false);
  });

  it('removes a bar of headlines set out with bars, and keeps a title dressed with its site', () => {
    expect(isHeadlineBar('要闻 | 河北省召开2024年卫生健康工作会议 | 广东省卫健委部署安全生产工作')).toBe(true);
    const kept = [
      '铜仁市卫生健康工作会议召开 | 铜仁市卫生健康局',
      '铜仁市卫生健康工作会议召开 | 工作动态 | 贵州省卫生健康信息网',
      '门诊量 | 120万人次 | 增长5.6%',
      '| 县人民医院新院区建设项目 | 新建门急诊综合楼及住院楼 |',
    ];
    for (const line of kept) expect(isHeadlineBar(line), line).toBe(false);
  });

  it("removes a page's attachment links below the body, and keeps a document's list of its attachments", () => {
    const body = '会议召开，部署2024年卫生健康重点工作。';
    const links = ['附件下载：', '关于印发2024年卫生健康工作要点的通知.docx', '附件1.pdf（125KB）', '2024年重点任务分解表.XLS'];
    expect(stripRelatedLinks([body, ...links]).lines).toEqual([body]);
    // A file's name alone below the body is a link even without a header.
    expect(stripRelatedLinks([body, '附件：考核细则.wps']).lines).toEqual([body]);
    const listed = [body, '附件：1.重点工作任务分解表', '2.考核细则'];
    expect(stripRelatedLinks(listed).lines).toEqual(listed);
    // Above the body, a file's name is a document site's title.
    const titled = ['2025年妇幼保健院工作总结及2026年工作计划.docx', body];
    expect(stripRelatedLinks(titled).lines).toEqual(titled);
  });
});
