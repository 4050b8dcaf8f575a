import type { ProjectionHandler, RecordedEvent } from '@quickclaim/platform';
import { evolve, initialState, type ClaimState } from '../domain/claim.decider';
import type { ClaimEvent } from '../domain/claim.events';

export const CLAIM_VIEWS = Symbol('CLAIM_VIEWS');

const CLAIM_EVENT_TYPES = new Set<string>([
  'ClaimOpened',
  'DamageAssessed',
  'AssessmentAccepted',
  'AssessmentRejected',
  'SettlementCalculated',
  'SettlementApproved',
  'PayoutRequested',
  'PayoutConfirmed',
  'PayoutFailed',
  'ClaimPaid',
  'ClaimClosed',
]);

export interface ClaimViewDocument {
  claimId: string;
  lastPosition: number;
  state: ClaimState;
  updatedAt: string;
}

/** Pure: folds one recorded event of a claim stream into its view; ignores duplicates and strangers. */
export function evolveClaimView(document: ClaimViewDocument | null, event: RecordedEvent): ClaimViewDocument | null {
  if (!event.streamId.startsWith('claim-') || !CLAIM_EVENT_TYPES.has(event.type)) return document;
  if (document && event.position <= document.lastPosition) return document;
  if (!document && event.type !== 'ClaimOpened') return document;
  const current = document ?? {
    claimId: event.streamId.slice('claim-'.length),
    lastPosition: -1,
    state: initialState,
    updatedAt: '',
  };
  return {
    ...current,
    lastPosition: event.position,
    state: evolve(current.state, { type: event.type, data: event.data } as unknown as ClaimEvent),
    updatedAt: event.metadata.recordedAt,
  };
}

/** The insurers' claims and the payouts ledger, in memory, rebuilt by replay at start. */
export class InMemoryClaimViews implements ProjectionHandler {
  readonly name = 'claim-views';
  private position = -1;
  private readonly documents = new Map<string, ClaimViewDocument>();

  checkpoint(): number {
    return this.position;
  }

  apply(event: RecordedEvent): void {
    if (event.position <= this.position) return;
    this.position = event.position;
    const claimId = event.streamId.slice('claim-'.length);
    const before = this.documents.get(claimId) ?? null;
    const after = evolveClaimView(before, event);
    if (after && after !== before) this.documents.set(claimId, after);
  }

  async get(claimId: string): Promise<ClaimViewDocument | null> {
    return this.documents.get(claimId) ?? null;
  }

  async ofCase(caseId: string): Promise<ClaimViewDocument[]> {
    return [...this.documents.values()].filter((document) => document.state.caseId === caseId);
  }

  /** Claims an insurer handles, or pays something on. */
  async ofInsurer(insurer: string, status?: string): Promise<ClaimViewDocument[]> {
    return [...this.documents.values()]
      .filter(
        (document) =>
          document.state.handlingInsurer === insurer ||
          document.state.payouts.some((payout) => payout.payer === insurer),
      )
      .filter((document) => !status || document.state.status === status)
      .sort((left, right) => right.updatedAt.localeCompare(left.updatedAt));
  }

  /** The payouts ledger of the paying insurer. */
  async payoutsOf(insurer: string, status?: string) {
    return [...this.documents.values()].flatMap((document) =>
      document.state.payouts
        .filter((payout) => payout.payer === insurer && (!status || payout.status === status))
        .map((payout) => ({ ...payout, claimId: document.claimId })),
    );
  }

  /** Claims whose assessment nobody answered within the response period. */
  async assessmentsAwaitingSilence(now: Date, periodMinutes: number): Promise<ClaimViewDocument[]> {
    const cutoff = now.getTime() - periodMinutes * 60_000;
    return [...this.documents.values()].filter(
      (document) =>
        document.state.status === 'ASSESSED' &&
        document.state.assessment !== null &&
        Date.parse(document.state.assessment.assessedAt) <= cutoff,
    );
  }

  async findPayout(payoutId: string): Promise<ClaimViewDocument | null> {
    return (
      [...this.documents.values()].find((document) =>
        document.state.payouts.some((payout) => payout.payoutId === payoutId),
      ) ?? null
    );
  }
}
