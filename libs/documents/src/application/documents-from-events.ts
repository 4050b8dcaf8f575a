import {
  caseStreamId,
  evolveCaseView,
  otherParty,
  PARTY_IDS,
  type CaseViewState,
  type CaseViewDocument,
  type PartyId,
} from '@quickclaim/accident-case';
import { claimStreamId, evolveClaimView, type ClaimViewDocument, type Coverage } from '@quickclaim/claims';
import type { RecordedEvent } from '@quickclaim/platform';
import { documentFingerprint, type DocumentReference } from '../fingerprint';
import type {
  AccidentFacts,
  AgreementDocument,
  DecisionDocument,
  DocumentKind,
  PartyOnDocument,
  QuickClaimDocument,
  SettlementDocument,
  StreamAnchor,
} from '../model';

/**
 * From a stream's recorded events to the data of a document, and the reference that finds it
 * again. A document reflects its streams up to a fixed event (the anchor), never "whatever is
 * there now": the case documents end at LiabilityFinalized, the settlement at ClaimPaid. So the
 * same case always yields the same document, whenever it is downloaded, and verifying re-derives
 * it from exactly those events.
 */

export interface IssuedDocument<Document extends QuickClaimDocument = QuickClaimDocument> {
  document: Document;
  reference: DocumentReference;
}

type CaseDocumentKind = 'agreement' | 'decision';

/** The revision of the event a case document ends at, or null while liability is not final. */
export function caseAnchorRevision(kind: CaseDocumentKind, caseEvents: readonly RecordedEvent[]): number | null {
  const final = caseEvents.find((event) => event.type === 'LiabilityFinalized');
  return final && kindOfFinalLiability(final) === kind ? final.revision : null;
}

/** The revision of ClaimPaid, or null while the claim is not paid. */
export function claimAnchorRevision(claimEvents: readonly RecordedEvent[]): number | null {
  return claimEvents.find((event) => event.type === 'ClaimPaid')?.revision ?? null;
}

/** The case id a claim stream names (its ClaimOpened), or null. */
export function caseOfClaim(claimEvents: readonly RecordedEvent[]): string | null {
  const opened = claimEvents[0];
  return opened?.type === 'ClaimOpened' && typeof opened.data.caseId === 'string' ? opened.data.caseId : null;
}

/**
 * The agreement or the decision the case's events up to `revision` make, or null when the event at
 * `revision` is not the final liability of that kind.
 */
export function caseDocumentAt(
  kind: CaseDocumentKind,
  caseId: string,
  caseEvents: readonly RecordedEvent[],
  revision: number,
): IssuedDocument<AgreementDocument | DecisionDocument> | null {
  const anchor = anchorEvent(caseEvents, caseStreamId(caseId), revision, 'LiabilityFinalized');
  if (!anchor || kindOfFinalLiability(anchor) !== kind) return null;
  const upTo = caseEvents.slice(0, revision + 1);
  const state = foldCase(upTo);
  if (!state?.liability) return null;
  const document = kind === 'agreement' ? agreementOf(state, upTo) : decisionOf(state, upTo);
  if (!document) return null;
  return { document, reference: referenceOf(kind, caseId, [anchorOf(anchor)]) };
}

/**
 * The settlement the claim's events up to `claimRevision` (ClaimPaid) and its case's events up to
 * `caseRevision` (LiabilityFinalized) make, or null when those are not the anchors.
 */
export function settlementAt(
  claimId: string,
  claimEvents: readonly RecordedEvent[],
  claimRevision: number,
  caseEvents: readonly RecordedEvent[],
  caseRevision: number,
): IssuedDocument<SettlementDocument> | null {
  const claimAnchor = anchorEvent(claimEvents, claimStreamId(claimId), claimRevision, 'ClaimPaid');
  const caseId = caseOfClaim(claimEvents);
  if (!claimAnchor || caseId === null) return null;
  const caseAnchor = anchorEvent(caseEvents, caseStreamId(caseId), caseRevision, 'LiabilityFinalized');
  if (!caseAnchor) return null;
  const caseState = foldCase(caseEvents.slice(0, caseRevision + 1));
  const claimEventsUpTo = claimEvents.slice(0, claimRevision + 1);
  const claim = claimEventsUpTo.reduce<ClaimViewDocument | null>(evolveClaimView, null)?.state;
  if (!caseState?.liability || !claim?.assessment || !claim.settlement) return null;
  const party = claim.party as PartyId;
  const claimant = partyOnDocument(caseState, party);
  if (!claimant) return null;
  const counterpartDetails = caseState.parties[otherParty(party)];
  const approved = claimEventsUpTo.find((event) => event.type === 'SettlementApproved');
  const confirmations = new Map(
    claimEventsUpTo
      .filter((event) => event.type === 'PayoutConfirmed')
      .map((event) => [String(event.data.payoutId), String(event.data.confirmedAt)]),
  );
  const paid = claimAnchor.data as { paidAt: string; totalFen: number };
  const document: SettlementDocument = {
    kind: 'settlement',
    claimId,
    accident: accidentOf(caseState),
    liabilityBasis: caseState.liability.basis,
    claimant,
    counterpart: counterpartDetails
      ? {
          party: otherParty(party),
          plate: counterpartDetails.plate,
          ...(counterpartDetails.vehicleType ? { vehicleType: counterpartDetails.vehicleType } : {}),
          insurer: counterpartDetails.insurer,
          policyNumber: counterpartDetails.policyNumber,
          liability: caseState.liability.allocation[otherParty(party)],
        }
      : null,
    handlingInsurer: claim.handlingInsurer,
    assessment: {
      lineItems: claim.assessment.lineItems.map(({ description, amountFen }) => ({ description, amountFen })),
      totalFen: claim.assessment.totalFen,
      assessedBy: claim.assessment.assessedBy,
      assessedAt: claim.assessment.assessedAt,
    },
    settlement: {
      rule: claim.settlement.rule,
      lines: claim.settlement.lines.map(({ payer, coverage, amountFen }) => ({ payer, coverage, amountFen })),
    },
    approval: {
      approvedBy: String(approved?.data.approvedBy ?? ''),
      approvedAt: String(approved?.data.approvedAt ?? ''),
      straightThrough: claim.settlement.straightThrough,
    },
    payouts: claim.payouts
      .filter((payout) => payout.status === 'PAID')
      .map((payout) => ({
        payer: payout.payer,
        coverages: payout.coverages as Coverage[],
        amountFen: payout.amountFen,
        ...(payout.reference ? { reference: payout.reference } : {}),
        confirmedAt: confirmations.get(payout.payoutId) ?? paid.paidAt,
      })),
    paidFen: paid.totalFen,
    issuedAt: paid.paidAt,
  };
  return { document, reference: referenceOf('settlement', claimId, [anchorOf(claimAnchor), anchorOf(caseAnchor)]) };
}

function kindOfFinalLiability(event: RecordedEvent): CaseDocumentKind {
  return event.data.basis === 'AGREEMENT' ? 'agreement' : 'decision';
}

/** The event at `revision` when it is of the anchor's type and belongs to the stream. */
function anchorEvent(
  events: readonly RecordedEvent[],
  streamId: string,
  revision: number,
  type: string,
): RecordedEvent | null {
  const event = events[revision];
  return event && event.revision === revision && event.streamId === streamId && event.type === type ? event : null;
}

function anchorOf(event: RecordedEvent): StreamAnchor {
  return { streamId: event.streamId, revision: event.revision, hash: event.metadata.hash };
}

function referenceOf(kind: DocumentKind, subjectId: string, anchors: StreamAnchor[]): DocumentReference {
  return {
    kind,
    subjectId,
    revisions: anchors.map((anchor) => anchor.revision),
    fingerprint: documentFingerprint(kind, subjectId, anchors),
  };
}

function foldCase(events: readonly RecordedEvent[]): CaseViewState | null {
  return events.reduce<CaseViewDocument | null>(evolveCaseView, null)?.state ?? null;
}

function accidentOf(state: CaseViewState): AccidentFacts {
  return {
    caseId: state.caseId,
    occurredAt: state.occurredAt,
    reportedAt: state.reportedAt,
    address: state.location?.address ?? '',
    district: state.district,
    ...(state.weather ? { weather: state.weather } : {}),
    ...(state.description ? { description: state.description } : {}),
  };
}

function partyOnDocument(state: CaseViewState, party: PartyId): PartyOnDocument | null {
  const details = state.parties[party];
  if (!details || !state.liability) return null;
  return {
    party,
    driverName: details.driverName,
    phone: details.phone,
    licenceNo: details.licenceNo,
    plate: details.plate,
    ...(details.vehicleType ? { vehicleType: details.vehicleType } : {}),
    insurer: details.insurer,
    policyNumber: details.policyNumber,
    situations: [...details.situations],
    ...(details.note ? { note: details.note } : {}),
    liability: state.liability.allocation[party],
  };
}

function partiesOf(state: CaseViewState): PartyOnDocument[] {
  return PARTY_IDS.flatMap((party) => partyOnDocument(state, party) ?? []);
}

function agreementOf(state: CaseViewState, events: readonly RecordedEvent[]): AgreementDocument | null {
  return proposedAgreementOf(state, events) ?? recordedAgreementOf(state, events);
}

/** The agreement one party proposed (and signed) and the other signed. */
function proposedAgreementOf(state: CaseViewState, events: readonly RecordedEvent[]): AgreementDocument | null {
  const proposal = [...events].reverse().find((event) => event.type === 'AgreementProposed');
  if (!state.liability || !proposal) return null;
  // Signatures of the last proposal only: a new proposal starts the signing again.
  const signatures = events
    .filter((event) => event.type === 'AgreementSigned' && event.revision > proposal.revision)
    .map((event) => ({ party: event.data.party as PartyId, signedAt: String(event.data.signedAt) }));
  return {
    kind: 'agreement',
    accident: accidentOf(state),
    parties: partiesOf(state),
    allocation: state.liability.allocation,
    proposedBy: proposal.data.proposedBy as PartyId,
    proposedAt: String(proposal.data.proposedAt),
    signatures: [
      { party: proposal.data.proposedBy as PartyId, signedAt: String(proposal.data.proposedAt) },
      ...signatures,
    ],
    issuedAt: state.liability.finalizedAt,
  };
}

/** The agreement an assistant recorded on the scene, signed by each party's confirmation of it. */
function recordedAgreementOf(state: CaseViewState, events: readonly RecordedEvent[]): AgreementDocument | null {
  const recorded = [...events].reverse().find((event) => event.type === 'AgreementRecorded');
  if (!state.liability || !recorded || !state.filedBy) return null;
  const signatures = events
    .filter((event) => event.type === 'PartyConfirmed' && event.revision > recorded.revision)
    .map((event) => ({ party: event.data.party as PartyId, signedAt: String(event.data.confirmedAt) }));
  return {
    kind: 'agreement',
    accident: accidentOf(state),
    parties: partiesOf(state),
    allocation: state.liability.allocation,
    recordedBy: { ...state.filedBy, recordedAt: String(recorded.data.recordedAt) },
    signatures,
    issuedAt: state.liability.finalizedAt,
  };
}

function decisionOf(state: CaseViewState, events: readonly RecordedEvent[]): DecisionDocument | null {
  const decision = state.decision;
  if (!state.liability || !decision) return null;
  const decided = [...events].reverse().find((event) => event.type === 'LiabilityDecided');
  const responses = events
    .filter((event) => event.type === 'LiabilityAccepted' && decided !== undefined && event.revision > decided.revision)
    .map((event) => ({
      party: event.data.party as PartyId,
      acceptedAt: String(event.data.acceptedAt),
      bySilence: event.data.bySilence === true,
    }));
  return {
    kind: 'decision',
    accident: accidentOf(state),
    parties: partiesOf(state),
    allocation: state.liability.allocation,
    basis: decision.basis,
    officerId: decision.officerId,
    district: state.district,
    decidedAt: decision.decidedAt,
    reasoning: decision.reasoning,
    situations: [...decision.situations],
    responses,
    issuedAt: state.liability.finalizedAt,
  };
}
