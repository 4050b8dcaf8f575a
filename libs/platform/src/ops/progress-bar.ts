/** Where a progress bar draws: a terminal redraws one line, anything else gets a line now and then. */
export interface ProgressOutput {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressBarOptions {
  label: string;
  /** What is counted, e.g. "events". */
  unit: string;
  output: ProgressOutput;
  /** Milliseconds since some fixed moment; injected so the rate and time left can be tested. */
  now?: () => number;
  /** A non-terminal output gets a line at most this often. */
  lineEveryMs?: number;
  width?: number;
}

/**
 * A progress bar with the rate and the time left, for long replays and audits:
 * `rebuild desk-queue [########------------]  40% 400 000/1 000 000 events · 52 100 events/s · 12 s left`
 */
export class ProgressBar {
  private readonly startedAt: number;
  private lastLineAt = -Infinity;
  private done = 0;
  private total = 0;

  constructor(private readonly options: ProgressBarOptions) {
    this.startedAt = this.now();
  }

  update(done: number, total: number): void {
    this.done = done;
    this.total = total;
    const now = this.now();
    if (this.options.output.isTTY) {
      this.options.output.write(`\r${this.render(now)}\u001b[K`);
    } else if (now - this.lastLineAt >= (this.options.lineEveryMs ?? 2000)) {
      this.lastLineAt = now;
      this.options.output.write(`${this.render(now)}\n`);
    }
  }

  finish(): void {
    const line = this.render(this.now());
    this.options.output.write(this.options.output.isTTY ? `\r${line}\u001b[K\n` : `${line}\n`);
  }

  render(now: number): string {
    const { label, unit } = this.options;
    const width = this.options.width ?? 20;
    const fraction = this.total > 0 ? Math.min(1, this.done / this.total) : 1;
    const filled = Math.round(fraction * width);
    const seconds = Math.max((now - this.startedAt) / 1000, 1e-3);
    const rate = this.done / seconds;
    const left = rate > 0 ? Math.max(0, this.total - this.done) / rate : Infinity;
    return [
      `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%`,
      `${group(this.done)}/${group(this.total)} ${unit}`,
      `· ${group(Math.round(rate))} ${unit}/s`,
      `· ${Number.isFinite(left) ? `${Math.ceil(left)} s left` : 'time left unknown'}`,
    ].join(' ');
  }

  private now(): number {
    return this.options.now ? this.options.now() : performance.now();
  }
}

/** 1234567 → "1 234 567": thin groups read well in any locale. */
function group(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
