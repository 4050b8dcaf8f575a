import type { EventStore, RecordedEvent, Subscription } from '../ports/event-store.port';

/**
 * A reaction to the event store in global order (a process manager, the relay): `apply` must
 * ignore positions it has seen, and keeps its own checkpoint.
 */
export interface EventHandler {
  readonly name: string;
  apply(event: RecordedEvent): void | Promise<void>;
  /** The position of the last event applied; -1 before any. */
  checkpoint(): number;
  /** Called when the runner stops: cancel timers, flush. */
  stop?(): void | Promise<void>;
}

export interface HandlerFailure {
  handler: string;
  position: number;
  eventType: string;
  message: string;
}

/**
 * Feeds event handlers from `$all`, catch-up then live, one event at a time. An event a handler
 * cannot handle is recorded as a failure and skipped, so one bad event never stops the others.
 * Read models use the batching `ProjectionRunner` instead.
 */
export class ProcessRunner {
  private subscription: Subscription | null = null;
  private position = -1;
  private waiters: { position: number; resolve: () => void }[] = [];
  readonly failures: HandlerFailure[] = [];

  constructor(
    private readonly eventStore: EventStore,
    private readonly handlers: readonly EventHandler[],
  ) {}

  start(): void {
    if (this.subscription) return;
    const after = Math.min(...this.handlers.map((handler) => handler.checkpoint()));
    this.position = after;
    this.subscription = this.eventStore.subscribeToAll({
      ...(after >= 0 ? { after } : {}),
      onEvent: (event) => this.applyToAll(event),
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = null;
    for (const handler of this.handlers) await handler.stop?.();
    for (const waiter of this.waiters.splice(0)) waiter.resolve();
  }

  /** The position every handler has reached. */
  currentPosition(): number {
    return this.position;
  }

  /** Resolves true once every handler has handled `position`, or false after the timeout. */
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
    for (const handler of this.handlers) {
      if (event.position <= handler.checkpoint()) continue;
      try {
        await handler.apply(event);
      } catch (error) {
        this.failures.push({
          handler: handler.name,
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
