import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { READ_STORE, type ReadStore } from '@quickclaim/platform';
import {
  FindCaseToJoinHandler,
  GetCaseViewHandler,
  GetDeskQueueHandler,
  ListCasesOfDriverHandler,
} from './application/case-queries';
import { ExecuteCaseCommandHandler } from './application/execute-case-command';
import { CASE_VIEWS, CaseViews } from './projections/case-views';
import { DESK_QUEUE, DeskQueue } from './projections/desk-queue';

/** Commands and queries of accident cases; the event store, read store, clock and ids come from the platform. */
@Module({
  imports: [CqrsModule],
  providers: [
    ExecuteCaseCommandHandler,
    GetCaseViewHandler,
    ListCasesOfDriverHandler,
    GetDeskQueueHandler,
    FindCaseToJoinHandler,
    { provide: CASE_VIEWS, inject: [READ_STORE], useFactory: (store: ReadStore) => new CaseViews(store) },
    { provide: DESK_QUEUE, inject: [READ_STORE], useFactory: (store: ReadStore) => new DeskQueue(store) },
  ],
  exports: [CASE_VIEWS, DESK_QUEUE],
})
export class AccidentCaseModule {}
