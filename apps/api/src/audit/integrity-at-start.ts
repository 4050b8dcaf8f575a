import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { CLOCK, EVENT_STORE, type Clock, type EventStore } from '@quickclaim/platform';
import { auditEventStore, describeProblem } from '@quickclaim/platform/eventsourcing';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../tokens';

/** What `/health` says of the stored events' integrity. */
export interface IntegrityCheck {
  status: 'up' | 'down';
  /** `checking` while it reads; `partial` when its time ran out before the store's end. */
  state: 'off' | 'checking' | 'done' | 'partial';
  events: number;
  problems: number;
  /** The first problems, one line each. */
  found: string[];
}

const SHOWN_PROBLEMS = 10;

/**
 * At start, the server verifies the chains of the events it serves from, every stream and every
 * position, for at most AUDIT_AT_START_MS, off the request path; `/health` reports what it found
 * (ADR 34). Photos are not re-hashed here: `npm run audit -- verify --all` does that.
 */
@Injectable()
export class IntegrityAtStart implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Integrity');
  private check: IntegrityCheck = { status: 'up', state: 'off', events: 0, problems: 0, found: [] };
  private readonly stop = new AbortController();
  private running: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  current(): IntegrityCheck {
    return this.check;
  }

  /** Resolves once the check at start is over (for tests and the health of a fresh start). */
  async settled(): Promise<IntegrityCheck> {
    await this.running;
    return this.check;
  }

  onApplicationBootstrap(): void {
    if (this.config.auditAtStartMs === 0) return;
    this.check = { ...this.check, state: 'checking' };
    const signal = AbortSignal.any([this.stop.signal, AbortSignal.timeout(this.config.auditAtStartMs)]);
    this.running = auditEventStore(this.eventStore, { signal })
      .then((report) => {
        this.check = {
          status: report.problems.length === 0 ? 'up' : 'down',
          state: report.complete === false ? 'partial' : 'done',
          events: report.events,
          problems: report.problems.length,
          found: report.problems.slice(0, SHOWN_PROBLEMS).map(describeProblem),
        };
        if (report.problems.length > 0) {
          this.logger.error(
            `${report.problems.length} integrity problem(s) in the stored events at ${this.clock.now().toISOString()}: ${this.check.found.join('; ')}`,
          );
        }
      })
      .catch((error: unknown) => {
        if (this.stop.signal.aborted) return;
        this.logger.warn(`integrity check at start failed: ${String(error)}`);
        this.check = { ...this.check, state: 'partial' };
      });
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stop.abort();
    await this.running;
  }
}
