import type { ObjectRule, Principal, Refusal, RouteParams } from '@quickclaim/http';
import type { Filer } from '../domain/assistance.types';
import type { ReportedCaseState } from '../domain/case.state';
import { PARTY_IDS, PHOTO_VARIANTS, type CaseStatus, type PartyId } from '../domain/case.types';
import type { CaseViewState } from '../case-views/case-view.state';

/**
 * What access to a case is decided on (domain.md, "Who uses it"): the same facts whether they
 * come from the stream the command folds or from the view a query reads, so the rules hold
 * however either stores its state.
 */
export interface CaseAccess {
  status: CaseStatus;
  district: string;
  /** The drivers asked the police desk at some point. */
  sentToDesk: boolean;
  claimsOpened: boolean;
  /** `driverId` is absent for a party an assistant filed for, until they confirm on their own phone. */
  parties: { party: PartyId; driverId?: string; insurer: string }[];
  photos: { photoId: string; uploadedBy: string }[];
  /** The assistant who filed the case, if one did. */
  filedBy?: string;
  /** Parties of an assisted case who were sent a code and have not confirmed yet. */
  awaitingConfirmation?: PartyId[];
}

type CaseFacts = Pick<ReportedCaseState | CaseViewState, 'district' | 'parties' | 'photos'> & {
  status: CaseStatus;
  policeRequest?: unknown;
  claims?: readonly unknown[];
};

/** What access to an assisted case adds: who filed it, and which parties may still confirm with a code. */
function assistanceAccess(
  filedBy: Filer | null,
  codes: Partial<Record<PartyId, unknown>> | undefined,
): Pick<CaseAccess, 'filedBy' | 'awaitingConfirmation'> {
  if (!filedBy) return {};
  return { filedBy: filedBy.assistantId, awaitingConfirmation: PARTY_IDS.filter((party) => codes?.[party]) };
}

function accessOf(state: CaseFacts): CaseAccess {
  return {
    status: state.status,
    district: state.district,
    sentToDesk: state.policeRequest !== null && state.policeRequest !== undefined,
    claimsOpened: (state.claims ?? []).length > 0,
    parties: PARTY_IDS.flatMap((party) => {
      const details = state.parties[party];
      return details ? [{ party, driverId: details.driverId, insurer: details.insurer }] : [];
    }),
    photos: state.photos.map(({ photoId, uploadedBy }) => ({ photoId, uploadedBy })),
  };
}

/** From the state the case's command handler folded. */
export function caseAccess(state: ReportedCaseState): CaseAccess {
  return { ...accessOf(state), ...assistanceAccess(state.filedBy, state.assisted?.codes) };
}

/** From the case's view; null while it is no case. */
export function caseViewAccess(view: CaseViewState): CaseAccess | null {
  if (view.status === 'NONE') return null;
  return { ...accessOf({ ...view, status: view.status }), ...assistanceAccess(view.filedBy, view.assistance?.codes) };
}

export function partyOfPrincipal(principal: Principal, access: CaseAccess): PartyId | undefined {
  return principal.role === 'driver'
    ? access.parties.find((party) => party.driverId === principal.sub)?.party
    : undefined;
}

/**
 * Drivers see the cases they are a party to; officers the cases of their district once they were
 * sent to the desk (awaiting, under review, decided by the police…); adjusters the cases their
 * company insures a vehicle of once claims are open; auditors every case; assistants the cases
 * they filed. Admins run the platform, not cases.
 */
export function seesCase(principal: Principal, access: CaseAccess): boolean {
  switch (principal.role) {
    case 'driver':
      return partyOfPrincipal(principal, access) !== undefined;
    case 'officer':
      return access.sentToDesk && principal.district === access.district;
    case 'adjuster':
      return access.claimsOpened && access.parties.some((party) => party.insurer === principal.insurer);
    case 'auditor':
      return true;
    case 'admin':
      return false;
    case 'assistant':
      return access.filedBy !== undefined && access.filedBy === principal.sub;
    default: {
      const exhaustive: never = principal.role;
      return exhaustive;
    }
  }
}

/**
 * Besides its parties, any driver with the case id may try to join it: the join code decides
 * (while the case waits for its party B, a wrong code is refused as such; once it does not, only
 * a driver with the code learns the case exists, and that it is full).
 */
export function mayJoinCase(principal: Principal, access: CaseAccess): boolean {
  return seesCase(principal, access) || principal.role === 'driver';
}

/**
 * A party of an assisted case confirms on their own phone before they are its party: any driver
 * with the case id (the SMS link) may try while a code is out for a party, as a second driver
 * may try to join; the code decides.
 */
export function mayConfirmParty(principal: Principal, access: CaseAccess): boolean {
  return seesCase(principal, access) || (principal.role === 'driver' && (access.awaitingConfirmation ?? []).length > 0);
}

/**
 * Derivatives (no metadata) go to whoever sees the case. The original holds the GPS position and
 * is evidence: only its uploader among the drivers and assistants, and the officers, adjusters and
 * auditors who see the case.
 */
export function seesPhoto(principal: Principal, access: CaseAccess, params: RouteParams): boolean {
  const photo = access.photos.find((candidate) => candidate.photoId === params.photoId);
  const variant = params.variant;
  if (!photo || !(PHOTO_VARIANTS as readonly (string | undefined)[]).includes(variant)) return false;
  if (variant !== 'original') return true;
  const uploaderOnly = principal.role === 'driver' || principal.role === 'assistant';
  return !uploaderOnly || photo.uploadedBy === principal.sub;
}

export const CASE_NOT_FOUND: Refusal = { status: 404, code: 'CASE_NOT_FOUND', detail: 'No such case' };

export const CASE_RULES = {
  seesCase: { name: 'seesCase', test: seesCase, refusal: CASE_NOT_FOUND },
  mayJoinCase: { name: 'mayJoinCase', test: mayJoinCase, refusal: CASE_NOT_FOUND },
  mayConfirmParty: { name: 'mayConfirmParty', test: mayConfirmParty, refusal: CASE_NOT_FOUND },
  seesPhoto: {
    name: 'seesPhoto',
    test: seesPhoto,
    refusal: { status: 404, code: 'PHOTO_NOT_FOUND', detail: 'No such photo' },
  },
} satisfies Record<string, ObjectRule<CaseAccess>>;
