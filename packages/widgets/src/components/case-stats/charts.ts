/**
 * Plain SVG charts drawn with Lit `svg` templates (no chart library, no innerHTML, no inline
 * styles). Geometry is computed in CSS pixels for the width the chart really has, so text is never
 * scaled and labels wrap instead of overflowing on a 320 px phone. Right-to-left pages get a
 * mirrored chart: bars grow from the right and months run from right to left. The charts are
 * hidden from assistive technology: each has a data table beside it that says the same.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

export interface Datum {
  key: string;
  label: string;
  value: number;
}

export interface ChartOptions {
  /** Width available, in CSS pixels. */
  width: number;
  rtl: boolean;
  /** Formats a count in the reader's locale and digits. */
  format: (n: number) => string;
}

const FONT = 14; // matches .chart text in the styles
const LINE = 18;
const BAR = 16;
const GAP = 14;
/** A rough average glyph width, used only to wrap labels (the data table holds the full text). */
const GLYPH = 0.58 * FONT;

/** Splits `text` into at most `maxLines` lines of about `maxChars` characters, at spaces when possible. */
export function wrap(text: string, maxChars: number, maxLines = 2): string[] {
  const limit = Math.max(8, maxChars);
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if ([...next].length <= limit) current = next;
    else {
      if (current) lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const out = lines.map((l) => ([...l].length > limit ? `${[...l].slice(0, limit - 1).join('')}…` : l));
  if (out.length > maxLines) {
    const kept = out.slice(0, maxLines);
    const last = [...kept[maxLines - 1]!];
    kept[maxLines - 1] = `${last.slice(0, Math.max(1, limit - 1)).join('')}…`;
    return kept;
  }
  return out;
}

/** Horizontal bars, one per datum: the label on its own line(s), the bar below it with its value. */
export function barChart(data: readonly Datum[], { width, rtl, format }: ChartOptions): TemplateResult {
  const W = Math.max(160, Math.floor(width));
  const max = Math.max(1, ...data.map((d) => d.value));
  const valueSpace = Math.max(...data.map((d) => format(d.value).length), 1) * 9 + 10;
  const barMax = W - valueSpace;
  const maxChars = Math.floor(W / GLYPH);
  let y = 0;
  const rows: SVGTemplateResult[] = [];
  for (const d of data) {
    const lines = wrap(d.label, maxChars);
    const top = y;
    const barY = top + lines.length * LINE + 4;
    const w = d.value > 0 ? Math.max(2, Math.round((d.value / max) * barMax)) : 0;
    const x = rtl ? W - w : 0;
    const labelX = rtl ? W : 0;
    const valueX = rtl ? W - w - 6 : w + 6;
    rows.push(svg`<g class="row" data-key=${d.key}>
      ${lines.map((line, i) => svg`<text class="label" x=${labelX} y=${top + (i + 1) * LINE - 4}>${line}</text>`)}
      <rect class="bar" x=${x} y=${barY} width=${w} height=${BAR} rx="2"></rect>
      <text class="value" x=${valueX} y=${barY + BAR - 3}>${format(d.value)}</text>
    </g>`);
    y = barY + BAR + GAP;
  }
  const H = Math.max(y - GAP + 2, 1);
  return html`<svg class="chart bars" viewBox="0 0 ${W} ${H}" width=${W} height=${H} aria-hidden="true" focusable="false">${rows}</svg>`;
}

/** Columns over time (one per month, gaps filled with zero), labels under every few columns. */
export function columnChart(data: readonly Datum[], { width, rtl, format }: ChartOptions): TemplateResult {
  const W = Math.max(160, Math.floor(width));
  const n = Math.max(1, data.length);
  const max = Math.max(1, ...data.map((d) => d.value));
  const top = LINE + 2;
  const plot = 140;
  const H = top + plot + LINE + 8;
  const slot = W / n;
  const barW = Math.max(2, Math.min(48, slot * 0.7));
  const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(W / 64))));
  const showValues = slot >= 26;
  const cols = data.map((d, i) => {
    const h = d.value > 0 ? Math.max(2, Math.round((d.value / max) * plot)) : 0;
    const centre = rtl ? W - (i + 0.5) * slot : (i + 0.5) * slot;
    return svg`<g class="column" data-key=${d.key}>
      <rect class="bar" x=${centre - barW / 2} y=${top + plot - h} width=${barW} height=${h} rx="2"></rect>
      ${showValues && d.value > 0 ? svg`<text class="value" text-anchor="middle" x=${centre} y=${top + plot - h - 4}>${format(d.value)}</text>` : nothing}
      ${i % every === 0 ? svg`<text class="tick" text-anchor="middle" x=${centre} y=${top + plot + LINE}>${d.label}</text>` : nothing}
    </g>`;
  });
  return html`<svg class="chart columns" viewBox="0 0 ${W} ${H}" width=${W} height=${H} aria-hidden="true" focusable="false">
    <line class="axis" x1="0" x2=${W} y1=${top + plot + 0.5} y2=${top + plot + 0.5}></line>
    ${!showValues ? svg`<text class="value" x=${rtl ? W : 0} y=${top - 6}>${format(max)}</text>` : nothing}
    ${cols}
  </svg>`;
}

/** Every month from the first to the last key (YYYY-MM), with zero where there is no case. */
export function fillMonths(byMonth: Readonly<Record<string, number>>): Array<{ month: string; value: number }> {
  const keys = Object.keys(byMonth).sort();
  if (keys.length === 0) return [];
  const [fy, fm] = keys[0]!.split('-').map(Number) as [number, number];
  const [ly, lm] = keys[keys.length - 1]!.split('-').map(Number) as [number, number];
  const out: Array<{ month: string; value: number }> = [];
  for (let y = fy, m = fm; y < ly || (y === ly && m <= lm); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    out.push({ month, value: byMonth[month] ?? 0 });
    if (out.length > 1200) break; // a century of months: a typo in a date, not a campaign
  }
  return out;
}
