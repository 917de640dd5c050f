import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/lib/report-schema.ts';
import { feedItem } from '../../src/utils/feed-items.ts';
import { reportView } from '../../src/utils/report-view.ts';
import { inSitemap, sitemapLinks } from '../../src/utils/sitemap-entry.ts';

const source = { file: 'x.txt', sha256: '0123456789abcdef', script: 'hans' as const, encoding: 'UTF-8' };
const data = (input: object) => reportSchema.parse({ script: 'hans', encoding: 'UTF-8', sources: [source], ...input });

describe('feedItem', () => {
  it('names the report as its page does, dated in China time', () => {
    const view = reportView('x1', data({ title: '竹溪县召开卫生健康工作会议', date: '2024-03-04', genre: '会议报道', region: { province: '湖北省', code: '420000' } }), 'hant');
    const item = feedItem(view);
    expect(item).toMatchObject({ title: '竹溪縣召開衛生健康工作會議', link: '/zh-hant/reports/x1/', categories: ['會議報道', '湖北省'] });
    expect(item.pubDate?.toISOString()).toBe('2024-03-03T16:00:00.000Z');
  });

  it('dates a month-precise report on the first of the month, and never invents a date for a bare year', () => {
    expect(feedItem(reportView('x', data({ date: '2023-01' }), 'hans')).pubDate?.toISOString()).toBe('2022-12-31T16:00:00.000Z');
    expect(feedItem(reportView('x', data({ year: 2023 }), 'hans')).pubDate).toBeUndefined();
  });
});

describe('sitemap', () => {
  it('leaves out the oldest-first copies of listings', () => {
    expect(inSitemap('https://x.org/zh-hans/regions/420000/')).toBe(true);
    expect(inSitemap('https://x.org/zh-hans/regions/420000/page/2/')).toBe(true);
    expect(inSitemap('https://x.org/zh-hans/regions/420000/oldest/')).toBe(false);
    expect(inSitemap('https://x.org/zh-hant/genres/speech/oldest/page/3/')).toBe(false);
  });

  it('links each page to its twin in the other script', () => {
    const links = [
      { url: 'https://x.org/zh-hans/years/2024/', lang: 'zh-Hans' },
      { url: 'https://x.org/zh-hant/years/2024/', lang: 'zh-Hant' },
    ];
    expect(sitemapLinks('https://x.org/zh-hans/years/2024/')).toEqual(links);
    expect(sitemapLinks('https://x.org/zh-hant/years/2024/')).toEqual(links);
    expect(sitemapLinks('https://x.org/').map((link) => link.url)).toEqual(['https://x.org/zh-hans/', 'https://x.org/zh-hant/']);
  });
});
