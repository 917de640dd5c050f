/**
 * The search page: reads the state from the URL, runs the query on the
 * Pagefind index, shows the count, the filters and the results ten at a
 * time. Links and the form change the URL (history entries), so a search can
 * be shared and the back button returns to the previous one.
 */
import type { Script } from '../../lib/report-schema.ts';
import { parseQuery, type QueryForm, type QueryTerm } from '../../lib/search-query.ts';
import { normalizeChars, searchLength } from '../../lib/search-text.ts';
import { reportHref } from '../../utils/hrefs.ts';
import type { ResultHead, ResultText } from '../../utils/search/result-files.ts';
import type { SearchCatalog } from '../../utils/search/search-catalog.ts';
import { bundlePath, catalogPath, resultHeadPath, resultTextPath, SEARCH_VERSION_META } from '../../utils/search/search-paths.ts';
import { mergeBundles, openPagefind, wordHits, type Pagefind } from './engine.ts';
import { fetchJson } from './fetch-json.ts';
import { applyFilters, reportKeys, type ReportKeys } from './filters.ts';
import { reportLocator, type LocateReport } from './locate.ts';
import { SEARCH_MARKS } from './marks.ts';
import { rankReports, type WordHits } from './rank.ts';
import { countText, fillResultHead, fillResultPassages, neededTextFiles, renderFilters, renderSubjects, renderSummary, resultItem } from './render.ts';
import { decodeCharList, loadSimplifiers, mayOccur, needsConversion } from './simplify.ts';
import { readState, stateParams, type SearchState } from './state.ts';
import { fill, type SearchStrings } from './strings.ts';
import { subjectLinks } from './subjects.ts';

/** Results added per page (and per "more"). */
const PAGE_SIZE = 10;

/** What one page view loads once: the catalog and the index. */
interface Session {
  catalog: SearchCatalog;
  keys: ReportKeys;
  locate: LocateReport;
  pagefind: Pagefind;
  /** Whether a query reading may occur in the index (see `mayOccur`). */
  mayOccur: (form: QueryForm) => boolean;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) startSearchPage(root);

function startSearchPage(root: HTMLElement): void {
  const script = root.dataset.script as Script;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  const convertible = decodeCharList(root.dataset.convertible ?? '');
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const summary = root.querySelector<HTMLElement>('[data-search-summary]')!;
  const subjects = root.querySelector<HTMLElement>('[data-search-subjects]')!;
  const filters = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const results = root.querySelector<HTMLElement>('.search-results')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const baseTitle = document.title;
  let session: Promise<Session> | undefined;
  let run = 0;
  /** The URL query of the search shown. */
  let searched = '';
  let showMore: (() => void) | undefined;

  const hrefOf = (state: SearchState): string => {
    const params = stateParams(state).toString();
    return `${location.pathname}${params ? `?${params}` : ''}`;
  };

  // The index version the build put in the page, with hints to preload the files asked for here (search-page-preloads.ts).
  const version = document.querySelector<HTMLMetaElement>(`meta[name="${SEARCH_VERSION_META}"]`)?.content;

  const openSession = (): Promise<Session> => {
    session ??= (async () => {
      // The catalog names the bundles, but the first is always there: both load at once.
      const [catalog, pagefind] = await Promise.all([fetchJson<SearchCatalog>(catalogPath(script), version), openPagefind(bundlePath(0), version)]);
      if (catalog.bundles[0] !== bundlePath(0)) throw new Error('The site has no search index');
      await mergeBundles(pagefind, catalog.bundles, version);
      const indexed = decodeCharList(catalog.indexedConvertible);
      return {
        catalog,
        keys: reportKeys(catalog),
        locate: reportLocator(catalog),
        pagefind,
        mayOccur: (form: QueryForm) => mayOccur(form.chars, convertible, indexed),
      };
    })();
    session.catch(() => (session = undefined));
    return session;
  };

  const setStatus = (state: 'idle' | 'hint' | 'loading' | 'done' | 'error', text = ''): void => {
    root.dataset.searchState = state;
    status.textContent = text;
    status.hidden = text === '';
  };

  const clearResults = (): void => {
    summary.replaceChildren();
    subjects.replaceChildren();
    subjects.hidden = true;
    filters.replaceChildren();
    filters.hidden = true;
    list.replaceChildren();
    more.hidden = true;
  };

  /** Loads and shows one result: title and metadata from its head file, then the passages from its text files. */
  const showResult = async (s: Session, r: number, terms: readonly QueryTerm[], hits: readonly WordHits[], item: HTMLLIElement, shown: () => void): Promise<void> => {
    const id = s.catalog.ids[r]!;
    const version = s.catalog.version;
    const head = await fetchJson<ResultHead>(resultHeadPath(id, script), version);
    const occurrences = terms.flatMap((term, t) => (hits[t]!.get(r) ?? []).map((start) => [start, searchLength(term.forms[0]!.chars)] as const));
    fillResultHead(item, { id, script, head, occurrences }, strings);
    shown();
    const files = neededTextFiles(head, occurrences);
    const texts = await Promise.all(files.map((file) => fetchJson<ResultText>(resultTextPath(id, script, file), version)));
    fillResultPassages(item, { id, script, head, occurrences, texts: new Map(files.map((file, i) => [file, texts[i]!])) });
  };

  /**
   * Lists the ranked reports ten at a time ("more" adds the next ten). The
   * first ten go on the page together with `reveal` (the count) once the
   * first of them is filled (or at once when there is none, or when it
   * failed): the page is laid out once for the first result, not also for
   * empty items. Marks that moment, then calls `afterFirst`.
   */
  const listResults = (s: Session, ranked: readonly number[], terms: readonly QueryTerm[], hits: readonly WordHits[], current: number, reveal: () => void, afterFirst: () => void): void => {
    let listed = 0;
    let firstSettled = false;
    const firstPage = document.createDocumentFragment();
    const settled = (shown: boolean): void => {
      if (firstSettled || current !== run) return;
      firstSettled = true;
      list.append(firstPage);
      reveal();
      if (shown) performance.mark(SEARCH_MARKS.firstResult);
      afterFirst();
    };
    showMore = () => {
      const page = ranked.slice(listed, listed + PAGE_SIZE);
      listed += page.length;
      for (const r of page) {
        const item = resultItem(reportHref(script, s.catalog.ids[r]!));
        (firstSettled ? list : firstPage).append(item);
        showResult(s, r, terms, hits, item, () => settled(true)).catch((error: Error) => {
          item.append(error.message);
          settled(false);
        });
      }
      more.hidden = listed >= ranked.length;
    };
    showMore();
    if (ranked.length === 0) settled(false);
  };

  const search = async (state: SearchState): Promise<void> => {
    const current = ++run;
    searched = location.search;
    performance.mark(SEARCH_MARKS.start);
    root.dataset.searchState = 'loading';
    for (const input of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) input.value = state.query;
    document.title = state.query ? `${state.query} · ${baseTitle}` : baseTitle;
    clearResults();
    const simplifiers = needsConversion(normalizeChars(state.query), convertible) ? await loadSimplifiers() : [];
    if (current !== run) return;
    const query = parseQuery(state.query, simplifiers);
    if (query.short.length > 0) return setStatus('hint', fill(strings.short, { words: query.short.map((term) => term.text).join('、') }));
    if (query.terms.length === 0) return setStatus('idle', strings.empty);
    setStatus('loading', strings.loading);
    try {
      const s = await openSession();
      const hits = await Promise.all(query.terms.map((term) => wordHits(s.pagefind, term, s.locate, s.mayOccur)));
      if (current !== run) return;
      const [first, ...rest] = hits;
      const matched = [...first!.keys()].filter((r) => rest.every((word) => word.has(r))).sort((a, b) => a - b);
      const ranked = rankReports(s.catalog, applyFilters(s.keys, matched, state.filters), hits, state.sort);
      const reveal = (): void => {
        renderSummary(summary, ranked.length, matched.length, state, strings, hrefOf, filters.id);
        // Announced (the status is a live region), shown by the summary.
        setStatus('done', countText(ranked.length, matched.length, strings));
      };
      // The filters and subject links are drawn once the first result is:
      // drawn before, the filters' layout held back a fresh page's first result by 30–60 ms.
      listResults(s, ranked, query.terms, hits, current, reveal, () => {
        renderFilters(filters, s.catalog, s.keys, matched, state, strings, hrefOf);
        subjectLinks(query.terms, script, s.catalog.version)
          .then((links) => current === run && renderSubjects(subjects, links, strings))
          // Without them the results are whole: a failed lookup only leaves them out.
          .catch(() => undefined);
      });
    } catch (error) {
      if (current === run) setStatus('error', fill(strings.error, { message: (error as Error).message }));
    }
  };

  const go = (href: string): void => {
    history.pushState(null, '', href);
    // A filter below the results (on a phone) shows the new results, not the filters' old place.
    if (results.getBoundingClientRect().top < 0) results.scrollIntoView();
    void search(readState(new URLSearchParams(location.search)));
  };

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-search-link]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    go(link.href);
  });
  for (const form of document.querySelectorAll<HTMLFormElement>('form.search-box')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = new FormData(form).get('q')?.toString() ?? '';
      go(hrefOf({ ...readState(new URLSearchParams(location.search)), query }));
    });
  }
  more.addEventListener('click', () => showMore?.());
  // Readers come here to search: the index loads at once, with or without a query.
  void openSession().catch(() => undefined);
  // Going back over a jump to the filters (a fragment) changes no search.
  addEventListener('popstate', () => {
    if (location.search !== searched) void search(readState(new URLSearchParams(location.search)));
  });
  void search(readState(new URLSearchParams(location.search)));
}
