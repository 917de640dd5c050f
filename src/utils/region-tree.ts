/**
 * The regions the archive's reports come from, as a tree: every level a
 * report names with a code (province → city → county), its parent as the
 * report's own chain gives it (a county directly under a province hangs from
 * the province), and the number of reports within it.
 */
import type { Region } from '../lib/report-schema.ts';
import { regionLevels, type RegionLevelName } from './region-levels.ts';

/** A region with reports. */
export interface RegionNode {
  /** GB/T 2260 code. */
  code: string;
  /** Full official name (Simplified, as the frontmatter has it). */
  name: string;
  level: RegionLevelName;
  /** Code of the region above; absent for provinces. */
  parent?: string;
  /** Reports within the region (its own and its sub-regions'). */
  count: number;
  /** Codes of the sub-regions with reports, in code order. */
  children: string[];
}

/** Codes of every level of a region that has one, most general first. */
export function regionCodes(region: Region): string[] {
  return regionLevels(region).flatMap((level) => (level.code ? [level.code] : []));
}

/** Every region reports name with a code, by code. */
export function regionTree(reports: ReadonlyArray<{ data: { region: Region } }>): Map<string, RegionNode> {
  const nodes = new Map<string, RegionNode>();
  for (const { data } of reports) {
    let parent: RegionNode | undefined;
    for (const level of regionLevels(data.region)) {
      if (!level.code) break;
      let node = nodes.get(level.code);
      if (!node) {
        node = { code: level.code, name: level.name, level: level.level, ...(parent ? { parent: parent.code } : {}), count: 0, children: [] };
        nodes.set(level.code, node);
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
