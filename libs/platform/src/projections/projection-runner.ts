import type { EventStore, RecordedEvent, Subscription } from '../event-store/event-store.port';

/** A read model fed by the event store in global order; `apply` must ignore positions it has seen. */
export interface ProjectionHandler {
  readonly name: string;
  apply(event: RecordedEvent): void | Promise<void>;
  /** The position of the last event applied; -1 before any. */
  checkpoint(): number;
  /** Called when the runner stops: cancel timers, flush. */
  stop?(): void | Promise<void>;
}

export interface ProjectionFailure {
  projection: string;
  position: number;
  eventType: string;
  message: string;
}

/**
 * Feeds projections from `$all`, catch-up then live. An event a projection cannot apply is
 * recorded as a failure and skipped, so one bad event never stops the read side.
 */
export class ProjectionRunner {
  private subscription: Subscription | null = null;
  private position = -1;
  private waiters: { position: number; resolve: () => void }[] = [];
  readonly failures: ProjectionFailure[] = [];

  constructor(
    private readonly eventStore: EventStore,
    private readonly projections: readonly ProjectionHandler[],
  ) {}

  start(): void {
    if (this.subscription) return;
    const after = Math.min(...this.projections.map((projection) => projection.checkpoint()));
    this.position = after;
    this.subscription = this.eventStore.subscribeToAll({
      ...(after >= 0 ? { after } : {}),
      onEvent: (event) => this.applyToAll(event),
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = null;
    for (const projection of this.projections) await projection.stop?.();
    for (const waiter of this.waiters.splice(0)) waiter.resolve();
  }

  /** The position every projection has reached. */
  currentPosition(): number {
    return this.position;
  }

  /** Resolves true once every projection has applied `position`, or false after the timeout. */
  waitFor(position: number, timeoutMs: number): Promise<boolean> {
    if (this.position >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== entry);
        resolve(false);
      }, timeoutMs);
      const entry = {
        position,
        resolve: () => {
          clearTimeout(timer);
          resolve(this.position >= position);
        },
      };
      this.waiters.push(entry);
    });
  }

  private async applyToAll(event: RecordedEvent): Promise<void> {
    for (const projection of this.projections) {
      if (event.position <= projection.checkpoint()) continue;
      try {
        await projection.apply(event);
      } catch (error) {
        this.failures.push({
          projection: projection.name,
          position: event.position,
          eventType: event.type,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
    this.position = event.position;
    const reached = this.waiters.filter((waiter) => waiter.position <= this.position);
    this.waiters = this.waiters.filter((waiter) => waiter.position > this.position);
    for (const waiter of reached) waiter.resolve();
  }
}
