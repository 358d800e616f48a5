/**
 * Inline SVG charts. Each segment has its own fill pattern as well as colour (solid, hatched, dotted), every
 * figure is also written as text beside the bar, and every chart has a title and description for screen readers;
 * the table after each chart holds the same figures.
 */
import type { CompetencyProfile, StatusCounts } from '../figures.ts';
import { escapeHtml as esc } from '../../../src/content/render.ts';
import { trusted, type SafeHtml } from './html.ts';

export interface Segment {
  key: 'achieved' | 'working' | 'none' | 'passed' | 'failed' | 'unfinished';
  label: string;
  value: number;
}

export const segmentStyle: Readonly<
  Record<Segment['key'], { fill: string; pattern: 'solid' | 'hatch' | 'dots' }>
> = {
  achieved: { fill: '#1d6b3a', pattern: 'solid' },
  passed: { fill: '#1d6b3a', pattern: 'solid' },
  working: { fill: '#8a4b00', pattern: 'hatch' },
  failed: { fill: '#8a4b00', pattern: 'hatch' },
  none: { fill: '#5f6368', pattern: 'dots' },
  unfinished: { fill: '#5f6368', pattern: 'dots' },
};

/** Fill patterns for one chart (ids are per chart, so a printed page or a copied chart still finds them). */
function patternDefs(chartId: string): string {
  const defs = (['working', 'none'] as const).map((key) => {
    const { fill, pattern } = segmentStyle[key];
    const shape =
      pattern === 'hatch'
        ? `<rect width="6" height="6" fill="#f6e3c6"/><path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="${fill}" stroke-width="1.6"/>`
        : `<rect width="6" height="6" fill="#f1f3f4"/><circle cx="3" cy="3" r="1.1" fill="${fill}"/>`;
    return `<pattern id="${chartId}-${key}" width="6" height="6" patternUnits="userSpaceOnUse">${shape}</pattern>`;
  });
  return `<defs>${defs.join('')}</defs>`;
}

function segmentFill(chartId: string, key: Segment['key']): string {
  const style = segmentStyle[key];
  if (style.pattern === 'solid') return style.fill;
  return `url(#${chartId}-${style.pattern === 'hatch' ? 'working' : 'none'})`;
}

interface BarRow {
  group: string;
  label: string;
  segments: Segment[];
}

/** Horizontal stacked bars, grouped (e.g. one group per competency, first try and best in it). */
export function stackedBarChart(options: {
  id: string;
  title: string;
  description: string;
  rows: BarRow[];
  total: number;
}): SafeHtml {
  const { id, rows, total } = options;
  const groupWidth = 64;
  const labelWidth = 64;
  const barWidth = 300;
  const barHeight = 16;
  const rowGap = 4;
  const groupGap = 12;
  const textX = groupWidth + labelWidth + barWidth + 10;
  const width = textX + 330;
  let y = 8;
  let lastGroup = '';
  const parts: string[] = [];
  for (const row of rows) {
    if (row.group !== lastGroup) {
      if (lastGroup !== '') y += groupGap;
      parts.push(`<text x="0" y="${y + barHeight - 3}" class="chart-group">${esc(row.group)}</text>`);
      lastGroup = row.group;
    }
    parts.push(
      `<text x="${groupWidth}" y="${y + barHeight - 3}" class="chart-label">${esc(row.label)}</text>`,
    );
    let x = groupWidth + labelWidth;
    for (const segment of row.segments) {
      const w = total > 0 ? (segment.value / total) * barWidth : 0;
      if (w > 0)
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${segmentFill(id, segment.key)}" stroke="#202124" stroke-width="0.6"/>`,
        );
      x += w;
    }
    if (total === 0)
      parts.push(
        `<rect x="${groupWidth + labelWidth}" y="${y}" width="${barWidth}" height="${barHeight}" fill="none" stroke="#5f6368" stroke-dasharray="3 3"/>`,
      );
    const text = row.segments.map((s) => `${s.value} ${s.label}`).join(' · ');
    parts.push(`<text x="${textX}" y="${y + barHeight - 3}" class="chart-figures">${esc(text)}</text>`);
    y += barHeight + rowGap;
  }
  const height = y + 4;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return trusted(
    `<svg class="chart" id="${id}" role="img" aria-labelledby="${titleId} ${descId}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
      `<title id="${titleId}">${esc(options.title)}</title><desc id="${descId}">${esc(options.description)}</desc>` +
      patternDefs(id) +
      parts.join('') +
      '</svg>',
  );
}

/** A legend for the segments used, each swatch drawn with the same pattern as in the chart. */
export function legend(id: string, segments: readonly { key: Segment['key']; label: string }[]): SafeHtml {
  const items = segments.map(
    (s, i) =>
      `<li><svg width="18" height="14" aria-hidden="true" focusable="false">${patternDefs(`${id}-${i}`)}<rect x="1" y="1" width="16" height="12" fill="${segmentFill(`${id}-${i}`, s.key)}" stroke="#202124" stroke-width="0.6"/></svg> ${esc(s.label)}</li>`,
  );
  return trusted(`<ul class="legend" aria-label="Key">${items.join('')}</ul>`);
}

export function profileChart(moduleSlug: string, profile: CompetencyProfile): SafeHtml {
  const segments = (counts: StatusCounts): Segment[] => [
    { key: 'achieved', label: 'achieved', value: counts.achieved },
    { key: 'working', label: 'working towards', value: counts['working-towards'] },
    { key: 'none', label: 'not assessed', value: counts['not-assessed'] },
  ];
  return stackedBarChart({
    id: `profile-${moduleSlug}`,
    title: `Competency profile of ${profile.learners} learners`,
    description:
      'For each competency, two bars: learners achieved, working towards and not assessed on their first finished ' +
      'try, and on their best. The same figures are in the table below.',
    total: profile.learners,
    rows: profile.competencies.flatMap((c) => [
      { group: c.id, label: 'First try', segments: segments(c.first) },
      { group: c.id, label: 'Best', segments: segments(c.best) },
    ]),
  });
}

/** A small bar for a share (0–1), with optional marks (e.g. the too-hard and too-easy thresholds). */
export function shareBar(share: number | undefined, marks: readonly number[] = []): SafeHtml {
  const width = 100;
  const fill =
    share === undefined
      ? ''
      : `<rect x="0" y="2" width="${(share * width).toFixed(1)}" height="8" fill="#1a4f8b"/>`;
  const ticks = marks.map(
    (m) =>
      `<line x1="${m * width}" x2="${m * width}" y1="0" y2="12" stroke="#202124" stroke-dasharray="2 1"/>`,
  );
  return trusted(
    `<svg class="share-bar" width="${width}" height="12" aria-hidden="true" focusable="false"><rect x="0" y="2" width="${width}" height="8" fill="#e8eaed"/>${fill}${ticks.join('')}</svg>`,
  );
}
