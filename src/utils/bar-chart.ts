/**
 * Geometry of a horizontal bar chart, drawn as SVG at build time: one row per
 * count, its label on the left, a bar whose length is proportional to the
 * count, and the count after the bar: its geometry (`barChart`, pure numbers)
 * and its figure as HTML (`barChartFigure`: a string, see `html-escape.ts`,
 * as topic and formulation pages draw two charts each, thousands of them).
 */
import { escapeAttribute as attr, escapeHtml as text } from './html-escape.ts';
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

/**
 * Chart sizes, in SVG user units. The SVG is shown at this width, or shrunk
 * to a narrower box (topics.css), and its text scales with it: drawn 640
 * wide, a chart in one column of a subject page's two (or on a phone) showed
 * its 13-unit labels at 7–8 px. At 320, they keep their size there.
 */
const WIDTH = 320;
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

/** `n` rounded to a tenth. */
function tenths(n: number): number {
  return Math.round(n * 10) / 10;
}

/** What a chart figure shows. */
export interface BarChartFigure {
  /** Unique on the page (ids of the title and description). */
  id: string;
  title: string;
  description: string;
  counts: readonly Count[];
}

/**
 * The chart as an SVG figure: a title and description for assistive
 * technology (the description lists every count), then one group per row:
 * its label, its bar and its count, told apart by position (see topics.css).
 * No classes or data attributes on the rows: two charts on each of thousands
 * of subject pages, they were 40 % of the charts' bytes.
 */
export function barChartFigure({ id, title, description, counts }: BarChartFigure): string {
  const chart = barChart(counts);
  const baseline = (chart.rowHeight + chart.barHeight) / 2 - 3;
  const listed = counts.map((count) => `${count.label} ${count.value}`).join('；');
  let rows = '';
  for (const row of chart.rows) {
    const y = row.y + baseline;
    // Lengths to a tenth of a unit: full floats made a tenth of the pages' chart bytes.
    const width = tenths(row.width);
    rows +=
      `<g><text x="${chart.barX - 8}" y="${y}">${text(row.label)}</text>` +
      `<rect x="${chart.barX}" y="${row.y + (chart.rowHeight - chart.barHeight) / 2}" width="${width}" height="${chart.barHeight}"/>` +
      `<text x="${tenths(chart.barX + row.width + 6)}" y="${y}">${row.value}</text></g>`;
  }
  return (
    `<figure class="bar-chart"><figcaption id="${attr(id)}-caption">${text(title)}</figcaption>` +
    `<svg viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" role="img" aria-labelledby="${attr(id)}-title ${attr(id)}-desc" data-chart="${attr(id)}">` +
    `<title id="${attr(id)}-title">${text(title)}</title><desc id="${attr(id)}-desc">${text(description)} ${text(listed)}</desc>${rows}</svg></figure>`
  );
}
