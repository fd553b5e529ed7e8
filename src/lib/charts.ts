/** Pure geometry for the build-time SVG charts. */

/** A "nice" axis maximum and tick step covering `max` (1, 2, 2.5 or 5 × 10^n). */
export function niceScale(max: number, ticks = 5): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const rough = max / ticks;
  const pow = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * pow >= rough) ?? 10) * pow;
  return { max: Math.ceil(max / step) * step, step };
}

/** The tick values 0, step, ..., max. */
export function tickValues(max: number, step: number): number[] {
  const out: number[] = [];
  for (let i = 0; i * step <= max + step / 1e6; i++) out.push(Number((i * step).toPrecision(12)));
  return out;
}

/** A partial ISO date as a fractional year: "2007-07" → 2007.5; `end` moves to the end of the period. */
export function yearFraction(iso: string, end = false): number {
  const [y = 0, m, d] = iso.split('-').map(Number);
  if (m === undefined) return end ? y + 1 : y;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const day = d === undefined ? (end ? days : 1) - (end ? 0 : 1) : d - (end ? 0 : 1);
  return y + (m - 1) / 12 + day / days / 12;
}

export interface SpanRow {
  label: string;
  start: string;
  end?: string | undefined;
}

/** Whole-year axis bounds for spans; open spans run to `openEnd`. */
export function spanDomain(rows: readonly SpanRow[], openEnd: string): { from: number; to: number } {
  const starts = rows.map((r) => yearFraction(r.start));
  const ends = rows.map((r) => yearFraction(r.end ?? openEnd, true));
  return { from: Math.floor(Math.min(...starts)), to: Math.ceil(Math.max(...ends)) };
}

/** Year ticks at a step that keeps at most `maxTicks` labels. */
export function yearTicks(from: number, to: number, maxTicks = 8): number[] {
  const span = to - from;
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => span / s <= maxTicks) ?? 100;
  const first = Math.ceil(from / step) * step;
  const out: number[] = [];
  for (let y = first; y <= to; y += step) out.push(y);
  return out;
}

/** A coordinate to one decimal place: enough for a 640-unit-wide chart, and short in the HTML. */
export function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Bar rows as a chart shows them: largest first (ties keep their order), unless their order carries meaning. */
export function barOrder<T extends { value: number }>(rows: readonly T[], keepOrder = false): T[] {
  return keepOrder ? [...rows] : [...rows].sort((a, b) => b.value - a.value);
}

/** `value` as a percentage of `max`, to one decimal place, for a bar's width. */
export function percent(value: number, max: number): number {
  return max > 0 ? round((value / max) * 100) : 0;
}
