import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import {
  FindCaseToJoinHandler,
  GetCaseViewHandler,
  GetDeskQueueHandler,
  ListCasesOfDriverHandler,
} from './application/case-queries';
import { ExecuteCaseCommandHandler } from './application/execute-case-command';
import { CASE_VIEWS } from './projections/case-views.port';
import { InMemoryCaseViews } from './projections/in-memory.case-views';

/** Commands and queries of accident cases; the event store, clock and ids come from the platform. */
@Module({
  imports: [CqrsModule],
  providers: [
    ExecuteCaseCommandHandler,
    GetCaseViewHandler,
    ListCasesOfDriverHandler,
    GetDeskQueueHandler,
    FindCaseToJoinHandler,
    { provide: CASE_VIEWS, useClass: InMemoryCaseViews },
  ],
  exports: [CASE_VIEWS],
})
export class AccidentCaseModule {}
