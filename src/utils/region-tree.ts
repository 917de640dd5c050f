/**
 * The regions the archive's reports come from, as a tree: every level of a
 * report's region (province → city → county) with the number of reports
 * within it. A region's place in the tree is the gazetteer's, so a report
 * that names only its province and county still counts in its city; a code
 * the gazetteer lacks (abolished since) keeps the chain the report names.
 */
import { lineage } from '../lib/regions/lineage.ts';
import type { Region } from '../lib/report-schema.ts';
import { regionLevels, type RegionLevelName } from './region-levels.ts';

/** One level of a region: its code, full name (Simplified) and level. */
export interface RegionStep {
  /** GB/T 2260 code. */
  code: string;
  name: string;
  level: RegionLevelName;
}

/** A region with reports. */
export interface RegionNode extends RegionStep {
  /** Code of the region above; absent for provinces. */
  parent?: string;
  /** Reports within the region (its own and its sub-regions'). */
  count: number;
  /** Codes of the sub-regions with reports, in code order. */
  children: string[];
}

/** The levels a region belongs to, most general first: the gazetteer's lineage of its code, else the coded levels it names. */
export function regionChain(region: Region): RegionStep[] {
  const units = region.code ? lineage(region.code) : [];
  if (units.length > 0) return units.map(({ code, name, level }) => ({ code, name, level }));
  return regionLevels(region).flatMap(({ code, name, level }) => (code ? [{ code, name, level }] : []));
}

/** Codes of every level a region belongs to, most general first. */
export function regionCodes(region: Region): string[] {
  return regionChain(region).map((step) => step.code);
}

/** Every region reports belong to, by code. */
export function regionTree(reports: ReadonlyArray<{ data: { region: Region } }>): Map<string, RegionNode> {
  const nodes = new Map<string, RegionNode>();
  for (const { data } of reports) {
    let parent: RegionNode | undefined;
    for (const step of regionChain(data.region)) {
      let node = nodes.get(step.code);
      if (!node) {
        node = { ...step, ...(parent ? { parent: parent.code } : {}), count: 0, children: [] };
        nodes.set(step.code, node);
        parent?.children.push(node.code);
      }
      node.count++;
      parent = node;
    }
  }
  for (const node of nodes.values()) node.children.sort();
  return nodes;
}

/** The region and the regions above it, most general first (for breadcrumbs). */
export function regionTrail(nodes: ReadonlyMap<string, RegionNode>, code: string): RegionNode[] {
  const trail: RegionNode[] = [];
  for (let node = nodes.get(code); node; node = node.parent ? nodes.get(node.parent) : undefined) trail.unshift(node);
  return trail;
}
