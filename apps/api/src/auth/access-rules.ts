import { PARTY_IDS, type CaseViewState as CaseState, type PartyId } from '@quickclaim/accident-case';
import type { OpenedClaimState as ClaimState } from '@quickclaim/claims';
import type { Principal } from './principal';

/**
 * The object-level rules of domain.md ("Who uses it"), as pure functions of the principal and the
 * object's state: the same state whether it was folded from the stream (commands, audit) or read
 * from a view (queries), so they hold however the read side stores its documents.
 */

/** Path parameters of the request, for rules about a part of the object (a photo of a case). */
export type RouteParams = Readonly<Record<string, string | undefined>>;

/**
 * Drivers see the cases they are a party to; officers the cases of their district once they were
 * sent to the desk (awaiting, under review, decided by the police…); adjusters the cases their
 * company insures a vehicle of once claims are open; auditors every case. Admins run the
 * platform, not cases.
 */
export function seesCase(principal: Principal, state: CaseState): boolean {
  switch (principal.role) {
    case 'driver':
      return partyOf(state, principal.sub) !== undefined;
    case 'officer':
      return state.policeRequest !== null && principal.district === state.district;
    case 'adjuster':
      return (
        state.claims.length > 0 &&
        Object.values(state.parties).some((party) => party !== undefined && party.insurer === principal.insurer)
      );
    case 'auditor':
      return true;
    case 'admin':
      return false;
    default: {
      const exhaustive: never = principal.role;
      return exhaustive;
    }
  }
}

/**
 * Besides its parties, any driver who has the case id and the join code may try to join while
 * the case still waits for its party B; once B is there the case is invisible to everyone else.
 */
export function mayJoinCase(principal: Principal, state: CaseState): boolean {
  return seesCase(principal, state) || (state.status === 'REPORTED' && state.parties.B === undefined);
}

const PHOTO_VARIANTS = ['thumbnail', 'preview', 'original'] as const;

/**
 * Derivatives (no metadata) go to whoever sees the case. The original holds the GPS position and
 * is evidence: only its uploader among the drivers, and the officers, adjusters and auditors who
 * see the case.
 */
export function seesPhoto(principal: Principal, state: CaseState, params: RouteParams): boolean {
  const photo = state.photos.find((candidate) => candidate.photoId === params.photoId);
  const variant = params.variant;
  if (!photo || !(PHOTO_VARIANTS as readonly (string | undefined)[]).includes(variant)) return false;
  if (variant !== 'original') return true;
  return principal.role !== 'driver' || photo.uploadedBy === principal.sub;
}

/** Its claimant, adjusters of the handling insurer or of a paying insurer, and auditors. */
export function seesClaim(principal: Principal, state: ClaimState): boolean {
  switch (principal.role) {
    case 'driver':
      return principal.sub === state.claimantId;
    case 'adjuster':
      return (
        principal.insurer === state.handlingInsurer ||
        state.payouts.some((payout) => payout.payer === principal.insurer)
      );
    case 'auditor':
      return true;
    case 'officer':
    case 'admin':
      return false;
    default: {
      const exhaustive: never = principal.role;
      return exhaustive;
    }
  }
}

/** Assessing and approving are the handling insurer's; a paying insurer sees the claim but may not. */
export function handlesClaim(principal: Principal, state: ClaimState): boolean {
  return principal.role === 'adjuster' && principal.insurer === state.handlingInsurer;
}

/** A payout's result is reported by its payer only; to anyone else it does not exist. */
export function paysPayout(principal: Principal, state: ClaimState, params: RouteParams): boolean {
  const payout = state.payouts.find((candidate) => candidate.payoutId === params.payoutId);
  return payout !== undefined && principal.role === 'adjuster' && payout.payer === principal.insurer;
}

export function partyOfPrincipal(principal: Principal, state: CaseState): PartyId | undefined {
  return principal.role === 'driver' ? partyOf(state, principal.sub) : undefined;
}

function partyOf(state: CaseState, driverId: string): PartyId | undefined {
  return PARTY_IDS.find((party) => state.parties[party]?.driverId === driverId);
}
