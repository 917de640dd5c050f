/**
 * The build's catalog, computed on first use and shared by every page:
 * listing pages number in the thousands, and each must not regroup the archive.
 */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog.ts';

let catalog: Promise<Catalog> | undefined;

/** The catalog of the reports collection: one per build; under `astro dev` rebuilt per page, so edited entries show. */
export function loadCatalog(): Promise<Catalog> {
  if (import.meta.env.DEV) catalog = undefined;
  catalog ??= getCollection('reports').then((entries) => buildCatalog(entries.map(({ id, data }) => ({ id, data }))));
  return catalog;
}
