/** RSS feed of the newest reports, one per script (`/zh-hans/rss.xml`, `/zh-hant/rss.xml`). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { t } from '../../i18n/t.ts';
import { feedItem, FEED_SIZE } from '../../utils/feed-items.ts';
import { absoluteUrl, homeHref } from '../../utils/hrefs.ts';
import { loadCatalog } from '../../utils/load-catalog.ts';
import { langTag, scriptFromSegment, scriptPaths } from '../../utils/locale.ts';
import { reportView } from '../../utils/report-view.ts';

export function getStaticPaths() {
  return scriptPaths();
}

export async function GET(context: APIContext): Promise<Response> {
  const script = scriptFromSegment(context.params.script);
  const catalog = await loadCatalog();
  return rss({
    title: t(script, 'rss.title'),
    description: t(script, 'rss.description'),
    // Channel link: the home page of the script; item links (site paths) resolve against it.
    site: absoluteUrl(homeHref(script), context.site),
    items: catalog.reports.slice(0, FEED_SIZE).map((entry) => feedItem(reportView(entry.id, entry.data, script))),
    customData: `<language>${langTag(script)}</language>`,
  });
}
