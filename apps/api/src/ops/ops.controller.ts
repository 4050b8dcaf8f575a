import { Controller, Inject, Res } from '@nestjs/common';
import { Route, endpoint } from '@quickclaim/http';
import { EVENT_STORE, READ_STORE, type EventStore, type ReadStore } from '@quickclaim/platform';
import { type ProjectionRunner } from '@quickclaim/platform/eventsourcing';
import { probe } from '@quickclaim/platform/ops';
import type { Response } from 'express';
import { IntegrityAtStart } from '../audit/integrity-at-start';
import { Health } from '../openapi/responses';
import { PROJECTION_RUNNER } from '../tokens';
import { Metrics } from './metrics';
import { ReadSideMetrics } from './read-side.metrics';

export const HEALTH = endpoint({
  method: 'GET',
  path: '/health',
  tag: 'operations',
  summary: 'Liveness and the readiness of each adapter',
  policy: { roles: 'public', body: 'none' },
  response: { status: 200, json: Health, alsoStatus: { status: 503, json: Health } },
});

export const METRICS = endpoint({
  method: 'GET',
  path: '/metrics',
  tag: 'operations',
  summary: 'Prometheus metrics',
  policy: { roles: 'public', body: 'none' },
  response: { status: 200, text: 'text/plain' },
  undocumented: true,
});

/** Liveness, readiness of each adapter, and Prometheus metrics. */
@Controller()
export class OpsController {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(PROJECTION_RUNNER) private readonly projections: ProjectionRunner,
    private readonly metrics: Metrics,
    private readonly integrity: IntegrityAtStart,
    // Registers the read side's gauges with the registry below.
    _readSide: ReadSideMetrics,
  ) {}

  @Route(HEALTH)
  async health(@Res() response: Response): Promise<void> {
    let head = -1;
    const eventStore = await probe(async () => {
      await this.eventStore.ping();
      head = await this.eventStore.headPosition();
    });
    const readStore = await probe(() => this.readStore.ping());
    const position = this.projections.currentPosition();
    const failures = await this.readStore
      .checkpoints()
      .then((checkpoints) => checkpoints.reduce((sum, checkpoint) => sum + checkpoint.failureCount, 0))
      .catch(() => 0);
    const healthy = eventStore.status === 'up' && readStore.status === 'up';
    // Altered or deleted events do not make the adapters unready: the answer stays 200, not "ok".
    const integrity = this.integrity.current();
    response.status(healthy ? 200 : 503).json({
      status: healthy && integrity.status === 'up' ? 'ok' : 'degraded',
      checks: {
        eventStore,
        readStore,
        integrity,
        projections: { status: 'up', position, lag: head >= 0 ? Math.max(0, head - position) : 0, failures },
      },
    });
  }

  @Route(METRICS)
  async prometheus(@Res() response: Response): Promise<void> {
    response
      .status(200)
      .type(this.metrics.registry.contentType)
      .send(await this.metrics.registry.metrics());
  }
}
