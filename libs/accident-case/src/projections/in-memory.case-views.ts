import type { ProjectionHandler, RecordedEvent } from '@quickclaim/platform';
import type { CaseStatus } from '../domain/case.types';
import { evolveCaseView, type CaseViewDocument } from './case-view.projection';
import type { CaseViews } from './case-views.port';

const ON_THE_DESK: readonly CaseStatus[] = ['AWAITING_POLICE', 'UNDER_REVIEW', 'DISPUTED'];

/** Case views held in memory and rebuilt by replay at start: the embedded default. */
export class InMemoryCaseViews implements CaseViews, ProjectionHandler {
  readonly name = 'case-views';
  private readonly documents = new Map<string, CaseViewDocument>();
  private readonly casesByDriver = new Map<string, Set<string>>();
  private position = -1;

  checkpoint(): number {
    return this.position;
  }

  apply(event: RecordedEvent): void {
    if (event.position <= this.position) return;
    this.position = event.position;
    const caseId = event.streamId.slice('case-'.length);
    const before = this.documents.get(caseId) ?? null;
    const after = evolveCaseView(before, event);
    if (!after || after === before) return;
    this.documents.set(caseId, after);
    for (const party of Object.values(after.state.parties)) {
      if (!party) continue;
      const cases = this.casesByDriver.get(party.driverId) ?? new Set<string>();
      cases.add(caseId);
      this.casesByDriver.set(party.driverId, cases);
    }
  }

  async get(caseId: string): Promise<CaseViewDocument | null> {
    return this.documents.get(caseId) ?? null;
  }

  async ofDriver(driverId: string): Promise<CaseViewDocument[]> {
    return [...(this.casesByDriver.get(driverId) ?? [])]
      .map((caseId) => this.documents.get(caseId))
      .filter((document): document is CaseViewDocument => document !== undefined)
      .sort((left, right) => right.state.reportedAt.localeCompare(left.state.reportedAt));
  }

  async deskQueue(district: string, limit: number): Promise<CaseViewDocument[]> {
    return [...this.documents.values()]
      .filter(
        (document) => document.state.district === district && ON_THE_DESK.includes(document.state.status as CaseStatus),
      )
      .sort((left, right) =>
        (left.state.policeRequest?.deadline ?? '').localeCompare(right.state.policeRequest?.deadline ?? ''),
      )
      .slice(0, limit);
  }

  async joinable(joinCode: string): Promise<CaseViewDocument[]> {
    return [...this.documents.values()].filter(
      (document) =>
        document.state.status === 'REPORTED' && document.state.joinCode === joinCode && !document.state.parties.B,
    );
  }

  async responsePeriodOver(now: Date): Promise<CaseViewDocument[]> {
    const instant = now.toISOString();
    return [...this.documents.values()].filter(
      (document) =>
        document.state.status === 'DECIDED' &&
        document.state.decision !== null &&
        document.state.decision.responseDeadline <= instant,
    );
  }
}
