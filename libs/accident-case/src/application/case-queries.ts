import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { samePlate } from '../domain/case.rules';
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

/** The case a driver standing beside party A's vehicle may join: its join code and A's plate. */
export class FindCaseToJoin {
  constructor(
    readonly joinCode: string,
    readonly plateOfA: string,
  ) {}
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

@QueryHandler(FindCaseToJoin)
export class FindCaseToJoinHandler implements IQueryHandler<FindCaseToJoin, CaseViewDocument | null> {
  constructor(@Inject(CASE_VIEWS) private readonly views: CaseViews) {}

  async execute(query: FindCaseToJoin): Promise<CaseViewDocument | null> {
    const candidates = (await this.views.joinable(query.joinCode)).filter((document) =>
      samePlate(document.state.parties.A?.plate ?? '', query.plateOfA),
    );
    // Two open cases with the same code and plate cannot be told apart: join neither.
    return candidates.length === 1 ? candidates[0]! : null;
  }
}
