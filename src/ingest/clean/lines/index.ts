/**
 * Line-level rules, in order. Markup, lost line breaks and code go first
 * (they split and blank lines); then the page furniture around the body,
 * each rule finding the body afresh; then bylines inside the body, layout
 * residue, pinyin annotations a line break cut (a page number may have
 * stood between the halves), the blank lines of double-spaced text, breaks
 * lost after a sentence, and last the headline, once everything above the
 * body that is not a title is gone.
 */
import type { CleanRule } from '../../types.ts';
import { stripCutPinyinRule } from '../text/strip-pinyin.ts';
import { anonymisedRule } from './anonymised.ts';
import { breadcrumbRule } from './breadcrumb.ts';
import { copyrightFooterRule } from './copyright-footer.ts';
import { datelineRule } from './dateline.ts';
import { disclosureTableRule } from './disclosure-table.ts';
import { documentFurnitureRule } from './document-furniture.ts';
import { doubleSpacingRule } from './double-spacing.ts';
import { flattenedTextRule } from './flattened-text.ts';
import { headlineRule } from './headline.ts';
import { htmlResidueRule } from './html-residue.ts';
import { layoutMarkersRule } from './layout-markers.ts';
import { lostBreaksRule } from './lost-breaks.ts';
import { metaLinesRule } from './meta-lines.ts';
import { navigationMenuRule } from './navigation-menu.ts';
import { pageChromeRule } from './page-chrome.ts';
import { photoCaptionsRule } from './photo-captions.ts';
import { platformTailRule } from './platform-tail.ts';
import { relatedLinksRule } from './related-links.ts';
import { signatureBlockRule } from './signature-block.ts';
import { siteBoilerplateRule } from './site-boilerplate.ts';
import { strayCodeRule } from './stray-code.ts';
import { tableOfContentsRule } from './table-of-contents.ts';
import { trailingBylineRule } from './trailing-byline.ts';
import { transcriptNotesRule } from './transcript-notes.ts';

/** The line rules in the order they run (after the character-level repairs). */
export const lineRules: readonly CleanRule[] = [
  htmlResidueRule,
  flattenedTextRule,
  strayCodeRule,
  documentFurnitureRule,
  siteBoilerplateRule,
  breadcrumbRule,
  platformTailRule,
  disclosureTableRule,
  signatureBlockRule,
  metaLinesRule,
  pageChromeRule,
  transcriptNotesRule,
  copyrightFooterRule,
  relatedLinksRule,
  navigationMenuRule,
  trailingBylineRule,
  datelineRule,
  layoutMarkersRule,
  tableOfContentsRule,
  photoCaptionsRule,
  stripCutPinyinRule,
  doubleSpacingRule,
  lostBreaksRule,
  headlineRule,
  anonymisedRule,
];
