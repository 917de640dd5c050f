/** Items of the RSS feed: the newest reports, as a page in one script names them. */
import type { ReportView } from './report-view.ts';

/** Reports in a feed: enough for a reader who checks weekly. */
export const FEED_SIZE = 50;

/** One feed item (the shape @astrojs/rss takes). */
export interface FeedItem {
  title: string;
  /** Site path of the report page (the feed makes it absolute). */
  link: string;
  description: string;
  /** Publication date, when the report's date has at least a month. */
  pubDate?: Date;
  categories: string[];
}

/** The feed item of a report view; a report known only by its year gets no date rather than an invented one. */
export function feedItem(view: ReportView): FeedItem {
  return {
    title: view.title.text,
    link: view.href,
    description: view.description || view.title.text,
    ...(view.date ? { pubDate: new Date(`${view.date.iso.length === 7 ? `${view.date.iso}-01` : view.date.iso}T00:00:00+08:00`) } : {}),
    categories: [view.genre.label, ...view.region.map((level) => level.label)],
  };
}
