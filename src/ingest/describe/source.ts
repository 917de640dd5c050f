/**
 * Where the report was published and who wrote it, from the furniture hints:
 * the first plausible site and URL, and the bylines' authors.
 */
import type { Hints } from '../types.ts';

/** What pages put in a 来源 field that names no source. */
const NO_SOURCE = /^(?:网络|网络整理|网络转载|互联网|网友投稿|网友上传|用户上传|本站|本网|原创|未知|不详|查看|佚名|网站编辑|编辑部|转载|综合|其他|无)$/u;

/** The publishing site or organisation, when one is named; else the owner of the site that carries the page. */
export function resolveSite(hints: Hints): string | undefined {
  return [...hints.sites, ...hints.hosts].map((site) => site.trim()).find((site) => site.length >= 2 && !NO_SOURCE.test(site));
}

/** The first URL that parses as http(s). */
export function resolveUrl(hints: Hints): string | undefined {
  return hints.urls.map((url) => url.trim()).find((url) => {
    try {
      const { protocol } = new URL(url);
      return protocol === 'http:' || protocol === 'https:';
    } catch {
      return false;
    }
  });
}

/** The authors named in bylines, without repeats. */
export function resolveAuthors(hints: Hints): string[] {
  return [...new Set(hints.authors.map((author) => author.trim()).filter(Boolean))];
}
