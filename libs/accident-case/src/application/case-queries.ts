import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { CaseViewDocument } from '../projections/case-views.projection';
import { CASE_VIEWS, type CaseViews } from '../projections/case-views';
import { DESK_QUEUE, type DeskQueue } from '../projections/desk-queue';
import type { DeskQueueDocument } from '../projections/desk-queue.projection';

export class GetCaseView {
  constructor(readonly caseId: string) {}
}

export class ListCasesOfDriver {
  constructor(readonly driverId: string) {}
}

export class GetDeskQueue {
  constructor(
    readonly district: string,
    readonly limit: number,
  ) {}
}

@QueryHandler(GetCaseView)
export class GetCaseViewHandler implements IQueryHandler<GetCaseView, CaseViewDocument | null> {
  constructor(@Inject(CASE_VIEWS) private readonly views: CaseViews) {}

  execute(query: GetCaseView): Promise<CaseViewDocument | null> {
    return this.views.get(query.caseId);
  }
}

@QueryHandler(ListCasesOfDriver)
export class ListCasesOfDriverHandler implements IQueryHandler<ListCasesOfDriver, CaseViewDocument[]> {
  constructor(@Inject(CASE_VIEWS) private readonly views: CaseViews) {}

  execute(query: ListCasesOfDriver): Promise<CaseViewDocument[]> {
    return this.views.ofDriver(query.driverId);
  }
}

@QueryHandler(GetDeskQueue)
export class GetDeskQueueHandler implements IQueryHandler<GetDeskQueue, DeskQueueDocument[]> {
  constructor(@Inject(DESK_QUEUE) private readonly queue: DeskQueue) {}

  execute(query: GetDeskQueue): Promise<DeskQueueDocument[]> {
    return this.queue.waiting(query.district, query.limit);
  }
}
