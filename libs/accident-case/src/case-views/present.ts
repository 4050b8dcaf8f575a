import { maskLicence, maskName, maskPhone, type Principal } from '@quickclaim/http';
import { caseViewAccess, partyOfPrincipal } from '../access/case.access';
import { PARTY_IDS, type PartyId } from '../domain/case.types';
import { suggestLiability } from '../domain/liability-rules';
import type { CaseViewState } from './case-view.state';
import type { CaseViewDocument } from './case-views.projection';
import type { DeskQueueDocument } from '../police-desk/desk-queue/desk-queue.projection';

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

/** The case's own flags and every flag of its photos. */
function caseFlags(state: CaseViewDocument['state']): string[] {
  return [...new Set([...state.flags, ...state.photos.flatMap((photo) => photo.flags)])];
}

/** The CaseView of api.md, as the given caller may see it. */
export function presentCase(
  document: CaseViewDocument,
  viewer: Principal,
  claims: { claimId: string; party: string; status: string; hold?: unknown }[] = [],
) {
  const { state } = document;
  const own = viewerParty(viewer, state);
  const seesEverything = viewer.role === 'auditor';
  return {
    caseId: document.caseId,
    status: state.status,
    occurredAt: state.occurredAt,
    reportedAt: state.reportedAt,
    location: state.location,
    ...(state.weather !== undefined ? { weather: state.weather } : {}),
    ...(state.description !== undefined ? { description: state.description } : {}),
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
      flags: photo.flags,
      urls: photoUrls(document.caseId, photo.photoId),
    })),
    agreement: state.agreement,
    policeRequest: state.policeRequest
      ? {
          requestedAt: state.policeRequest.requestedAt,
          deadline: state.policeRequest.deadline,
          review: state.policeRequest.review,
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
    suggestion: suggestLiability({ A: state.parties.A?.situations ?? [], B: state.parties.B?.situations ?? [] }),
    liability: state.liability
      ? {
          allocation: state.liability.allocation,
          basis: state.liability.basis,
          ...(state.liability.decidedBy !== undefined ? { decidedBy: state.liability.decidedBy } : {}),
          decidedAt: state.liability.decidedAt,
          ...(state.liability.reasoning !== undefined ? { reasoning: state.liability.reasoning } : {}),
        }
      : null,
    claims,
    flags: caseFlags(state),
    timeline: document.timeline.map(({ at, type, actor }) => ({ at, type, actor })),
    revision: document.revision,
  };
}

export function presentCaseSummary(document: CaseViewDocument, viewer: Principal) {
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
  };
}

/** One line of the police desk queue (api.md). */
export function presentQueueItem(document: DeskQueueDocument, now: Date) {
  const deadline = document.deadline ?? '';
  const holder = document.assignment && document.assignment.expiresAt > now.toISOString() ? document.assignment : null;
  return {
    caseId: document.caseId,
    requestedAt: document.requestedAt ?? '',
    deadline,
    overdue: deadline !== '' && deadline < now.toISOString(),
    review: document.review,
    district: document.district,
    status: document.status,
    parties: document.parties.map(({ party, plate, situations }) => ({ party, plate, situations })),
    suggestion: document.suggestion,
    flags: [...new Set([...document.caseFlags, ...document.photos.flatMap((photo) => photo.flags)])],
    photos: document.photos.map((photo) => ({
      photoId: photo.photoId,
      kind: photo.kind,
      thumbnail: photoUrls(document.caseId, photo.photoId).thumbnail,
    })),
    ...(holder ? { assignedTo: holder.officerId } : {}),
  };
}
