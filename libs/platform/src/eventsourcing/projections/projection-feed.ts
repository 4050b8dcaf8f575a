import type { EventStore, RecordedEvent, Subscription } from '../../ports/event-store.port';
import type { ProjectionCheckpoint, ReadStore } from '../../ports/read-store.port';
import { applyEvents } from './apply-events';
import type { Projection } from './projection';
import { UnknownProjectionError } from './projection-errors';

export interface ProjectionFeedOptions {
  /** Events per batch: one document write per changed document and one checkpoint per projection per batch. */
  batchSize?: number;
  /** Pause before resubscribing after the read store or the event store failed. */
  retryMs?: number;
  log?: (message: string) => void;
  /** Called whenever a projection's position moved (a batch applied, a rebuilt copy adopted). */
  onAdvance?: () => void;
}

/** Where one projection's live copy stands. */
interface LiveTarget {
  projection: Projection;
  generation: number;
  position: number;
  /** Another process swapped in a rebuilt copy: skip this projection until resubscribed. */
  stale: boolean;
}

/**
 * Feeds the read models from `$all`: one subscription from the oldest checkpoint; each projection
 * skips what its own checkpoint has passed. Events are applied in batches (documents written, then
 * each checkpoint), so a crash between the two replays events that every document then ignores.
 * An event a projection cannot apply is recorded with the checkpoint and skipped, never thrown; a
 * failing store stops the feed and it resumes from the stored checkpoints after a pause.
 */
export class ProjectionFeed {
  private readonly targets = new Map<string, LiveTarget>();
  private readonly byName: Map<string, Projection>;
  private subscription: Subscription | null = null;
  private feeding: Promise<void> | null = null;
  private buffer: RecordedEvent[] = [];
  private flushScheduled = false;
  /** Batches, resubscriptions and swaps run one after the other on this chain. */
  private chain: Promise<unknown> = Promise.resolve();
  private running = false;
  private broken = false;
  private restartTimer: NodeJS.Timeout | null = null;
  private readonly batchSize: number;
  private readonly retryMs: number;
  private readonly log: (message: string) => void;
  private readonly onAdvance: () => void;

  constructor(
    private readonly eventStore: EventStore,
    private readonly readStore: ReadStore,
    readonly projections: readonly Projection[],
    options: ProjectionFeedOptions = {},
  ) {
    this.byName = new Map(projections.map((projection) => [projection.name, projection]));
    this.batchSize = options.batchSize ?? 500;
    this.retryMs = options.retryMs ?? 1000;
    this.log = options.log ?? (() => undefined);
    this.onAdvance = options.onAdvance ?? (() => undefined);
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Opens every read model at its stored checkpoint and starts feeding; returns the checkpoints it opened at. */
  async start(): Promise<ProjectionCheckpoint[]> {
    this.running = true;
    const opened: ProjectionCheckpoint[] = [];
    for (const projection of this.projections) {
      const checkpoint = await this.readStore.open(projection.schema);
      this.targets.set(projection.name, {
        projection,
        generation: checkpoint.generation,
        position: checkpoint.position,
        stale: false,
      });
      opened.push(checkpoint);
    }
    this.subscribe();
    return opened;
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    await this.feeding;
    await this.subscription?.stop();
    this.subscription = null;
    await this.chain.catch(() => undefined);
  }

  /** The position every named projection (every one, when none is named) has applied; -1 before any. */
  position(projections?: readonly string[]): number {
    const positions = this.selected(projections).map((target) => target.position);
    return positions.length === 0 ? -1 : Math.min(...positions);
  }

  /** This process's live copy of a projection, once the feed opened it. */
  live(name: string): { generation: number; position: number } | undefined {
    return this.targets.get(name);
  }

  /** Throws for a name no projection has. */
  check(projections: readonly string[] | undefined): void {
    this.selected(projections);
  }

  /** Runs `work` between two batches: nothing is applied meanwhile. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** After this process swapped a rebuilt copy in (inside `exclusive`): go on feeding the new copy. */
  async adopt(name: string): Promise<void> {
    const target = this.targets.get(name);
    if (!target) return;
    const checkpoint = await this.readStore.checkpoint(name);
    if (checkpoint) Object.assign(target, { generation: checkpoint.generation, position: checkpoint.position });
    target.stale = false;
    this.onAdvance();
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

  private async applyBuffered(): Promise<void> {
    const events = this.buffer;
    this.buffer = [];
    if (events.length === 0 || this.broken) return;
    // The models are independent: a remote store's round trips for each overlap.
    await Promise.all([...this.targets.values()].map((target) => this.applyTo(target, events)));
    this.onAdvance();
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
