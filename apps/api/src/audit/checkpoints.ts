import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { ProblemException } from '@quickclaim/http';
import {
  AUDIT_SIGNING,
  CLOCK,
  EVENT_STORE,
  ID_GENERATOR,
  type AuditSigning,
  type Clock,
  type EventStore,
  type IdGenerator,
} from '@quickclaim/platform';
import { takeCheckpoint, type SignedCheckpoint } from '@quickclaim/platform/eventsourcing';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../tokens';

/**
 * Signs the head of every stream every AUDIT_CHECKPOINT_INTERVAL_MS, and on demand; one at a time
 * in this process. The checkpoint is an event of its own stream, so the relay publishes it.
 */
@Injectable()
export class Checkpoints implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Checkpoints');
  private timer: NodeJS.Timeout | null = null;
  private last: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(AUDIT_SIGNING) private readonly signing: AuditSigning | null,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  take(): Promise<SignedCheckpoint> {
    const signing = this.signing;
    if (!signing) {
      return Promise.reject(
        new ProblemException(409, 'AUDIT_SIGNING_OFF', 'No AUDIT_SIGNING_KEY is configured: nothing can be signed'),
      );
    }
    const next = this.last
      .catch(() => undefined)
      .then(() =>
        takeCheckpoint(this.eventStore, { privateKey: signing.privateKey, clock: this.clock, ids: this.ids }),
      );
    this.last = next;
    return next;
  }

  onApplicationBootstrap(): void {
    if (!this.signing) {
      this.logger.warn('No AUDIT_SIGNING_KEY: no checkpoint of the streams is signed');
      return;
    }
    if (this.config.auditCheckpointIntervalMs === 0) return;
    this.timer = setInterval(() => {
      this.take().catch((error: unknown) => this.logger.warn(`checkpoint failed: ${String(error)}`));
    }, this.config.auditCheckpointIntervalMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.last.catch(() => undefined);
  }
}
