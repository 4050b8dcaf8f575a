import type { ObjectRule, Principal, Refusal, RouteParams } from '@quickclaim/http';
import type { Payout } from '../domain/claim.types';

/** What access to a claim is decided on, from its stream or its view alike. */
export interface ClaimAccess {
  claimantId: string;
  handlingInsurer: string;
  payouts: { payoutId: string; payer: string }[];
}

export function claimAccess(claim: {
  claimantId: string;
  handlingInsurer: string;
  payouts: readonly Pick<Payout, 'payoutId' | 'payer'>[];
}): ClaimAccess {
  return {
    claimantId: claim.claimantId,
    handlingInsurer: claim.handlingInsurer,
    payouts: claim.payouts.map(({ payoutId, payer }) => ({ payoutId, payer })),
  };
}

/** Its claimant, adjusters of the handling insurer or of a paying insurer, and auditors. */
export function seesClaim(principal: Principal, access: ClaimAccess): boolean {
  switch (principal.role) {
    case 'driver':
      return principal.sub === access.claimantId;
    case 'adjuster':
      return (
        principal.insurer === access.handlingInsurer ||
        access.payouts.some((payout) => payout.payer === principal.insurer)
      );
    case 'auditor':
      return true;
    case 'officer':
    case 'admin':
    case 'assistant': // files the case on the scene; the claims are the parties' and their insurers'
      return false;
    default: {
      const exhaustive: never = principal.role;
      return exhaustive;
    }
  }
}

/** Assessing and approving are the handling insurer's; a paying insurer sees the claim but may not. */
export function handlesClaim(principal: Principal, access: ClaimAccess): boolean {
  return principal.role === 'adjuster' && principal.insurer === access.handlingInsurer;
}

/** A payout's result is reported by its payer only; to anyone else it does not exist. */
export function paysPayout(principal: Principal, access: ClaimAccess, params: RouteParams): boolean {
  const payout = access.payouts.find((candidate) => candidate.payoutId === params.payoutId);
  return payout !== undefined && principal.role === 'adjuster' && payout.payer === principal.insurer;
}

export const CLAIM_NOT_FOUND: Refusal = { status: 404, code: 'CLAIM_NOT_FOUND', detail: 'No such claim' };
export const PAYOUT_NOT_FOUND: Refusal = {
  status: 404,
  code: 'PAYOUT_NOT_FOUND',
  detail: 'No such payout for your insurer',
};

export const CLAIM_RULES = {
  seesClaim: { name: 'seesClaim', test: seesClaim, refusal: CLAIM_NOT_FOUND },
  handlesClaim: {
    name: 'handlesClaim',
    test: handlesClaim,
    refusal: { status: 403, code: 'NOT_HANDLING_INSURER', detail: 'Only the handling insurer may do this' },
  },
} satisfies Record<string, ObjectRule<ClaimAccess>>;

export const PAYOUT_RULES = {
  paysPayout: { name: 'paysPayout', test: paysPayout, refusal: PAYOUT_NOT_FOUND },
} satisfies Record<string, ObjectRule<ClaimAccess>>;
