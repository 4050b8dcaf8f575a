import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, READ_STORE, type EventStore, type ReadStore } from '@quickclaim/platform';
import type { ProjectionRunner } from '@quickclaim/platform/eventsourcing';
import type { Response } from 'express';
import { PROJECTION_RUNNER } from '../tokens';
import { Metrics } from './metrics';
import { ReadSideMetrics } from './read-side.metrics';

type Check = { status: 'up' | 'down'; error?: string };

/** Liveness, readiness of each adapter, and Prometheus metrics. */
@ApiTags('operations')
@Controller()
export class OpsController {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(PROJECTION_RUNNER) private readonly projections: ProjectionRunner,
    private readonly metrics: Metrics,
    // Registers the read side's gauges with the registry below.
    _readSide: ReadSideMetrics,
  ) {}

  @Get('health')
  @ApiOperation({ summary: 'Liveness and the readiness of each adapter' })
  async health(@Res() response: Response): Promise<void> {
    let head = -1;
    const eventStore = await check(async () => {
      await this.eventStore.ping();
      head = await this.eventStore.headPosition();
    });
    const readStore = await check(() => this.readStore.ping());
    const position = this.projections.currentPosition();
    const failures = await this.readStore
      .checkpoints()
      .then((checkpoints) => checkpoints.reduce((sum, checkpoint) => sum + checkpoint.failureCount, 0))
      .catch(() => 0);
    const healthy = eventStore.status === 'up' && readStore.status === 'up';
    response.status(healthy ? 200 : 503).json({
      status: healthy ? 'ok' : 'degraded',
      checks: {
        eventStore,
        readStore,
        projections: { status: 'up', position, lag: head >= 0 ? Math.max(0, head - position) : 0, failures },
      },
    });
  }

  @Get('metrics')
  @ApiExcludeEndpoint()
  async prometheus(@Res() response: Response): Promise<void> {
    response
      .status(200)
      .type(this.metrics.registry.contentType)
      .send(await this.metrics.registry.metrics());
  }
}

async function check(probe: () => Promise<unknown>): Promise<Check> {
  try {
    await probe();
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}
