import { distanceMeters, knownFlagDetails, minutesBetween } from '@quickclaim/evidence';
import { maskLicence, maskName, maskPhone, type Principal } from '@quickclaim/http';
import { caseViewAccess, partyOfPrincipal } from '../access/case.access';
import type { Decision } from '../domain/case.state';
import {
  type GeoPosition,
  type Location,
  PARTY_IDS,
  type PartyId,
  type RecordedFlagDetail,
  reporterAccount,
} from '../domain/case.types';
import { suggestLiability, type LiabilitySuggestion } from '../domain/liability-rules';
import type { SituationCode } from '../domain/situations';
import type { AssistanceView, CaseViewState, Dispute } from './case-view.state';
import type { CaseViewDocument } from './case-views.projection';
import { isDeskOverdue, nextStepFor } from './next-step';
import type { DeskDecision, DeskQueueDocument } from '../police-desk/desk-queue/desk-queue.projection';

/** The party the viewer is on the case, if they are a driver of it. */
export function viewerParty(viewer: Principal, state: CaseViewState): PartyId | undefined {
  const access = caseViewAccess(state);
  return access ? partyOfPrincipal(viewer, access) : undefined;
}

export function photoUrls(caseId: string, photoId: string) {
  return {
    thumbnail: `/cases/${caseId}/photos/${photoId}/thumbnail`,
    preview: `/cases/${caseId}/photos/${photoId}/preview`,
  };
}

/**
 * Signals of fraud are for those who check the case: officers, adjusters and auditors. The
 * drivers' views keep the `flags` fields of the contract, empty; so do the views of the assistant
 * who filed the case, who took its photos and typed its plates, and of mediators, who settle amounts.
 */
export function seesFlags(viewer: Principal): boolean {
  return viewer.role !== 'driver' && viewer.role !== 'assistant' && viewer.role !== 'mediator';
}

/**
 * What the desk knows beyond what the drivers declared (where and when each photo was taken,
 * why the suggestion, the disputed first decision): for the officers, who see only their
 * district's cases, and the auditors.
 */
export function seesDeskFacts(viewer: Principal): boolean {
  return viewer.role === 'officer' || viewer.role === 'auditor';
}

/** The case's own flags and every flag of its photos. */
function caseFlags(state: CaseViewDocument['state']): string[] {
  return [...new Set([...state.flags, ...state.photos.flatMap((photo) => photo.flags)])];
}

/** Six decimals of a degree, about 0.1 m: what EXIF's rationals mean, without their binary noise. */
const microDegrees = (degrees: number) => Math.round(degrees * 1e6) / 1e6;

/** Where and when a photo was taken, against the reported place and time of the accident. */
export function photoFacts(
  photo: { takenAt?: string; position?: GeoPosition },
  accident: { occurredAt: string; location: Location | null },
) {
  return {
    ...(photo.position
      ? { position: { lat: microDegrees(photo.position.lat), lng: microDegrees(photo.position.lng) } }
      : {}),
    ...(photo.position && accident.location
      ? { distanceMeters: Math.round(distanceMeters(photo.position, accident.location)) }
      : {}),
    ...(photo.takenAt && accident.occurredAt
      ? { minutesFromAccident: Math.round(minutesBetween(accident.occurredAt, photo.takenAt)) }
      : {}),
  };
}

/** The suggestion, and for the desk why: which party declared which situations. */
export function explainedSuggestion(
  suggestion: LiabilitySuggestion | null,
  situations: Record<PartyId, readonly SituationCode[]>,
  explain: boolean,
) {
  if (!suggestion) return null;
  if (!explain) return suggestion;
  return {
    ...suggestion,
    matched: PARTY_IDS.filter((party) => situations[party].length > 0).map((party) => ({
      party,
      situations: [...situations[party]],
    })),
  };
}

function presentDispute({ party, reason, disputedAt }: Dispute) {
  return { party, reason, disputedAt };
}

/** A decision the parties disputed, as the reviewing officer reads it. */
export function presentDisputedDecision(decision: (Decision | DeskDecision) & { disputes: Dispute[] }) {
  return {
    decidedBy: decision.officerId,
    allocation: decision.allocation,
    basis: decision.basis,
    situations: decision.situations,
    reasoning: decision.reasoning,
    decidedAt: decision.decidedAt,
    disputes: decision.disputes.map(presentDispute),
  };
}

function flagDetailsFor(viewer: Principal, recorded: readonly RecordedFlagDetail[] | undefined) {
  return seesFlags(viewer) ? knownFlagDetails(recorded) : [];
}

/** The liability the case rests on: final, or a police decision awaiting the parties' answers. */
function presentLiability(state: CaseViewState) {
  const answers = () =>
    Object.fromEntries(PARTY_IDS.map((party) => [party, state.responses[party] ?? 'PENDING'])) as Record<
      PartyId,
      'ACCEPTED' | 'DISPUTED' | 'PENDING'
    >;
  if (state.liability) {
    return {
      allocation: state.liability.allocation,
      basis: state.liability.basis,
      ...(state.liability.decidedBy !== undefined ? { decidedBy: state.liability.decidedBy } : {}),
      decidedAt: state.liability.decidedAt,
      ...(state.liability.reasoning !== undefined ? { reasoning: state.liability.reasoning } : {}),
      final: true,
      ...(state.liability.basis !== 'AGREEMENT' ? { answers: answers() } : {}),
    };
  }
  if (state.status === 'DECIDED' && state.decision) {
    return {
      allocation: state.decision.allocation,
      basis: state.decision.basis,
      decidedBy: state.decision.officerId,
      decidedAt: state.decision.decidedAt,
      reasoning: state.decision.reasoning,
      final: false,
      respondBy: state.decision.responseDeadline,
      answers: answers(),
    };
  }
  return null;
}

/** What the view knows as of its last event, for a caller that gives no time of its own (the audit). */
function lastChange(document: CaseViewDocument): Date {
  return new Date(document.timeline.at(-1)?.at ?? document.state.reportedAt);
}

/**
 * The CaseView of api.md, as the given caller may see it. `now`: the clock's time, for whether
 * the desk is overdue and what happens next (by default, the time of the view's last event).
 */
export function presentCase(
  document: CaseViewDocument,
  viewer: Principal,
  claims: { claimId: string; party: string; status: string; hold?: unknown }[] = [],
  now: Date = lastChange(document),
) {
  const { state } = document;
  const own = viewerParty(viewer, state);
  // The assistant who filed the case typed both parties' details: they see them as entered.
  const seesEverything = viewer.role === 'auditor' || filedByViewer(viewer, state);
  const desk = seesDeskFacts(viewer);
  const flagsShown = seesFlags(viewer);
  const situations = { A: state.parties.A?.situations ?? [], B: state.parties.B?.situations ?? [] };
  return {
    caseId: document.caseId,
    status: state.status,
    occurredAt: state.occurredAt,
    reportedAt: state.reportedAt,
    location: state.location,
    ...reporterAccount(state),
    ...(own === 'A' && state.status === 'REPORTED' && !state.parties.B ? { joinCode: state.joinCode } : {}),
    yourParty: own ?? null,
    parties: PARTY_IDS.filter((party) => state.parties[party]).map((party) => {
      const details = state.parties[party]!;
      const mine = party === own || seesEverything;
      return {
        party,
        plate: details.plate,
        insurer: details.insurer,
        driverName: mine ? details.driverName : maskName(details.driverName),
        phone: mine ? details.phone : maskPhone(details.phone),
        ...(details.vehicleType !== undefined ? { vehicleType: details.vehicleType } : {}),
        situations: details.situations,
        ...(details.note !== undefined ? { note: details.note } : {}),
        ...(state.responses[party] ? { accepted: state.responses[party] === 'ACCEPTED' } : {}),
        licenceNo: mine ? details.licenceNo : maskLicence(details.licenceNo),
        ...(mine ? { policyNumber: details.policyNumber, coverage: details.coverage } : {}),
      };
    }),
    photos: state.photos.map((photo) => ({
      photoId: photo.photoId,
      kind: photo.kind,
      party: photo.party,
      ...(photo.takenAt !== undefined ? { takenAt: photo.takenAt } : {}),
      flags: flagsShown ? photo.flags : [],
      flagDetails: flagDetailsFor(viewer, photo.flagDetails),
      ...(desk ? photoFacts(photo, state) : {}),
      urls: photoUrls(document.caseId, photo.photoId),
    })),
    agreement: state.agreement ?? assistedAgreement(state),
    policeRequest: state.policeRequest
      ? {
          requestedAt: state.policeRequest.requestedAt,
          deadline: state.policeRequest.deadline,
          review: state.policeRequest.review,
          overdue: isDeskOverdue(state, now.toISOString()),
        }
      : null,
    evidenceRequest: state.status === 'EVIDENCE_REQUESTED' ? state.evidenceRequest : null,
    decision: state.decision
      ? {
          allocation: state.decision.allocation,
          basis: state.decision.basis,
          decidedBy: state.decision.officerId,
          decidedAt: state.decision.decidedAt,
          reasoning: state.decision.reasoning,
          situations: state.decision.situations,
          responseDeadline: state.decision.responseDeadline,
        }
      : null,
    suggestion: explainedSuggestion(suggestLiability(situations), situations, desk),
    liability: presentLiability(state),
    // The mediator of a review disputed again weighs the first decision and its disputes too.
    disputedDecision:
      (desk || viewer.role === 'mediator') && state.disputedDecision
        ? presentDisputedDecision(state.disputedDecision)
        : null,
    referral: state.referral
      ? {
          reason: state.referral.reason,
          kind: referralKind(state.referral),
          ...(state.referral.officerId !== undefined ? { referredBy: state.referral.officerId } : {}),
          ...(state.referral.mediationId !== undefined ? { mediationId: state.referral.mediationId } : {}),
          district: state.district,
          referredAt: state.referral.referredAt,
        }
      : null,
    nextStep: own ? nextStepFor(state, own, now.toISOString()) : null,
    claims,
    flags: flagsShown ? caseFlags(state) : [],
    flagDetails: flagDetailsFor(viewer, state.flagDetails),
    timeline: document.timeline.map(({ at, type, actor }) => ({ at, type, actor })),
    revision: document.revision,
    ...(state.filedBy ? { filedBy: { ...state.filedBy } } : {}),
    ...(state.assistance ? { assistance: presentAssistance(state.assistance) } : {}),
    ...(state.mediations
      ? {
          mediations: state.mediations.map(({ mediationId, claimId }) => ({
            mediationId,
            ...(claimId !== undefined ? { claimId } : {}),
          })),
        }
      : {}),
  };
}

/** Who sent the case offline: an officer, a disputed review by itself, or a failed mediation. */
function referralKind(referral: NonNullable<CaseViewState['referral']>) {
  if (referral.officerId !== undefined) return 'OFFICER' as const;
  return referral.mediationId !== undefined ? ('MEDIATION_FAILED' as const) : ('REVIEW_DISPUTED' as const);
}

function filedByViewer(viewer: Principal, state: CaseViewState): boolean {
  return viewer.role === 'assistant' && state.filedBy?.assistantId === viewer.sub;
}

/** While the parties confirm what an assistant recorded, the agreement is that one, signed by whoever confirmed. */
function assistedAgreement(state: CaseViewState) {
  const recorded = state.status === 'REPORTED' ? state.assistance?.agreement : null;
  if (!recorded) return null;
  return {
    allocation: recorded.allocation,
    signedBy: PARTY_IDS.filter((party) => state.assistance?.confirmed[party]),
  };
}

/** Each party's confirmation of an assisted case, and the code out for them (when it was sent, until when, tries left). */
export function presentAssistance(assistance: AssistanceView) {
  return {
    agreement: assistance.agreement,
    parties: PARTY_IDS.map((party) => {
      const consent = assistance.confirmed[party];
      return {
        party,
        confirmed: consent !== undefined,
        ...(consent ? { method: consent.method, confirmedAt: consent.confirmedAt } : {}),
        code: assistance.codes[party] ?? null,
      };
    }),
  };
}

export function presentCaseSummary(document: CaseViewDocument, viewer: Principal, now: Date = lastChange(document)) {
  const { state } = document;
  const own: PartyId | undefined = viewerParty(viewer, state);
  return {
    caseId: document.caseId,
    status: state.status,
    occurredAt: state.occurredAt,
    reportedAt: state.reportedAt,
    address: state.location?.address ?? '',
    yourParty: own ?? null,
    plates: PARTY_IDS.filter((party) => state.parties[party]).map((party) => state.parties[party]!.plate),
    liability: state.liability?.allocation ?? null,
    nextStep: own ? nextStepFor(state, own, now.toISOString()) : null,
  };
}

/** One line of the police desk queue (api.md), with what the desk knows of the case. */
export function presentQueueItem(document: DeskQueueDocument, now: Date) {
  const deadline = document.deadline ?? '';
  const holder = document.assignment && document.assignment.expiresAt > now.toISOString() ? document.assignment : null;
  const situations = (party: PartyId) => document.parties.find((each) => each.party === party)?.situations ?? [];
  const accident = { occurredAt: document.occurredAt, location: document.location ?? null };
  return {
    caseId: document.caseId,
    requestedAt: document.requestedAt ?? '',
    deadline,
    overdue: deadline !== '' && deadline < now.toISOString(),
    review: document.review,
    district: document.district,
    status: document.status,
    occurredAt: document.occurredAt,
    reportedAt: document.reportedAt,
    location: document.location,
    ...reporterAccount(document),
    parties: document.parties.map(({ party, plate, situations }) => ({ party, plate, situations })),
    suggestion: explainedSuggestion(document.suggestion, { A: situations('A'), B: situations('B') }, true),
    flags: [...new Set([...document.caseFlags, ...document.photos.flatMap((photo) => photo.flags)])],
    flagDetails: knownFlagDetails(document.caseFlagDetails),
    photos: document.photos.map((photo) => ({
      photoId: photo.photoId,
      kind: photo.kind,
      thumbnail: photoUrls(document.caseId, photo.photoId).thumbnail,
      party: photo.party,
      ...(photo.takenAt !== undefined ? { takenAt: photo.takenAt } : {}),
      ...photoFacts(photo, accident),
      flags: photo.flags,
      flagDetails: knownFlagDetails(photo.flagDetails),
    })),
    disputedDecision: document.disputedDecision ? presentDisputedDecision(document.disputedDecision) : null,
    ...(holder ? { assignedTo: holder.officerId } : {}),
    ...(document.filedBy ? { filedBy: { ...document.filedBy } } : {}),
  };
}
