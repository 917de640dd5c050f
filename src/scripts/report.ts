/**
 * Report page behaviour, all optional: the access date of the citation, and
 * copying (a paragraph's URL from its ¶ link, a passage with its source, the
 * GB/T 7714 reference). Strings and the attribution come from data attributes
 * rendered at build time; no conversion code runs here. On pages that quote
 * passages of many reports (topics, formulations), each passage carries its
 * own report's URL (`data-canonical`), attribution and anchor (`data-anchor`).
 */
import { passageCitation } from '../utils/citation.ts';
import { isoDate } from '../utils/format-date.ts';
import { copyText } from './clipboard.ts';

const report = document.querySelector<HTMLElement>('[data-report]');

if (report) {
  const canonical = report.dataset.canonical ?? `${location.origin}${location.pathname}`;
  const status = report.querySelector<HTMLElement>('[data-copy-status]');
  let clearStatus: ReturnType<typeof setTimeout> | undefined;

  // The reference cites the reader's access date, not the build date.
  for (const date of report.querySelectorAll('[data-accessed]')) date.textContent = isoDate();

  const announce = async (text: string): Promise<void> => {
    const copied = await copyText(text);
    if (!status) return;
    status.textContent = (copied ? report.dataset.copied : report.dataset.copyFailed) ?? '';
    clearTimeout(clearStatus);
    clearStatus = setTimeout(() => (status.textContent = ''), 2500);
  };

  /** The report an element belongs to: the closest element naming one, else the page's. */
  const sourceOf = (element: Element): HTMLElement => element.closest<HTMLElement>('[data-canonical]') ?? report;

  /** Text of a paragraph without its tools. */
  const passageText = (block: Element): string => {
    const clone = block.cloneNode(true) as Element;
    for (const tools of clone.querySelectorAll('.ptools')) tools.remove();
    return clone.textContent ?? '';
  };

  report.addEventListener('click', (event) => {
    const target = event.target as Element;
    const link = target.closest<HTMLAnchorElement>('a.pl');
    if (link) {
      // Follow the link too, so the address bar shows the paragraph URL.
      void announce(`${sourceOf(link).dataset.canonical ?? canonical}${link.hash}`);
      return;
    }
    const block = target.closest('button.pc')?.closest<HTMLElement>('.para');
    if (block) {
      const source = sourceOf(block);
      const url = `${source.dataset.canonical ?? canonical}#${block.dataset.anchor ?? block.id}`;
      void announce(passageCitation(passageText(block), source.dataset.attribution ?? '', url));
      return;
    }
    if (target.closest('[data-copy-cite]')) {
      void announce(report.querySelector('[data-cite-ref]')?.textContent?.trim() ?? '');
    }
  });
}
