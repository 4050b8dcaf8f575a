import type { ClaimCommand } from './claim.commands';
import { ClaimRefused } from './claim.errors';
import type { ClaimEvent } from './claim.events';
import {
  ASSESSMENT_RESPONSE_MINUTES,
  MAX_PAYOUT_ATTEMPTS,
  type Assessment,
  type ClaimSettlement,
  type ClaimStatus,
  type Payout,
} from './claim.types';
import type { Coverage } from './settlement';

export interface ClaimState {
  status: ClaimStatus | 'NONE';
  claimId: string;
  caseId: string;
  party: string;
  claimantId: string;
  plate: string;
  handlingInsurer: string;
  flags: string[];
  assessment: Assessment | null;
  settlement: (ClaimSettlement & { straightThrough: boolean }) | null;
  approved: boolean;
  payouts: Payout[];
}

export const initialState: ClaimState = {
  status: 'NONE',
  claimId: '',
  caseId: '',
  party: '',
  claimantId: '',
  plate: '',
  handlingInsurer: '',
  flags: [],
  assessment: null,
  settlement: null,
  approved: false,
  payouts: [],
};

const notFound = () => new ClaimRefused('CLAIM_NOT_FOUND', 'NOT_FOUND', 'No such claim');
const wrongStatus = (action: string, status: string) =>
  new ClaimRefused('INVALID_CLAIM_STATUS', 'CONFLICT', `Cannot ${action} while the claim is ${status}`);

export function decide(command: ClaimCommand, state: ClaimState): ClaimEvent[] {
  if (command.type === 'OpenClaim') {
    if (state.status !== 'NONE') return [];
    const { type: _type, now, ...data } = command;
    return [{ type: 'ClaimOpened', data: { ...data, openedAt: now } }];
  }
  if (state.status === 'NONE') throw notFound();
  switch (command.type) {
    case 'AssessDamage': {
      if (command.insurer !== state.handlingInsurer) throw notFound();
      requireStatus(state, 'assess the damage', ['OPEN', 'ASSESSMENT_REJECTED']);
      const invalid = command.lineItems.flatMap((item, index) => [
        ...(item.description.trim() ? [] : [{ field: `lineItems.${index}.description`, message: 'must not be empty' }]),
        ...(Number.isSafeInteger(item.amountFen) && item.amountFen > 0
          ? []
          : [{ field: `lineItems.${index}.amountFen`, message: 'must be a positive whole number of fen' }]),
      ]);
      if (command.lineItems.length === 0 || invalid.length > 0) {
        throw new ClaimRefused(
          'INVALID_LINE_ITEMS',
          'INVALID',
          'An assessment needs line items in positive whole fen',
          invalid,
        );
      }
      return [
        {
          type: 'DamageAssessed',
          data: {
            lineItems: command.lineItems.map((item) => ({
              description: item.description.trim(),
              amountFen: item.amountFen,
            })),
            totalFen: command.lineItems.reduce((total, item) => total + item.amountFen, 0),
            assessedBy: command.adjusterId,
            assessedAt: command.now,
            ...(command.note ? { note: command.note } : {}),
          },
        },
      ];
    }
    case 'AcceptAssessment':
      requireClaimant(state, command.driverId);
      requireStatus(state, 'accept the assessment', ['ASSESSED']);
      return [{ type: 'AssessmentAccepted', data: { acceptedAt: command.now, bySilence: false } }];
    case 'AcceptAssessmentBySilence': {
      requireStatus(state, 'accept the assessment', ['ASSESSED']);
      const deadline = Date.parse(state.assessment!.assessedAt) + ASSESSMENT_RESPONSE_MINUTES * 60_000;
      if (Date.parse(command.now) < deadline) {
        throw new ClaimRefused('RESPONSE_PERIOD_OPEN', 'RULE', 'The claimant still has time to answer the assessment');
      }
      return [{ type: 'AssessmentAccepted', data: { acceptedAt: command.now, bySilence: true } }];
    }
    case 'RejectAssessment': {
      requireClaimant(state, command.driverId);
      requireStatus(state, 'reject the assessment', ['ASSESSED']);
      const reason = command.reason.trim();
      if (!reason) {
        throw new ClaimRefused('REASON_REQUIRED', 'INVALID', 'Say why the assessment is rejected', [
          { field: 'reason', message: 'must not be empty' },
        ]);
      }
      return [{ type: 'AssessmentRejected', data: { reason, rejectedAt: command.now } }];
    }
    case 'CalculateSettlement': {
      if (state.settlement) return [];
      requireStatus(state, 'settle', ['ACCEPTED']);
      const total = command.settlement.lines.reduce((sum, line) => sum + line.amountFen, 0);
      if (total !== state.assessment?.totalFen) {
        throw new ClaimRefused('SETTLEMENT_MISMATCH', 'RULE', 'The settlement lines must add up to the assessed loss');
      }
      const straightThrough = state.flags.length === 0 && total <= command.straightThroughLimitFen;
      const calculated: ClaimEvent = {
        type: 'SettlementCalculated',
        data: { ...command.settlement, straightThrough, calculatedAt: command.now },
      };
      if (!straightThrough) return [calculated];
      const settled = evolve(state, calculated);
      return [
        calculated,
        {
          type: 'SettlementApproved',
          data: { approvedBy: 'system:straight-through', approvedAt: command.now, straightThrough: true },
        },
        ...requestPayouts(settled, command.payoutIds, command.now),
      ];
    }
    case 'ApproveSettlement':
      if (command.insurer !== state.handlingInsurer) throw notFound();
      requireStatus(state, 'approve the settlement', ['ACCEPTED']);
      if (!state.settlement) throw new ClaimRefused('NOT_SETTLED_YET', 'RULE', 'The settlement is not calculated yet');
      return [
        {
          type: 'SettlementApproved',
          data: { approvedBy: command.adjusterId, approvedAt: command.now, straightThrough: false },
        },
        ...requestPayouts(state, command.payoutIds, command.now),
      ];
    case 'RecordPayoutResult':
      return recordPayoutResult(command, state);
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

/** One payout per paying insurer; what the claimant bears is not paid by anyone. */
function requestPayouts(state: ClaimState, payoutIds: readonly string[], now: string): ClaimEvent[] {
  const byPayer = new Map<string, { coverages: Coverage[]; amountFen: number }>();
  for (const line of state.settlement?.lines ?? []) {
    if (line.coverage === 'CLAIMANT') continue;
    const payout = byPayer.get(line.payer) ?? { coverages: [], amountFen: 0 };
    payout.coverages.push(line.coverage);
    payout.amountFen += line.amountFen;
    byPayer.set(line.payer, payout);
  }
  if (byPayer.size > payoutIds.length) throw new Error(`Need ${byPayer.size} payout ids, got ${payoutIds.length}`);
  if (byPayer.size === 0) return paidAndClosed(state, now);
  return [...byPayer.entries()].map(([payer, payout], index) => ({
    type: 'PayoutRequested',
    data: {
      payoutId: payoutIds[index]!,
      payer,
      coverages: payout.coverages,
      amountFen: payout.amountFen,
      attempt: 1,
      requestedAt: now,
    },
  }));
}

function recordPayoutResult(
  command: Extract<ClaimCommand, { type: 'RecordPayoutResult' }>,
  state: ClaimState,
): ClaimEvent[] {
  const payout = state.payouts.find((candidate) => candidate.payoutId === command.payoutId);
  if (!payout || payout.payer !== command.insurer) {
    throw new ClaimRefused('PAYOUT_NOT_FOUND', 'NOT_FOUND', 'No such payout for this insurer');
  }
  if (command.attempt !== undefined && command.attempt !== payout.attempts) return [];
  if (payout.status === 'PAID') {
    if (command.status === 'PAID') return [];
    throw new ClaimRefused('PAYOUT_ALREADY_PAID', 'CONFLICT', 'This payout is already confirmed as paid');
  }
  if (payout.status !== 'REQUESTED') {
    throw new ClaimRefused('PAYOUT_NOT_AWAITING_RESULT', 'CONFLICT', `The payout is ${payout.status}`);
  }
  if (command.status === 'PAID') {
    const confirmed: ClaimEvent = {
      type: 'PayoutConfirmed',
      data: {
        payoutId: payout.payoutId,
        ...(command.reference ? { reference: command.reference } : {}),
        confirmedAt: command.now,
      },
    };
    const after = evolve(state, confirmed);
    return after.payouts.every((candidate) => candidate.status === 'PAID')
      ? [confirmed, ...paidAndClosed(after, command.now)]
      : [confirmed];
  }
  const willRetry = payout.attempts < MAX_PAYOUT_ATTEMPTS;
  const failed: ClaimEvent = {
    type: 'PayoutFailed',
    data: {
      payoutId: payout.payoutId,
      reason: command.reason?.trim() || 'unspecified',
      failedAt: command.now,
      willRetry,
    },
  };
  if (!willRetry) return [failed];
  return [
    failed,
    {
      type: 'PayoutRequested',
      data: {
        payoutId: payout.payoutId,
        payer: payout.payer,
        coverages: payout.coverages,
        amountFen: payout.amountFen,
        attempt: payout.attempts + 1,
        requestedAt: command.now,
      },
    },
  ];
}

function paidAndClosed(state: ClaimState, now: string): ClaimEvent[] {
  const totalFen = state.payouts.reduce((sum, payout) => sum + payout.amountFen, 0);
  return [
    { type: 'ClaimPaid', data: { paidAt: now, totalFen } },
    { type: 'ClaimClosed', data: { closedAt: now } },
  ];
}

function requireClaimant(state: ClaimState, driverId: string): void {
  if (state.claimantId !== driverId) throw notFound();
}

function requireStatus(state: ClaimState, action: string, allowed: readonly ClaimStatus[]): void {
  if (!allowed.includes(state.status as ClaimStatus)) throw wrongStatus(action, state.status);
}

export function evolve(state: ClaimState, event: ClaimEvent): ClaimState {
  switch (event.type) {
    case 'ClaimOpened': {
      const { openedAt: _openedAt, ...data } = event.data;
      return { ...initialState, ...data, status: 'OPEN' };
    }
    case 'DamageAssessed':
      return { ...state, status: 'ASSESSED', assessment: { ...event.data } };
    case 'AssessmentAccepted':
      return { ...state, status: 'ACCEPTED' };
    case 'AssessmentRejected':
      return { ...state, status: 'ASSESSMENT_REJECTED' };
    case 'SettlementCalculated': {
      const { calculatedAt: _calculatedAt, ...settlement } = event.data;
      return { ...state, settlement };
    }
    case 'SettlementApproved':
      return { ...state, status: 'APPROVED', approved: true };
    case 'PayoutRequested': {
      const { payoutId, payer, coverages, amountFen, attempt } = event.data;
      const others = state.payouts.filter((payout) => payout.payoutId !== payoutId);
      const requested: Payout = {
        payoutId,
        payer,
        coverages: coverages as Coverage[],
        amountFen,
        status: 'REQUESTED',
        attempts: attempt,
      };
      return {
        ...state,
        status: 'PAYING',
        payouts: [...others, requested].sort((a, b) => a.payoutId.localeCompare(b.payoutId)),
      };
    }
    case 'PayoutConfirmed':
      return {
        ...state,
        payouts: state.payouts.map((payout) =>
          payout.payoutId === event.data.payoutId
            ? { ...payout, status: 'PAID', ...(event.data.reference ? { reference: event.data.reference } : {}) }
            : payout,
        ),
      };
    case 'PayoutFailed':
      return {
        ...state,
        payouts: state.payouts.map((payout) =>
          payout.payoutId === event.data.payoutId
            ? { ...payout, status: event.data.willRetry ? 'FAILED' : 'NEEDS_ADJUSTER', reason: event.data.reason }
            : payout,
        ),
      };
    case 'ClaimPaid':
      return { ...state, status: 'PAID' };
    case 'ClaimClosed':
      return { ...state, status: 'CLOSED' };
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

export const claimDecider = { decide, evolve, initialState };
