import { Controller, Get, HttpCode, Inject, Logger, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock } from '@quickclaim/platform';
import { RebuildInProgressError, type ProjectionRunner } from '@quickclaim/platform/eventsourcing';
import { ProblemException } from '../http/problem';
import { PROJECTION_RUNNER } from '../tokens';

/** The read models, for administrators (api.md, "Operations"): their checkpoints, lag and failures; rebuilds. */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('admin/projections')
export class ProjectionsController {
  private readonly logger = new Logger('ReadModels');

  constructor(
    @Inject(PROJECTION_RUNNER) private readonly projections: ProjectionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Each projection: checkpoint, lag, recorded failures, a rebuild in progress' })
  async list() {
    return { items: await this.projections.states() };
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Replay the events into a fresh copy of the read model; it replaces the live one once caught up',
  })
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
