import type { Clock } from '../../ports/clock.port';
import type { EventStore } from '../../ports/event-store.port';
import type { ReadProgress } from '../../ports/read-progress.port';
import type { ProjectionCheckpoint, ReadStore } from '../../ports/read-store.port';
import { PositionWaiters } from './position-waiters';
import type { Projection } from './projection';
import { UnknownProjectionError } from './projection-errors';
import { ProjectionFeed, type ProjectionFeedOptions } from './projection-feed';
import { ProjectionRebuilds, type RebuildProgress, type RebuildResult } from './rebuild';
import { StoredProgress } from './stored-progress';

export { RebuildInProgressError, UnknownProjectionError } from './projection-errors';

/** One projection as /admin/projections shows it. */
export interface ProjectionState {
  name: string;
  generation: number;
  version: number;
  position: number;
  /** Positions between the store's head and this projection's checkpoint. */
  lag: number;
  failureCount: number;
  failures: ProjectionCheckpoint['failures'];
  rebuilding: (ProjectionCheckpoint['rebuilding'] & { eventsPerSecond?: number; secondsLeft?: number | null }) | null;
  lastRebuild: RebuildResult | { error: string } | null;
}

export interface ProjectionRunnerOptions extends Omit<ProjectionFeedOptions, 'onAdvance'> {
  clock: Clock;
}

/**
 * The read side of one process, composed of three parts: the feed (from the checkpoints on `$all`,
 * ProjectionFeed), the waiters (read-your-writes, PositionWaiters; or the stored checkpoints,
 * StoredProgress, when another process feeds) and the rebuilds (a fresh copy swapped in,
 * ProjectionRebuilds). A rebuild's swap runs between two of the feed's batches, and the feed then
 * goes on with the new copy.
 */
export class ProjectionRunner implements ReadProgress {
  private readonly byName: Map<string, Projection>;
  private readonly feed: ProjectionFeed;
  private readonly waiters: PositionWaiters;
  private readonly rebuilds: ProjectionRebuilds;
  /** Set when another process feeds the read models: positions come from the stored checkpoints. */
  private following: StoredProgress | null = null;
  private readonly log: (message: string) => void;

  constructor(
    private readonly eventStore: EventStore,
    private readonly readStore: ReadStore,
    readonly projections: readonly Projection[],
    options: ProjectionRunnerOptions,
  ) {
    this.byName = new Map(projections.map((projection) => [projection.name, projection]));
    this.log = options.log ?? (() => undefined);
    this.waiters = new PositionWaiters((selected) => this.feed.position(selected));
    this.feed = new ProjectionFeed(eventStore, readStore, projections, {
      ...options,
      onAdvance: () => this.waiters.notify(),
    });
    this.rebuilds = new ProjectionRebuilds({ eventStore, readStore, clock: options.clock, log: this.log });
  }

  /** Opens every read model at its stored checkpoint and starts feeding them; rebuilds a model stored by another version. */
  async start(): Promise<void> {
    if (this.feed.isRunning) return;
    const opened = await this.feed.start();
    const outdated = opened.filter((checkpoint) => {
      const projection = this.byName.get(checkpoint.projection);
      return projection && checkpoint.version !== projection.schema.version && checkpoint.position >= 0;
    });
    for (const { projection: name } of outdated) {
      this.log(`${name} was built by another version of its projection: rebuilding it`);
      void this.rebuild(name).catch((error: unknown) => this.log(`rebuild of ${name} failed: ${String(error)}`));
    }
  }

  /**
   * Reads without feeding: another process (apps/projector) feeds the read models, and waiting
   * for a position polls their stored checkpoints. Rebuilds still run here when asked.
   */
  async follow(): Promise<void> {
    for (const projection of this.projections) await this.readStore.open(projection.schema);
    this.following = new StoredProgress(this.readStore, [...this.byName.keys()]);
    await this.following.refresh();
  }

  async stop(): Promise<void> {
    await this.feed.stop();
    this.waiters.releaseAll();
  }

  currentPosition(projections?: readonly string[]): number {
    if (this.following) return this.following.currentPosition(projections);
    return this.waiters.currentPosition(projections);
  }

  waitFor(position: number, timeoutMs: number, projections?: readonly string[]): Promise<boolean> {
    this.feed.check(projections);
    if (this.following) return this.following.waitFor(position, timeoutMs, projections);
    return this.waiters.waitFor(position, timeoutMs, projections);
  }

  async states(): Promise<ProjectionState[]> {
    const head = await this.eventStore.headPosition();
    const checkpoints = new Map(
      (await this.readStore.checkpoints()).map((checkpoint) => [checkpoint.projection, checkpoint]),
    );
    return this.projections.map((projection) => {
      const live = this.feed.live(projection.name);
      const stored = checkpoints.get(projection.name);
      const position = live && !this.following ? live.position : (stored?.position ?? -1);
      return {
        name: projection.name,
        generation: live?.generation ?? stored?.generation ?? 0,
        version: stored?.version ?? projection.schema.version,
        position,
        lag: Math.max(0, head - position),
        failureCount: stored?.failureCount ?? 0,
        failures: stored?.failures ?? [],
        rebuilding: rebuilding(this.rebuilds.progress(projection.name), stored),
        lastRebuild: this.rebuilds.lastResult(projection.name),
      };
    });
  }

  isRebuilding(name: string): boolean {
    return this.rebuilds.isRebuilding(name);
  }

  /**
   * Replays the store into a fresh copy of the model and swaps it in once caught up; meanwhile the
   * live copy keeps serving reads and being fed.
   */
  async rebuild(name: string, onProgress?: (progress: RebuildProgress) => void): Promise<RebuildResult> {
    const projection = this.byName.get(name);
    if (!projection) throw new UnknownProjectionError(name);
    return this.rebuilds.run(projection, {
      ...(onProgress ? { onProgress } : {}),
      exclusive: (work) =>
        this.feed.exclusive(async () => {
          const swapped = await work();
          if (swapped) await this.feed.adopt(name);
          return swapped;
        }),
    });
  }
}

/** A rebuild running here shows its live progress; one running elsewhere, what it last stored. */
function rebuilding(
  progress: RebuildProgress | null | undefined,
  stored: ProjectionCheckpoint | undefined,
): ProjectionState['rebuilding'] {
  if (!progress) return stored?.rebuilding ?? null;
  return {
    generation: progress.generation,
    position: progress.position,
    head: progress.head,
    startedAt: stored?.rebuilding?.startedAt ?? '',
    eventsPerSecond: Math.round(progress.eventsPerSecond),
    secondsLeft: progress.secondsLeft === null ? null : Math.ceil(progress.secondsLeft),
  };
}
