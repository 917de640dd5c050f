/**
 * WeChat articles, a common source of meeting news: the raw page (its
 * article hidden until a script shows it, the platform's page around it) and
 * the page's text as scraped give the article alone, with its metadata.
 */
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/pipeline.ts';

const FIXTURES = new URL('../fixtures/ingest/', import.meta.url);

const PARAGRAPHS = [
  '3月1日上午，秭归县召开2024年全县卫生健康工作会议，总结2023年全县卫生健康工作，分析当前面临的形势，安排部署2024年重点工作任务。县卫生健康局党组书记、局长向东出席会议并讲话。',
  '会议指出，2023年全县卫生健康系统紧扣县域医共体建设主线，扎实推进“优质服务基层行”活动，基层医疗卫生机构服务能力明显提升，群众就医获得感不断增强。',
  '会议强调，2024年要以深化医药卫生体制改革为主线，持续推进紧密型县域医共体建设，加快建设“心电一张网”，不断提升公共卫生服务水平，全力推动全县卫生健康事业高质量发展。',
  '会上，县卫生健康局与各乡镇卫生院签订了2024年度党风廉政建设和安全生产目标责任书。',
];

describe('WeChat articles', () => {
  it.each(['wechat-article.html', 'wechat-article.txt'])('%s gives the article alone, with its metadata', async (name) => {
    const { draft, description } = await ingestFile(new URL(name, FIXTURES).pathname);
    expect(draft.blocks.map((block) => block.text)).toEqual(PARAGRAPHS);
    expect(description).toMatchObject({
      title: '秭归县召开2024年全县卫生健康工作会议',
      date: '2024-03-01',
      year: 2024,
      region: { province: '湖北省', city: '宜昌市', county: '秭归县', code: '420527' },
      institution: '秭归县卫生健康局',
      genre: '会议报道',
      speakers: ['向东'],
    });
  });
});
