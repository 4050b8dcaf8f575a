import type { EventStore, RecordedEvent, SubscribeToAllOptions, Subscription } from '../ports/event-store.port';

const BATCH = 500;

/**
 * Catch-up then live over any store that can read `$all` by position: reads batches after the
 * checkpoint until none is left, then sleeps until woken by a local append or the poll interval
 * (which sees appends by other processes). One event at a time, each awaited, in order.
 */
export class CatchUpSubscription implements Subscription {
  private stopped = false;
  /** A wake that came while reading: the next sleep returns at once instead of losing it. */
  private pendingWake = false;
  private wakeUp: (() => void) | null = null;
  private readonly done: Promise<void>;
  private readonly unlisten: () => void;

  constructor(
    private readonly store: Pick<EventStore, 'readAll'>,
    private readonly options: SubscribeToAllOptions,
    listen: (wake: () => void) => () => void,
    private readonly pollMs = 250,
  ) {
    this.unlisten = listen(() => this.wake());
    this.done = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    this.unlisten();
    await this.done;
  }

  private wake(): void {
    const wakeUp = this.wakeUp;
    this.wakeUp = null;
    if (wakeUp) wakeUp();
    else this.pendingWake = true;
  }

  private async run(): Promise<void> {
    let checkpoint = this.options.after;
    try {
      while (!this.stopped) {
        this.pendingWake = false;
        const batch: RecordedEvent[] = await this.store.readAll({
          ...(checkpoint !== undefined ? { after: checkpoint } : {}),
          maxCount: BATCH,
        });
        for (const event of batch) {
          if (this.stopped) return;
          await this.options.onEvent(event);
          checkpoint = event.position;
        }
        if (batch.length < BATCH) await this.sleep();
      }
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private sleep(): Promise<void> {
    if (this.stopped || this.pendingWake) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wakeUp = null;
        resolve();
      }, this.pollMs);
      timer.unref?.();
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
