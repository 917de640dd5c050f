/**
 * What search reads from a built report page: the text exactly as the page
 * shows it, in the page's script, all of it inside the report's `<article>`
 * (the one carrying `data-search-facets`). The title (`<h1>`), the metadata values
 * marked `data-search-field`, the body's headings and paragraphs (with their
 * anchors), and the filter values in `data-search-facets`. Elements marked
 * `data-pagefind-ignore` (the ¶ and copy tools) are not text.
 *
 * Reading the built pages rather than the entries means search matches what
 * readers see, and the other script's text is not converted a second time.
 * Parsed with htmlparser2, a streaming parser (measured on the corpus's
 * pages: 50 MB/s; parse5, which builds a tree, 10 MB/s); only the article is
 * parsed (the page's head, header and footer are about a quarter of the
 * parsing time). The search tests' ground truth reads whole pages, so a
 * searchable text outside the article would show as a test failure.
 */
import { Parser } from 'htmlparser2';
import { PARALLELS_ASIDE_END, PARALLELS_ASIDE_START } from '../topics/parallels-markup.ts';
import type { SearchFacets } from './search-facets.ts';

/** A searchable metadata value (or the title): its field name and text. */
export interface PageField {
  name: string;
  text: string;
}

/** A heading or paragraph of the body. */
export interface PageBlock {
  /** Anchor (`p-…`). */
  id: string;
  kind: 'h' | 'p';
  text: string;
}

/** A report page as search sees it. */
export interface ReportPage {
  /** The title as shown (also for reports without one: the page's description). */
  title: string;
  /** Searchable title and metadata values, in page order. */
  fields: PageField[];
  blocks: PageBlock[];
  facets: SearchFacets;
}

type Capture = { kind: 'title' | 'field'; name: string } | { kind: 'block'; block: 'h' | 'p'; id: string };

const BLOCK_CLASSES: Readonly<Record<string, 'h' | 'p'>> = { para: 'p', 'body-heading': 'h' };

/** The capture an element starts, if any. */
function captureOf(name: string, attributes: Readonly<Record<string, string>>, titleSeen: boolean): Capture | undefined {
  const field = attributes['data-search-field'];
  if (name === 'h1' && !titleSeen) return { kind: 'title', name: field ?? '' };
  if (field) return { kind: 'field', name: field };
  const id = attributes['id'];
  const block = (attributes['class'] ?? '').split(/\s+/).map((c) => BLOCK_CLASSES[c]).find(Boolean);
  return id && block ? { kind: 'block', block, id } : undefined;
}

/** Text as rendered: runs of white space shown as one space, none at the ends. */
function shownText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** The report's `<article>` element in a page's HTML (from its start tag to the last end tag), or the empty string. */
function reportArticle(html: string): string {
  const start = html.lastIndexOf('<article', html.indexOf('data-search-facets'));
  const end = html.lastIndexOf('</article>');
  return start < 0 || end < start ? '' : html.slice(start, end + '</article>'.length);
}

/**
 * `html` without its parallel-passage asides, cut by string search: they sit
 * between paragraphs and hold no text of the report, and in a large archive
 * most paragraphs carry one (at 5,000 reports, parsing them was a third of
 * reading the pages).
 */
function withoutParallels(html: string): string {
  let kept = '';
  let at = 0;
  for (let start = html.indexOf(PARALLELS_ASIDE_START); start >= 0; start = html.indexOf(PARALLELS_ASIDE_START, at)) {
    const end = html.indexOf(PARALLELS_ASIDE_END, start);
    if (end < 0) break;
    kept += html.slice(at, start);
    at = end + PARALLELS_ASIDE_END.length;
  }
  return kept + html.slice(at);
}

/** Reads a report page's HTML; throws when the page lacks what search needs. */
export function readReportPage(html: string): ReportPage {
  let title: string | undefined;
  let facets: SearchFacets | undefined;
  const fields: PageField[] = [];
  const blocks: PageBlock[] = [];
  let capture: Capture | undefined;
  let depth = 0;
  let ignoreDepth = 0;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'article' && attributes['data-search-facets']) facets = JSON.parse(attributes['data-search-facets']) as SearchFacets;
        if (capture) {
          depth++;
          if (ignoreDepth > 0 || 'data-pagefind-ignore' in attributes) ignoreDepth++;
          return;
        }
        capture = captureOf(name, attributes, title !== undefined);
        depth = capture ? 1 : 0;
        text = '';
      },
      ontext(data) {
        if (capture && ignoreDepth === 0) text += data;
      },
      onclosetag() {
        if (!capture) return;
        if (ignoreDepth > 0) ignoreDepth--;
        if (--depth > 0) return;
        const shown = shownText(text);
        if (capture.kind === 'block') blocks.push({ id: capture.id, kind: capture.block, text: shown });
        else {
          if (capture.kind === 'title') title = shown;
          if (capture.name) fields.push({ name: capture.name, text: shown });
        }
        capture = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.end(withoutParallels(reportArticle(html)));
  if (title === undefined || !facets) throw new Error('Not a report page: no <h1> or no data-search-facets');
  return { title, fields, blocks, facets };
}
