import type { Clock } from '../../ports/clock.port';
import type { EventStore } from '../../ports/event-store.port';
import type { ProjectionFailure, ReadStore } from '../../ports/read-store.port';
import { applyEvents } from './apply-events';
import type { Projection } from './projection';
import { RebuildInProgressError } from './projection-errors';

export interface RebuildProgress {
  projection: string;
  generation: number;
  /** Events applied so far. */
  events: number;
  position: number;
  /** The store's head when the rebuild started: the bar's end. */
  head: number;
  eventsPerSecond: number;
  /** Estimated from the positions still to go at the current pace; null until there is a pace. */
  secondsLeft: number | null;
}

export interface RebuildResult {
  projection: string;
  generation: number;
  position: number;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  failures: number;
  /** False when the live copy changed meanwhile (another rebuild won): the copy was dropped. */
  swapped: boolean;
}

export interface RebuildOptions {
  eventStore: EventStore;
  readStore: ReadStore;
  projection: Projection;
  clock: Clock;
  batchSize?: number;
  onProgress?: (progress: RebuildProgress) => void;
  /**
   * Runs the last catch-up and the swap while this process's live runner holds still, so the
   * runner continues on the new copy from exactly where the copy ends. Without it (another
   * process runs the projections), the live runner learns of the swap from its next checkpoint.
   */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
}

const PROGRESS_EVERY_MS = 1000;

/**
 * Replays the whole store into a fresh copy of one read model, while the live copy keeps serving
 * reads and keeps being fed, then swaps the copy in only once it has caught up.
 */
export async function rebuildProjection(options: RebuildOptions): Promise<RebuildResult> {
  const { eventStore, readStore, projection, clock } = options;
  const batchSize = options.batchSize ?? 1000;
  const live = await readStore.open(projection.schema);
  const generation = await readStore.createCopy(projection.schema, clock.now().toISOString());
  const started = performance.now();
  let position = -1;
  let events = 0;
  const failures: ProjectionFailure[] = [];
  let failureCount = 0;
  let reported = started;
  try {
    const head = await eventStore.headPosition();
    const progress = (): RebuildProgress => {
      const seconds = (performance.now() - started) / 1000;
      const pace = position >= 0 && seconds > 0 ? (position + 1) / seconds : 0;
      return {
        projection: projection.name,
        generation,
        events,
        position,
        head,
        eventsPerSecond: seconds > 0 ? events / seconds : 0,
        secondsLeft: pace > 0 ? Math.max(0, head - position) / pace : null,
      };
    };
    const catchUp = async (): Promise<void> => {
      for (;;) {
        const batch = await eventStore.readAll({ ...(position >= 0 ? { after: position } : {}), maxCount: batchSize });
        if (batch.length === 0) return;
        const outcome = await applyEvents(readStore, projection, generation, position, batch);
        events += batch.length;
        if (outcome) {
          position = outcome.position;
          failureCount += outcome.failures.length;
          failures.push(...outcome.failures);
          failures.splice(0, Math.max(0, failures.length - 20));
        }
        options.onProgress?.(progress());
        if (performance.now() - reported >= PROGRESS_EVERY_MS) {
          reported = performance.now();
          await readStore.reportCopyProgress(projection.name, generation, position, head);
        }
        // Let the process serve requests between batches: live reads keep working during a rebuild.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    await catchUp();
    const finish = async (): Promise<boolean> => {
      await catchUp();
      return readStore.swap(projection.schema, live.generation, generation, position, {
        count: failureCount,
        latest: failures,
      });
    };
    const swapped = options.exclusive ? await options.exclusive(finish) : await finish();
    if (!swapped) await readStore.dropCopy(projection.name, generation);
    const seconds = (performance.now() - started) / 1000;
    options.onProgress?.(progress());
    return {
      projection: projection.name,
      generation,
      position,
      events,
      seconds,
      eventsPerSecond: seconds > 0 ? events / seconds : 0,
      failures: failureCount,
      swapped,
    };
  } catch (error) {
    await readStore.dropCopy(projection.name, generation).catch(() => undefined);
    throw error;
  }
}

/**
 * The rebuilds of one process: at most one per model at a time, their progress while they run
 * and how the last one ended, for /admin/projections and `npm run projections`.
 */
export class ProjectionRebuilds {
  private readonly running = new Map<string, RebuildProgress | null>();
  private readonly last = new Map<string, RebuildResult | { error: string }>();

  constructor(
    private readonly dependencies: Pick<RebuildOptions, 'eventStore' | 'readStore' | 'clock'> & {
      log: (message: string) => void;
    },
  ) {}

  isRebuilding(name: string): boolean {
    return this.running.has(name);
  }

  /** The running rebuild's latest progress; null before its first batch, undefined when none runs. */
  progress(name: string): RebuildProgress | null | undefined {
    return this.running.get(name);
  }

  lastResult(name: string): RebuildResult | { error: string } | null {
    return this.last.get(name) ?? null;
  }

  async run(
    projection: Projection,
    options: Pick<RebuildOptions, 'onProgress' | 'exclusive'> = {},
  ): Promise<RebuildResult> {
    const { name } = projection;
    if (this.running.has(name)) throw new RebuildInProgressError(name);
    this.running.set(name, null);
    try {
      const result = await rebuildProjection({
        ...this.dependencies,
        projection,
        ...(options.exclusive ? { exclusive: options.exclusive } : {}),
        onProgress: (progress) => {
          this.running.set(name, progress);
          options.onProgress?.(progress);
        },
      });
      this.last.set(name, result);
      this.dependencies.log(
        `rebuilt ${name}: ${result.events} events in ${result.seconds.toFixed(1)} s` +
          (result.swapped ? '' : ' (not swapped in: another rebuild replaced the copy)'),
      );
      return result;
    } catch (error) {
      this.last.set(name, { error: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      this.running.delete(name);
    }
  }
}
