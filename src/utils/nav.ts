/** The main navigation: sections of the site and where they live. */
import type { Script } from '../lib/report-schema.ts';
import { formulationsHref, genreHref, institutionHref, regionHref, topicsHref, yearHref } from './hrefs.ts';

/** Sections of the main navigation (also the UI-string key suffix `nav.<section>`). */
export type NavSection = 'regions' | 'years' | 'institutions' | 'genres' | 'topics' | 'formulations';

/** Main navigation links of a script, in display order. */
export function navLinks(script: Script): Array<{ section: NavSection; href: string }> {
  return [
    { section: 'regions', href: regionHref(script) },
    { section: 'years', href: yearHref(script) },
    { section: 'institutions', href: institutionHref(script) },
    { section: 'genres', href: genreHref(script) },
    { section: 'topics', href: topicsHref(script) },
    { section: 'formulations', href: formulationsHref(script) },
  ];
}

/** One step of a breadcrumb trail; without `href` it is the current page. */
export interface Crumb {
  label: string;
  href?: string;
}
