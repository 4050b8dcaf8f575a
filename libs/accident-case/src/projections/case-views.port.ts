import type { CaseViewDocument } from './case-view.projection';

export const CASE_VIEWS = Symbol('CASE_VIEWS');

/** The read side of cases; the API's queries read these, never the streams. */
export interface CaseViews {
  get(caseId: string): Promise<CaseViewDocument | null>;
  ofDriver(driverId: string): Promise<CaseViewDocument[]>;
  /** Cases waiting for an officer of the district: first request or review, ordered by deadline. */
  deskQueue(district: string, limit: number): Promise<CaseViewDocument[]>;
  /** Reported cases still waiting for party B, with this join code (codes are short: there may be several). */
  joinable(joinCode: string): Promise<CaseViewDocument[]>;
  /** Cases whose parties' time to answer a decision has run out. */
  responsePeriodOver(now: Date): Promise<CaseViewDocument[]>;
}
