/**
 * The ¶ link of a paragraph or heading (copies the paragraph URL when
 * clicked) and, for paragraphs, a button copying the passage with its source,
 * as HTML: every paragraph of every report page and every quoted passage
 * carries one (see `html-escape.ts` on why a string). Excluded from search
 * excerpts; the copy button shows only with JavaScript (src/scripts/report.ts).
 */
import type { Script } from '../lib/report-schema.ts';
import { t } from '../i18n/t.ts';
import { escapeAttribute, escapeHtml } from './html-escape.ts';

export interface ParaToolsOptions {
  /** Add the copy-passage button (paragraphs, not headings). */
  copy?: boolean;
  /** Where the ¶ link goes, when not to the paragraph on this page (a passage quoted on another page). */
  href?: string;
}

/** The tools of block `id` on a page in `script`. */
export function paraTools(id: string, script: Script, { copy = false, href = `#${id}` }: ParaToolsOptions = {}): string {
  const link = `<a class="pl" href="${escapeAttribute(href)}" aria-label="${escapeAttribute(t(script, 'report.para.link'))}">¶</a>`;
  const button = copy
    ? `<button type="button" class="pc" aria-label="${escapeAttribute(t(script, 'report.para.copy'))}">${escapeHtml(t(script, 'report.para.copyShort'))}</button>`
    : '';
  return `<span class="ptools" data-pagefind-ignore>${link}${button}</span>`;
}
