import { Controller, Inject, Logger, Param } from '@nestjs/common';
import { ProblemException, Route, endpoint, queryEndpoint } from '@quickclaim/http';
import { CLOCK, type Clock } from '@quickclaim/platform';
import { RebuildInProgressError, type ProjectionRunner } from '@quickclaim/platform/eventsourcing';
import { ProjectionStates, RebuildAccepted } from '../openapi/responses';
import { PROJECTION_RUNNER } from '../tokens';

export const PROJECTION_STATES = queryEndpoint({
  path: '/admin/projections',
  tag: 'operations',
  summary: 'Each projection: checkpoint, lag, recorded failures, a rebuild in progress',
  roles: ['admin'],
  json: ProjectionStates,
});

export const REBUILD_PROJECTION = endpoint({
  method: 'POST',
  path: '/admin/projections/:name/rebuild',
  tag: 'operations',
  summary: 'Replay the events into a fresh copy of the read model; it replaces the live one once caught up',
  policy: { roles: ['admin'], body: 'none' },
  response: { status: 202, json: RebuildAccepted },
});

/** The read models, for administrators (api.md, "Operations"): their checkpoints, lag and failures; rebuilds. */
@Controller()
export class ProjectionsController {
  private readonly logger = new Logger('ReadModels');

  constructor(
    @Inject(PROJECTION_RUNNER) private readonly projections: ProjectionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Route(PROJECTION_STATES)
  async list() {
    return { items: await this.projections.states() };
  }

  @Route(REBUILD_PROJECTION)
  rebuild(@Param('name') name: string) {
    if (!this.projections.projections.some((projection) => projection.name === name)) {
      throw new ProblemException(404, 'PROJECTION_NOT_FOUND', `No projection named ${name}`);
    }
    if (this.projections.isRebuilding(name)) {
      throw new ProblemException(409, 'REBUILD_IN_PROGRESS', `${name} is already being rebuilt`);
    }
    this.projections.rebuild(name).catch((error: unknown) => {
      if (!(error instanceof RebuildInProgressError)) this.logger.error(`rebuild of ${name} failed: ${String(error)}`);
    });
    return { projection: name, status: 'REBUILDING', requestedAt: this.clock.now().toISOString() };
  }
}
