/**
 * What every benchmark shares: the machine it ran on, the workload, each figure next to the floor
 * measured in the same run and their ratio, latency percentiles, and the record appended to
 * docs/benchmarks.md (with an SVG chart of latency distributions under docs/benchmarks/).
 *
 * Use:
 *   const bench = new Benchmark('eventstore', 'Event store appends');
 *   bench.workload('durable appends of ~800-byte events …');
 *   bench.compare({ what: 'single event', figure: { value, unit: 'events/s' }, floor: { label, value, unit }, target: { atLeast: 0.9 } });
 *   bench.latencies('append, 32 writers', samplesMs);
 *   await bench.finish();
 *
 * BENCH_RECORD=0 prints without appending to docs/benchmarks.md (for runs while developing).
 */
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

export interface Figure {
  value: number;
  unit: string;
}

export interface Floor extends Figure {
  /** What the floor is: e.g. "raw better-sqlite3 inserts, one transaction each". */
  label: string;
}

/** A ratio target (figure / floor), or an absolute bound on the figure. */
export type Target = { atLeast: number } | { atMost: number };

export interface Comparison {
  what: string;
  figure: Figure;
  floor: Floor;
  /**
   * `atLeast`: on the ratio figure / floor. `figureAtMost`: on the figure itself, for absolute
   * targets (p99 ≤ 50 ms) that are still shown beside their floor. Omit to report without a target.
   */
  target?: { atLeast: number } | { figureAtMost: number };
  /** Why a ratio is where it is, when the number alone would mislead. */
  note?: string;
}

export interface Bound {
  what: string;
  figure: Figure;
  target?: { atMost: number } | { atLeast: number };
  note?: string;
}

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

interface Row {
  what: string;
  figure: string;
  floor: string;
  ratio: string;
  target: string;
  met: boolean | null;
}

interface Series {
  label: string;
  sortedMs: number[];
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  libvips?: string;
  platform: string;
}

/** The repository root, whether this runs from scripts/ (ts) or dist/scripts/ (compiled). */
function repositoryRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'package.json')) || folder.endsWith('dist')) {
    const parent = dirname(folder);
    if (parent === folder) return process.cwd();
    folder = parent;
  }
  return folder;
}

/** The machine, as far as a benchmark's figures depend on it. */
export function machine(): Machine {
  const processors = cpus();
  const libvips = sharp.versions.vips;
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown cpu',
    cores: processors.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    ...(libvips ? { libvips } : {}),
    platform: `${process.platform}-${process.arch}`,
  };
}

export function describeMachine(info: Machine = machine()): string {
  return [
    `${info.cores} × ${info.cpu}`,
    `${info.memoryGiB} GiB`,
    `node ${info.node}`,
    ...(info.libvips ? [`libvips ${info.libvips}`] : []),
    info.platform,
  ].join(' · ');
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Repeats `step` until `seconds` have passed; returns units done per second (each step returns its units). */
export async function rate(seconds: number, step: (iteration: number) => Promise<number> | number): Promise<number> {
  let units = 0;
  let iteration = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() < deadline) {
    units += await step(iteration);
    iteration += 1;
  }
  return units / (Number(process.hrtime.bigint() - started) / 1e9);
}

/** Milliseconds since `started` (from process.hrtime.bigint()). */
export function elapsedMs(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return Math.round(value).toLocaleString('en-US').replace(/,/g, ' ');
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

const show = (figure: Figure) => `${formatNumber(figure.value)} ${figure.unit}`;

function describeTarget(target: Target | undefined, unit?: string): string {
  if (!target) return '';
  const suffix = unit ? ` ${unit}` : '';
  return 'atLeast' in target ? `≥ ${target.atLeast}${suffix}` : `≤ ${target.atMost}${suffix}`;
}

function meets(value: number, target: Target | undefined): boolean | null {
  if (!target) return null;
  return 'atLeast' in target ? value >= target.atLeast : value <= target.atMost;
}

export class Benchmark {
  private readonly rows: Row[] = [];
  private readonly notes: string[] = [];
  private readonly series: Series[] = [];
  private readonly workloads: string[] = [];
  private readonly startedAt = new Date();
  private readonly info = machine();
  /** How busy the machine already was: a shared machine slows figures and floors alike, not equally. */
  private readonly loadAverage = loadavg()[0] ?? Number.NaN;

  constructor(
    readonly name: string,
    readonly title: string,
  ) {
    console.log(
      `${title} · ${this.startedAt.toISOString()} · ${describeMachine(this.info)} · load average ${this.loadAverage.toFixed(1)}`,
    );
    if (this.provisional) console.log(PROVISIONAL);
  }

  /** Figures from a machine busier than its cores: kept, but marked to be measured again. */
  private get provisional(): boolean {
    return this.loadAverage > this.info.cores;
  }

  workload(text: string): void {
    this.workloads.push(text);
    console.log(`workload: ${text}`);
  }

  /** A figure against its floor from the same run; prints and records both and their ratio. */
  compare(comparison: Comparison): number {
    const ratio = comparison.figure.value / comparison.floor.value;
    const target = comparison.target;
    const met =
      target === undefined
        ? null
        : 'atLeast' in target
          ? ratio >= target.atLeast
          : comparison.figure.value <= target.figureAtMost;
    const targetText =
      target === undefined
        ? ''
        : 'atLeast' in target
          ? `ratio ≥ ${target.atLeast}`
          : `≤ ${target.figureAtMost} ${comparison.figure.unit}`;
    console.log(`  ${comparison.what}`);
    console.log(`    figure ${show(comparison.figure).padStart(22)}`);
    console.log(`    floor  ${show(comparison.floor).padStart(22)}   (${comparison.floor.label})`);
    console.log(
      `    ratio  ${ratio.toFixed(2).padStart(22)}${target ? `   target ${targetText}: ${met ? 'met' : 'NOT met'}` : ''}`,
    );
    if (comparison.note) console.log(`    note: ${comparison.note}`);
    this.rows.push({
      what: comparison.what,
      figure: show(comparison.figure),
      floor: `${show(comparison.floor)} (${comparison.floor.label})`,
      ratio: ratio.toFixed(2),
      target: targetText,
      met,
    });
    if (comparison.note) this.notes.push(`${comparison.what}: ${comparison.note}`);
    return ratio;
  }

  /** A figure with an absolute bound (e.g. p99 ≤ 5 ms), or reported alone. */
  bound(bound: Bound): boolean | null {
    const met = meets(bound.figure.value, bound.target);
    console.log(
      `  ${bound.what}: ${show(bound.figure)}${bound.target ? `   target ${describeTarget(bound.target, bound.figure.unit)}: ${met ? 'met' : 'NOT met'}` : ''}`,
    );
    if (bound.note) console.log(`    note: ${bound.note}`);
    this.rows.push({
      what: bound.what,
      figure: show(bound.figure),
      floor: '',
      ratio: '',
      target: describeTarget(bound.target, bound.figure.unit),
      met,
    });
    if (bound.note) this.notes.push(`${bound.what}: ${bound.note}`);
    return met;
  }

  /** Records a latency distribution (milliseconds) for the chart and returns its percentiles. */
  latencies(label: string, samplesMs: readonly number[]): Percentiles {
    const sortedMs = [...samplesMs].sort((a, b) => a - b);
    this.series.push({ label, sortedMs });
    const result = percentiles(sortedMs);
    console.log(
      `  ${label}: ${result.count} samples · p50 ${formatNumber(result.p50)} ms · p95 ${formatNumber(result.p95)} ms · p99 ${formatNumber(result.p99)} ms · max ${formatNumber(result.max)} ms`,
    );
    return result;
  }

  note(text: string): void {
    this.notes.push(text);
    console.log(`  note: ${text}`);
  }

  /** True when every target of this run was met. */
  get allTargetsMet(): boolean {
    return this.rows.every((row) => row.met !== false);
  }

  /** Appends this run to docs/benchmarks.md (unless BENCH_RECORD=0) and writes its chart. */
  async finish(): Promise<void> {
    const failed = this.rows.filter((row) => row.met === false).map((row) => row.what);
    console.log(failed.length === 0 ? 'all targets met\n' : `targets NOT met: ${failed.join('; ')}\n`);
    if (process.env.BENCH_RECORD === '0') return;
    const docs = join(repositoryRoot(), 'docs');
    const chartFile = this.series.length > 0 ? `benchmarks/${this.name}.svg` : undefined;
    if (chartFile) {
      mkdirSync(join(docs, 'benchmarks'), { recursive: true });
      writeFileSync(join(docs, chartFile), latencyChartSvg(`${this.title}: latency distribution`, this.series));
    }
    const path = join(docs, 'benchmarks.md');
    if (!existsSync(path)) writeFileSync(path, BENCHMARKS_HEADER);
    appendFileSync(path, this.markdown(chartFile));
    console.log(`recorded in docs/benchmarks.md${chartFile ? ` and docs/${chartFile}` : ''}`);
  }

  private markdown(chartFile: string | undefined): string {
    const lines = [
      '',
      `## ${this.title} · ${this.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `Machine: ${describeMachine(this.info)}; load average ${this.loadAverage.toFixed(1)} at the start. Command: \`npm run bench:${this.name}\`.`,
      '',
      ...(this.provisional ? [PROVISIONAL, ''] : []),
      ...this.workloads.map((workload) => `Workload: ${workload}`),
      '',
      '| measure | figure | floor (same run) | ratio | target | met |',
      '|---|---|---|---|---|---|',
      ...this.rows.map(
        (row) =>
          `| ${row.what} | ${row.figure} | ${row.floor} | ${row.ratio} | ${row.target} | ${row.met === null ? '' : row.met ? 'yes' : '**no**'} |`,
      ),
    ];
    if (this.series.length > 0) {
      lines.push('', '| latency | samples | p50 ms | p95 ms | p99 ms | max ms |', '|---|---|---|---|---|---|');
      for (const entry of this.series) {
        const result = percentiles(entry.sortedMs);
        lines.push(
          `| ${entry.label} | ${result.count} | ${formatNumber(result.p50)} | ${formatNumber(result.p95)} | ${formatNumber(result.p99)} | ${formatNumber(result.max)} |`,
        );
      }
    }
    if (chartFile) lines.push('', `![${this.title}: latency distribution](${chartFile})`);
    if (this.notes.length > 0) lines.push('', ...this.notes.map((note) => `- ${note}`));
    return `${lines.join('\n')}\n`;
  }
}

const PROVISIONAL =
  '**Provisional**: the machine was busier than its cores (other work ran meanwhile); ratios may move, rerun on a quiet machine.';

const BENCHMARKS_HEADER = `# Benchmarks

Each run of \`npm run bench\` (or \`npm run bench:<name>\`) appends a section here: the machine, the
workload, every figure next to its floor measured in the same run, the ratio and whether the target
of issue 8 is met. Ratios, not absolute figures, are what carry from one machine to another; a busy
machine slows figure and floor alike. Charts of latency distributions are in \`docs/benchmarks/\`
(the latest run of each benchmark).
`;

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f'];

/**
 * Latency as a percentile plot: x is the percentile on a log scale of "nines" (50, 90, 99, 99.9),
 * y is the latency in milliseconds on a log scale, one line per series. Tails read at a glance.
 */
export function latencyChartSvg(title: string, series: readonly { label: string; sortedMs: number[] }[]): string {
  const width = 760;
  const height = 420;
  const margin = { left: 70, right: 20, top: 40, bottom: 60 + 18 * Math.ceil(series.length / 2) };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const nonEmpty = series.filter((entry) => entry.sortedMs.length > 0);
  const all = nonEmpty.flatMap((entry) => [entry.sortedMs[0]!, entry.sortedMs[entry.sortedMs.length - 1]!]);
  const low = Math.max(0.001, Math.min(...all.map((value) => Math.max(value, 0.001))));
  const high = Math.max(low * 10, ...all);
  const yMin = Math.floor(Math.log10(low));
  const yMax = Math.ceil(Math.log10(high));
  const maxNines = 3; // up to p99.9
  const xOf = (percentileValue: number) =>
    margin.left + (Math.min(maxNines, -Math.log10(1 - percentileValue / 100)) / maxNines) * plotWidth;
  const yOf = (ms: number) =>
    margin.top + plotHeight - ((Math.log10(Math.max(ms, 10 ** yMin)) - yMin) / (yMax - yMin)) * plotHeight;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="15">${escapeXml(title)}</text>`,
  ];
  for (let decade = yMin; decade <= yMax; decade += 1) {
    const y = yOf(10 ** decade);
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y}" y2="${y}" stroke="#ddd"/>`,
      `<text x="${margin.left - 6}" y="${y + 4}" text-anchor="end">${formatNumber(10 ** decade)} ms</text>`,
    );
  }
  for (const [label, value] of [
    ['p0', 0],
    ['p50', 50],
    ['p90', 90],
    ['p99', 99],
    ['p99.9', 99.9],
  ] as const) {
    const x = xOf(value);
    parts.push(
      `<line x1="${x}" x2="${x}" y1="${margin.top}" y2="${margin.top + plotHeight}" stroke="#ddd"/>`,
      `<text x="${x}" y="${margin.top + plotHeight + 16}" text-anchor="middle">${label}</text>`,
    );
  }
  parts.push(
    `<text x="${margin.left + plotWidth / 2}" y="${margin.top + plotHeight + 34}" text-anchor="middle">percentile (log scale of nines)</text>`,
    `<rect x="${margin.left}" y="${margin.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#888"/>`,
  );
  nonEmpty.forEach((entry, index) => {
    const colour = PALETTE[index % PALETTE.length]!;
    const points: string[] = [];
    const count = entry.sortedMs.length;
    const steps = Math.min(count, 400);
    for (let step = 0; step < steps; step += 1) {
      // Points spaced evenly on the nines axis, so the tail gets as many as the body.
      const nines = (step / Math.max(1, steps - 1)) * maxNines;
      const p = 100 * (1 - 10 ** -nines);
      const value = percentile(entry.sortedMs, Math.min(100, p));
      points.push(`${xOf(Math.min(p, 99.9)).toFixed(1)},${yOf(value).toFixed(1)}`);
    }
    parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.join(' ')}"/>`);
    const legendX = margin.left + (index % 2) * (plotWidth / 2);
    const legendY = margin.top + plotHeight + 52 + Math.floor(index / 2) * 18;
    const stats = percentiles(entry.sortedMs);
    parts.push(
      `<rect x="${legendX}" y="${legendY - 9}" width="12" height="4" fill="${colour}"/>`,
      `<text x="${legendX + 18}" y="${legendY - 4}">${escapeXml(`${entry.label} (p99 ${formatNumber(stats.p99)} ms)`)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
