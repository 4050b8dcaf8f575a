import type { ReadStore } from '@quickclaim/platform';
import { CASE_VIEWS_COLLECTION, CASE_VIEWS_SCHEMA, type CaseViewDocument } from './case-views.projection';

export const CASE_VIEWS = Symbol('CASE_VIEWS');

/** The drivers' cases, read from the read store; the API's queries read these, never the streams. */
export class CaseViews {
  static readonly projection = CASE_VIEWS_SCHEMA.projection;

  constructor(private readonly store: ReadStore) {}

  get(caseId: string): Promise<CaseViewDocument | null> {
    return this.store.get<CaseViewDocument>(CASE_VIEWS_COLLECTION, caseId);
  }

  /** The cases a driver is a party to, newest report first. */
  ofDriver(driverId: string): Promise<CaseViewDocument[]> {
    return this.store.find<CaseViewDocument>(
      CASE_VIEWS_COLLECTION,
      { driverIds: driverId },
      { sort: { reportedAt: -1 } },
    );
  }

  /** The cases an assistant filed, newest report first. */
  filedBy(assistantId: string): Promise<CaseViewDocument[]> {
    return this.store.find<CaseViewDocument>(CASE_VIEWS_COLLECTION, { assistantId }, { sort: { reportedAt: -1 } });
  }

  /** The cases with this join code, newest first (codes are short: there may be several). */
  withJoinCode(joinCode: string): Promise<CaseViewDocument[]> {
    return this.store.find<CaseViewDocument>(CASE_VIEWS_COLLECTION, { joinCode }, { sort: { reportedAt: -1 } });
  }

  /** Decided cases whose parties' time to answer has run out. */
  responsePeriodOver(now: Date): Promise<CaseViewDocument[]> {
    return this.store.find<CaseViewDocument>(
      CASE_VIEWS_COLLECTION,
      { responseDeadline: { $lte: now.toISOString() }, status: 'DECIDED' },
      { sort: { responseDeadline: 1 } },
    );
  }
}
