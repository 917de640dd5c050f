/**
 * Geometry of a horizontal bar chart, drawn as SVG at build time: one row per
 * count, its label on the left, a bar whose length is proportional to the
 * count, and the count after the bar. Pure numbers; the component draws them.
 */
import type { Count } from './topics/passage-groups.ts';

/** One row of the chart. */
export interface BarRow {
  label: string;
  value: number;
  /** Top of the row. */
  y: number;
  /** Bar length (0 for a zero count). */
  width: number;
}

/** A chart's size and rows. */
export interface BarChartLayout {
  width: number;
  height: number;
  /** Where bars start (after the labels). */
  barX: number;
  rowHeight: number;
  barHeight: number;
  rows: BarRow[];
}

/** Chart sizes, in SVG user units (the SVG scales to its box). */
const WIDTH = 640;
const ROW = 24;
const BAR = 16;
/** Width of one label character (CJK, full width) and of the space for the count after the bar. */
const CHAR = 14;
const VALUE_SPACE = 48;

/** Lays out `counts` as horizontal bars; the longest bar is the largest count. */
export function barChart(counts: readonly Count[]): BarChartLayout {
  const longestLabel = Math.max(2, ...counts.map((count) => [...count.label].length));
  const barX = longestLabel * CHAR + 8;
  const span = WIDTH - barX - VALUE_SPACE;
  const max = Math.max(1, ...counts.map((count) => count.value));
  return {
    width: WIDTH,
    height: Math.max(1, counts.length) * ROW,
    barX,
    rowHeight: ROW,
    barHeight: BAR,
    rows: counts.map((count, i) => ({ label: count.label, value: count.value, y: i * ROW, width: (count.value / max) * span })),
  };
}
