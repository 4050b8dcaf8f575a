import { type ReadModelSchema, type RecordedEvent } from '@quickclaim/platform';
import { alreadyApplied, documentProjection, idInStream } from '@quickclaim/platform/eventsourcing';
import { EMPTY_CLAIM_VIEW, evolveClaimViewState, type ClaimViewState } from './claim-view.state';
import type { ClaimEvent } from '../domain/claim.events';

/** Every claim event, so a new one cannot be left out of the view unnoticed. */
const CLAIM_EVENTS: Record<ClaimEvent['type'], true> = {
  ClaimOpened: true,
  DamageAssessed: true,
  AssessmentAccepted: true,
  AssessmentRejected: true,
  SettlementCalculated: true,
  SettlementApproved: true,
  PayoutRequested: true,
  PayoutConfirmed: true,
  PayoutFailed: true,
  ClaimPaid: true,
  ClaimClosed: true,
  ClaimInvestigationOpened: true,
  ClaimDeclined: true,
  ClaimMediationRequested: true,
  SettlementAgreed: true,
  ClaimReferredOffline: true,
};
const CLAIM_EVENT_TYPES = new Set<string>(Object.keys(CLAIM_EVENTS));

/** One claim as its claimant, its insurers' adjusters and the case view read it. */
export interface ClaimViewDocument {
  _id: string;
  claimId: string;
  lastPosition: number;
  /** The claim as its readers see it: the read model's own shape, not the decider's state. */
  state: ClaimViewState;
  updatedAt: string;
  caseId: string;
  party: string;
  status: ClaimViewState['status'];
  /** The handling insurer and every payer: GET /insurer/claims looks claims up by these. */
  insurers: string[];
  /** While the claimant has not answered an assessment: when it was made. */
  assessedAt?: string;
}

export const CLAIM_VIEWS_SCHEMA: ReadModelSchema = {
  projection: 'claim-views',
  // 2: assessment rounds, investigation, decline and holds (issue 13).
  version: 2,
  collections: [
    {
      name: 'claims',
      // Keys that change with every event cost index work on every write: the status is checked
      // on the insurer's claims in order, and assessedAt is set only while an answer is awaited.
      indexes: [
        { keys: { caseId: 1, party: 1 } },
        { keys: { insurers: 1, updatedAt: -1 } },
        { keys: { assessedAt: 1 }, sparse: true },
      ],
    },
  ],
};

export const CLAIM_VIEWS_COLLECTION = { projection: CLAIM_VIEWS_SCHEMA.projection, collection: 'claims' };

/** Pure: folds one recorded event of a claim stream into its view; ignores duplicates and strangers. */
export function evolveClaimView(document: ClaimViewDocument | null, event: RecordedEvent): ClaimViewDocument | null {
  const claimId = idInStream(event.streamId, 'claim-');
  if (claimId === null || !CLAIM_EVENT_TYPES.has(event.type) || alreadyApplied(document, event)) return document;
  if (!document && event.type !== 'ClaimOpened') return document;
  const state = evolveClaimViewState(document?.state ?? EMPTY_CLAIM_VIEW, {
    type: event.type,
    data: event.data,
  } as unknown as ClaimEvent);
  return {
    _id: claimId,
    claimId,
    lastPosition: event.position,
    state,
    updatedAt: event.metadata.recordedAt,
    caseId: state.caseId,
    party: state.party,
    status: state.status,
    insurers:
      document && state.payouts === document.state.payouts && state.handlingInsurer === document.state.handlingInsurer
        ? document.insurers
        : [...new Set([state.handlingInsurer, ...state.payouts.map((payout) => payout.payer)])],
    ...(state.status === 'ASSESSED' && state.assessment ? { assessedAt: state.assessment.assessedAt } : {}),
  };
}

export const claimViewsProjection = documentProjection<ClaimViewDocument>({
  schema: CLAIM_VIEWS_SCHEMA,
  collection: 'claims',
  idOf: (event) => idInStream(event.streamId, 'claim-'),
  evolve: evolveClaimView,
});
