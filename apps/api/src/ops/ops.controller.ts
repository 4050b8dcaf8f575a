import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore, type ProjectionRunner } from '@quickclaim/platform';
import type { Response } from 'express';
import { PROJECTION_RUNNER } from '../tokens';
import { Gauge } from 'prom-client';
import { Metrics } from './metrics';

/** Liveness, readiness of each adapter, and Prometheus metrics. */
@ApiTags('operations')
@Controller()
export class OpsController {
  private readonly projectionPosition: Gauge;
  private readonly headPosition: Gauge;

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly projections: ProjectionRunner,
    private readonly metrics: Metrics,
  ) {
    this.projectionPosition = new Gauge({
      name: 'quickclaim_projection_position',
      help: 'Global position the projections have applied',
      registers: [metrics.registry],
    });
    this.headPosition = new Gauge({
      name: 'quickclaim_event_store_head_position',
      help: 'Global position of the newest event',
      registers: [metrics.registry],
    });
  }

  @Get('health')
  @ApiOperation({ summary: 'Liveness and the readiness of each adapter' })
  async health(@Res() response: Response): Promise<void> {
    let eventStore: { status: 'up' | 'down'; error?: string } = { status: 'up' };
    let head = -1;
    try {
      await this.eventStore.ping();
      head = await this.eventStore.headPosition();
    } catch (error) {
      eventStore = { status: 'down', error: error instanceof Error ? error.message : String(error) };
    }
    const position = this.projections.currentPosition();
    const healthy = eventStore.status === 'up';
    response.status(healthy ? 200 : 503).json({
      status: healthy ? 'ok' : 'degraded',
      checks: {
        eventStore,
        projections: {
          status: 'up',
          position,
          lag: head >= 0 ? Math.max(0, head - position) : 0,
          failures: this.projections.failures.length,
        },
      },
    });
  }

  @Get('metrics')
  @ApiExcludeEndpoint()
  async prometheus(@Res() response: Response): Promise<void> {
    this.projectionPosition.set(this.projections.currentPosition());
    this.headPosition.set(await this.eventStore.headPosition().catch(() => -1));
    response
      .status(200)
      .type(this.metrics.registry.contentType)
      .send(await this.metrics.registry.metrics());
  }
}
