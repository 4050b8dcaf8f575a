import type { Clock } from '../../ports/clock.port';
import type { EventStore, RecordedEvent, Subscription } from '../../ports/event-store.port';
import type { ProjectionCheckpoint, ReadStore } from '../../ports/read-store.port';
import { applyEvents } from './apply-events';
import type { Projection } from './projection';
import { rebuildProjection, type RebuildProgress, type RebuildResult } from './rebuild';
import type { ReadProgress } from '../../ports/read-progress.port';
import { StoredProgress } from './stored-progress';

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

export class UnknownProjectionError extends Error {
  constructor(readonly projection: string) {
    super(`No projection named ${projection}`);
    this.name = 'UnknownProjectionError';
  }
}

export class RebuildInProgressError extends Error {
  constructor(readonly projection: string) {
    super(`${projection} is already being rebuilt`);
    this.name = 'RebuildInProgressError';
  }
}

export interface ProjectionRunnerOptions {
  clock: Clock;
  /** Events per batch: one document write per changed document and one checkpoint per projection per batch. */
  batchSize?: number;
  /** Pause before resubscribing after the read store or the event store failed. */
  retryMs?: number;
  log?: (message: string) => void;
}

interface LiveTarget {
  projection: Projection;
  generation: number;
  position: number;
  /** Another process swapped in a rebuilt copy: skip this projection until resubscribed. */
  stale: boolean;
}

interface Waiter {
  position: number;
  projections: readonly string[] | undefined;
  resolve: () => void;
}

/**
 * Feeds the read models from `$all`: one subscription from the oldest checkpoint; each projection
 * skips what its own checkpoint has passed. Events are applied in batches (documents written, then
 * each checkpoint), so a crash between the two replays events that every document then ignores.
 * An event a projection cannot apply is recorded with the checkpoint and skipped; a failing store
 * stops the feed and it resumes from the stored checkpoints after a pause.
 */
export class ProjectionRunner implements ReadProgress {
  private readonly targets = new Map<string, LiveTarget>();
  private readonly byName: Map<string, Projection>;
  private subscription: Subscription | null = null;
  private feeding: Promise<void> | null = null;
  private buffer: RecordedEvent[] = [];
  private flushScheduled = false;
  /** Batches, resubscriptions and swaps run one after the other on this chain. */
  private chain: Promise<unknown> = Promise.resolve();
  private waiters: Waiter[] = [];
  private running = false;
  private broken = false;
  private restartTimer: NodeJS.Timeout | null = null;
  private readonly rebuilds = new Map<string, RebuildProgress | null>();
  private readonly lastRebuilds = new Map<string, RebuildResult | { error: string }>();
  /** Set when another process feeds the read models: positions come from the stored checkpoints. */
  private following: StoredProgress | null = null;
  private readonly batchSize: number;
  private readonly retryMs: number;
  private readonly log: (message: string) => void;

  constructor(
    private readonly eventStore: EventStore,
    private readonly readStore: ReadStore,
    readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions,
  ) {
    this.byName = new Map(projections.map((projection) => [projection.name, projection]));
    this.batchSize = options.batchSize ?? 500;
    this.retryMs = options.retryMs ?? 1000;
    this.log = options.log ?? (() => undefined);
  }

  /** Opens every read model at its stored checkpoint and starts feeding them; rebuilds a model stored by another version. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const outdated: string[] = [];
    for (const projection of this.projections) {
      const checkpoint = await this.readStore.open(projection.schema);
      this.targets.set(projection.name, {
        projection,
        generation: checkpoint.generation,
        position: checkpoint.position,
        stale: false,
      });
      if (checkpoint.version !== projection.schema.version && checkpoint.position >= 0) outdated.push(projection.name);
    }
    this.subscribe();
    for (const name of outdated) {
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
    this.running = false;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    await this.feeding;
    await this.subscription?.stop();
    this.subscription = null;
    await this.chain.catch(() => undefined);
    for (const waiter of this.waiters.splice(0)) waiter.resolve();
  }

  currentPosition(projections?: readonly string[]): number {
    if (this.following) return this.following.currentPosition(projections);
    const positions = this.selected(projections).map((target) => target.position);
    return positions.length === 0 ? -1 : Math.min(...positions);
  }

  waitFor(position: number, timeoutMs: number, projections?: readonly string[]): Promise<boolean> {
    this.selected(projections);
    if (this.following) return this.following.waitFor(position, timeoutMs, projections);
    if (this.currentPosition(projections) >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const entry: Waiter = {
        position,
        projections,
        resolve: () => {
          clearTimeout(timer);
          resolve(this.currentPosition(projections) >= position);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== entry);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(entry);
    });
  }

  async states(): Promise<ProjectionState[]> {
    const head = await this.eventStore.headPosition();
    const checkpoints = new Map(
      (await this.readStore.checkpoints()).map((checkpoint) => [checkpoint.projection, checkpoint]),
    );
    return this.projections.map((projection) => {
      const target = this.targets.get(projection.name);
      const stored = checkpoints.get(projection.name);
      const position = target && !this.following ? target.position : (stored?.position ?? -1);
      const progress = this.rebuilds.get(projection.name);
      return {
        name: projection.name,
        generation: target?.generation ?? stored?.generation ?? 0,
        version: stored?.version ?? projection.schema.version,
        position,
        lag: Math.max(0, head - position),
        failureCount: stored?.failureCount ?? 0,
        failures: stored?.failures ?? [],
        rebuilding: progress
          ? {
              generation: progress.generation,
              position: progress.position,
              head: progress.head,
              startedAt: stored?.rebuilding?.startedAt ?? '',
              eventsPerSecond: Math.round(progress.eventsPerSecond),
              secondsLeft: progress.secondsLeft === null ? null : Math.ceil(progress.secondsLeft),
            }
          : (stored?.rebuilding ?? null),
        lastRebuild: this.lastRebuilds.get(projection.name) ?? null,
      };
    });
  }

  isRebuilding(name: string): boolean {
    return this.rebuilds.has(name);
  }

  /**
   * Replays the store into a fresh copy of the model and swaps it in once caught up; meanwhile the
   * live copy keeps serving reads and being fed.
   */
  async rebuild(name: string, onProgress?: (progress: RebuildProgress) => void): Promise<RebuildResult> {
    const projection = this.byName.get(name);
    if (!projection) throw new UnknownProjectionError(name);
    if (this.rebuilds.has(name)) throw new RebuildInProgressError(name);
    this.rebuilds.set(name, null);
    try {
      const result = await rebuildProjection({
        eventStore: this.eventStore,
        readStore: this.readStore,
        projection,
        clock: this.options.clock,
        onProgress: (progress) => {
          this.rebuilds.set(name, progress);
          onProgress?.(progress);
        },
        exclusive: (work) =>
          this.exclusive(async () => {
            const swapped = await work();
            const target = this.targets.get(name);
            if (swapped && target) {
              const checkpoint = await this.readStore.checkpoint(name);
              if (checkpoint)
                Object.assign(target, { generation: checkpoint.generation, position: checkpoint.position });
              target.stale = false;
              this.notify();
            }
            return swapped;
          }),
      });
      this.lastRebuilds.set(name, result);
      this.log(
        `rebuilt ${name}: ${result.events} events in ${result.seconds.toFixed(1)} s` +
          (result.swapped ? '' : ' (not swapped in: another rebuild replaced the copy)'),
      );
      return result;
    } catch (error) {
      this.lastRebuilds.set(name, { error: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      this.rebuilds.delete(name);
    }
  }

  private selected(projections: readonly string[] | undefined): LiveTarget[] {
    if (!projections) return [...this.targets.values()];
    return projections.map((name) => {
      const target = this.targets.get(name);
      if (!target) {
        if (!this.byName.has(name)) throw new UnknownProjectionError(name);
        return { projection: this.byName.get(name)!, generation: 0, position: -1, stale: true };
      }
      return target;
    });
  }

  private subscribe(): void {
    this.feeding = this.catchUpThenFollow().catch((error: unknown) => this.failed(error));
  }

  /**
   * Catch-up reads whole batches straight from the store (a replay of a million events spends its
   * time in the projections, not in handing events over one by one); then a live subscription
   * takes over from where the catch-up ended.
   */
  private async catchUpThenFollow(): Promise<void> {
    const targets = [...this.targets.values()];
    let after = targets.length === 0 ? -1 : Math.min(...targets.map((target) => target.position));
    for (;;) {
      if (!this.running || this.broken) return;
      const batch = await this.eventStore.readAll({ ...(after >= 0 ? { after } : {}), maxCount: this.batchSize });
      if (batch.length === 0 || !this.running || this.broken) break;
      this.buffer.push(...batch);
      await this.flush();
      after = batch[batch.length - 1]!.position;
      if (batch.length < this.batchSize) break;
    }
    if (!this.running || this.broken) return;
    this.subscription = this.eventStore.subscribeToAll({
      ...(after >= 0 ? { after } : {}),
      onEvent: (event) => this.receive(event),
      onError: (error) => this.failed(error),
    });
  }

  private receive(event: RecordedEvent): Promise<void> | void {
    if (this.broken) return;
    this.buffer.push(event);
    if (this.buffer.length >= this.batchSize) return this.flush();
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // A partial batch is applied once the subscription has delivered what it has.
      setImmediate(() => {
        this.flushScheduled = false;
        this.flush().catch((error: unknown) => this.failed(error));
      });
    }
  }

  private flush(): Promise<void> {
    return this.exclusive(() => this.applyBuffered());
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async applyBuffered(): Promise<void> {
    const events = this.buffer;
    this.buffer = [];
    if (events.length === 0 || this.broken) return;
    // The models are independent: a remote store's round trips for each overlap.
    await Promise.all([...this.targets.values()].map((target) => this.applyTo(target, events)));
    this.notify();
  }

  private async applyTo(target: LiveTarget, events: readonly RecordedEvent[]): Promise<void> {
    if (target.stale) return;
    const outcome = await applyEvents(this.readStore, target.projection, target.generation, target.position, events);
    if (!outcome) return;
    const saved = await this.readStore.saveCheckpoint(
      target.projection.name,
      target.generation,
      outcome.position,
      outcome.failures,
    );
    if (!saved) {
      this.log(`${target.projection.name} was swapped by another process: following its new copy`);
      target.stale = true;
      this.scheduleRestart(0);
      return;
    }
    target.position = outcome.position;
    for (const failure of outcome.failures) {
      this.log(`${target.projection.name} skipped ${failure.eventType} at ${failure.position}: ${failure.message}`);
    }
  }

  private notify(): void {
    const reached = this.waiters.filter((waiter) => this.currentPosition(waiter.projections) >= waiter.position);
    if (reached.length === 0) return;
    this.waiters = this.waiters.filter((waiter) => !reached.includes(waiter));
    for (const waiter of reached) waiter.resolve();
  }

  private failed(error: unknown): void {
    if (this.broken || !this.running) return;
    this.broken = true;
    this.log(`read models paused: ${error instanceof Error ? error.message : String(error)}`);
    this.scheduleRestart(this.retryMs);
  }

  private scheduleRestart(delayMs: number): void {
    if (this.restartTimer || !this.running) return;
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      this.restart().catch((error: unknown) => {
        this.log(`read models could not resume: ${String(error)}`);
        this.broken = true;
        this.scheduleRestart(this.retryMs);
      });
    }, delayMs);
    this.restartTimer.unref?.();
  }

  /** Resubscribes from the stored checkpoints (after a failure, or after another process swapped a copy). */
  private async restart(): Promise<void> {
    this.broken = true;
    await this.feeding;
    await this.subscription?.stop();
    this.subscription = null;
    await this.exclusive(async () => {
      this.buffer = [];
      for (const target of this.targets.values()) {
        const checkpoint = await this.readStore.checkpoint(target.projection.name);
        if (checkpoint) Object.assign(target, { generation: checkpoint.generation, position: checkpoint.position });
        target.stale = false;
      }
    });
    this.broken = false;
    if (this.running) this.subscribe();
  }
}
