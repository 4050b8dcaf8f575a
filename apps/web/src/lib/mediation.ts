/**
 * Online mediation in the consoles (issue 15.2, ADR 33): a district's committee, and the
 * mediator's proposal form, typed in yuan and sent as integer fen (money.ts).
 */
import type { CaseView, ClaimView } from '../api/types';
import { driverStep } from './case-flow';
import { parseYuan } from './money';

type Party = 'A' | 'B';
export type MediatedCoverage = 'COMPULSORY' | 'THIRD_PARTY' | 'OWN_DAMAGE';

const COMMITTEE_SUFFIX = '-insurance-mediation';

/** A district's people's mediation committee: `<district>-insurance-mediation`. */
export const committeeOf = (district: string): string => `${district}${COMMITTEE_SUFFIX}`;

/** The district of a committee id, or null when it is not one of `committeeOf`'s. */
export function districtOfCommittee(committee: string): string | null {
  return committee.endsWith(COMMITTEE_SUFFIX) && committee.length > COMMITTEE_SUFFIX.length
    ? committee.slice(0, -COMMITTEE_SUFFIX.length)
    : null;
}

/** One line of the form: who pays, under which cover, how much as typed (yuan). */
export interface DraftLine {
  payerParty: Party;
  coverage: MediatedCoverage;
  amount: string;
}

/** A vehicle's lines as the form holds them. */
export interface DraftVehicle {
  party: Party;
  lines: DraftLine[];
}

/** The cover a line names fixes its payer (ADR 33): own damage the vehicle's own party, the rest the other. */
export function payerOf(vehicle: Party, coverage: MediatedCoverage): Party {
  if (coverage === 'OWN_DAMAGE') return vehicle;
  return vehicle === 'A' ? 'B' : 'A';
}

/**
 * The proposal's body from the form: each vehicle with at least one line, amounts in fen; or the
 * lines (vehicle, index) whose amount is not a positive amount of yuan with at most two decimals.
 */
export function proposalOf(drafts: readonly DraftVehicle[]):
  | {
      vehicles: { party: Party; lines: { payerParty: Party; coverage: MediatedCoverage; amountFen: number }[] }[];
      totalFen: number;
    }
  | { invalid: { party: Party; index: number }[] } {
  const invalid: { party: Party; index: number }[] = [];
  let totalFen = 0;
  const vehicles = drafts
    .filter((draft) => draft.lines.length > 0)
    .map((draft) => ({
      party: draft.party,
      lines: draft.lines.map((line, index) => {
        const amountFen = parseYuan(line.amount);
        if (amountFen === null || amountFen <= 0) invalid.push({ party: draft.party, index });
        else totalFen += amountFen;
        return { payerParty: line.payerParty, coverage: line.coverage, amountFen: amountFen ?? 0 };
      }),
    }));
  return invalid.length > 0 ? { invalid } : { vehicles, totalFen };
}

/**
 * Where a driver may ask for mediation (ADR 33): on a review's decision they have not answered
 * (a first decision is disputed for a review instead), and on each of their claims rejected twice
 * that no mediation was asked on yet.
 */
export function mediationAsks(
  view: CaseView,
  claims: readonly Pick<ClaimView, 'claimId' | 'party' | 'status' | 'rejections'>[],
): { onReview: boolean; claimIds: string[] } {
  const asked = new Set((view.mediations ?? []).map((entry) => entry.claimId).filter(Boolean));
  return {
    onReview: view.decision?.basis === 'REVIEW' && driverStep(view).respondToDecision,
    claimIds: claims
      .filter(
        (claim) =>
          claim.party === view.yourParty &&
          claim.status === 'ASSESSMENT_REJECTED' &&
          claim.rejections.length >= 2 &&
          !asked.has(claim.claimId),
      )
      .map((claim) => claim.claimId),
  };
}
