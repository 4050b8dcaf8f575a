import { Refused } from '@quickclaim/kernel';
import { DeciderSpecification } from '@quickclaim/testing';
import type { ClaimCommand } from './claim.commands';
import { claimDecider, evolve, initialState } from './claim.decider';
import type { ClaimEvent } from './claim.events';
import { settle } from './settlement';

const spec = DeciderSpecification(claimDecider);
const T = (minute: number) => `2026-11-22T09:${String(minute).padStart(2, '0')}:00.000Z`;
const refused = (given: ClaimEvent[], command: ClaimCommand, code: string) =>
  spec
    .given(given)
    .when(command)
    .thenThrows(Refused, (error) => expect(error.code).toBe(code));

const opened = (flags: string[] = []): ClaimEvent => ({
  type: 'ClaimOpened',
  data: {
    claimId: 'claim-b',
    caseId: 'case-1',
    party: 'B',
    claimantId: 'driver-b',
    plate: '渝B67890',
    handlingInsurer: 'CPIC',
    flags,
    openedAt: T(0),
  },
});
const assessed: ClaimEvent = {
  type: 'DamageAssessed',
  data: {
    lineItems: [
      { description: 'rear bumper', amountFen: 300_000 },
      { description: 'tail light', amountFen: 200_000 },
    ],
    totalFen: 500_000,
    assessedBy: 'adjuster-cpic',
    assessedAt: T(5),
  },
};
const accepted: ClaimEvent = { type: 'AssessmentAccepted', data: { acceptedAt: T(6), bySilence: false } };

/** B's loss of 500 000 fen against A (FULL, insured by PICC): the domain example. */
const settlementOfB = () => {
  const [, ofB] = settle([
    {
      party: 'A',
      insurer: 'PICC',
      liability: 'FULL',
      lossFen: 300_000,
      thirdPartyLimitFen: 100_000_000,
      ownDamage: true,
    },
    {
      party: 'B',
      insurer: 'CPIC',
      liability: 'NONE',
      lossFen: 500_000,
      thirdPartyLimitFen: 100_000_000,
      ownDamage: true,
    },
  ]);
  return { rule: ofB!.rule, lines: ofB!.lines };
};

const calculate = (limit = 1_000_000): ClaimCommand => ({
  type: 'CalculateSettlement',
  settlement: settlementOfB(),
  straightThroughLimitFen: limit,
  payoutIds: ['payout-1', 'payout-2'],
  now: T(7),
});

const calculated = (straightThrough: boolean): ClaimEvent => ({
  type: 'SettlementCalculated',
  data: { ...settlementOfB(), straightThrough, calculatedAt: T(7) },
});
const payoutRequested = (attempt = 1, minute = 7): ClaimEvent => ({
  type: 'PayoutRequested',
  data: {
    payoutId: 'payout-1',
    payer: 'PICC',
    coverages: ['COMPULSORY', 'THIRD_PARTY'],
    amountFen: 500_000,
    attempt,
    requestedAt: T(minute),
  },
});
const paying = (): ClaimEvent[] => [
  opened(),
  assessed,
  accepted,
  calculated(true),
  {
    type: 'SettlementApproved',
    data: { approvedBy: 'system:straight-through', approvedAt: T(7), straightThrough: true },
  },
  payoutRequested(),
];
const result = (status: 'PAID' | 'FAILED', minute: number, insurer = 'PICC'): ClaimCommand => ({
  type: 'RecordPayoutResult',
  payoutId: 'payout-1',
  insurer,
  status,
  ...(status === 'PAID' ? { reference: `bank-${minute}` } : { reason: 'account frozen' }),
  now: T(minute),
});

describe('the claim decider', () => {
  it('opens a claim once, however often the process manager asks', () => {
    const open: ClaimCommand = {
      type: 'OpenClaim',
      claimId: 'claim-b',
      caseId: 'case-1',
      party: 'B',
      claimantId: 'driver-b',
      plate: '渝B67890',
      handlingInsurer: 'CPIC',
      flags: [],
      now: T(0),
    };
    spec.given([]).when(open).then([opened()]);
    spec.given([opened()]).when(open).thenNothingHappened();
  });

  describe('assessment', () => {
    const assess = (
      insurer = 'CPIC',
      lineItems = [
        { description: ' rear bumper ', amountFen: 300_000 },
        { description: 'tail light', amountFen: 200_000 },
      ],
    ): ClaimCommand => ({
      type: 'AssessDamage',
      adjusterId: 'adjuster-cpic',
      insurer,
      lineItems,
      now: T(5),
    });

    it('records line items and their total', () => spec.given([opened()]).when(assess()).then([assessed]));
    it('is only for the handling insurer', () => refused([opened()], assess('PICC'), 'CLAIM_NOT_FOUND'));
    it('refuses amounts that are not positive whole fen', () =>
      refused(
        [opened()],
        assess('CPIC', [
          { description: 'x', amountFen: 10.5 },
          { description: 'y', amountFen: 0 },
        ]),
        'INVALID_LINE_ITEMS',
      ));
    it('refuses an empty assessment', () => refused([opened()], assess('CPIC', []), 'INVALID_LINE_ITEMS'));
    it('can be done again after the claimant rejected it', () => {
      const rejected: ClaimEvent = { type: 'AssessmentRejected', data: { reason: 'too low', rejectedAt: T(6) } };
      spec.given([opened(), assessed, rejected]).when(assess()).then([assessed]);
    });
    it('refuses a second assessment once accepted', () =>
      refused([opened(), assessed, accepted], assess(), 'INVALID_CLAIM_STATUS'));
  });

  describe('the claimant answers', () => {
    it('accepts', () =>
      spec
        .given([opened(), assessed])
        .when({ type: 'AcceptAssessment', driverId: 'driver-b', now: T(6) })
        .then([accepted]));
    it('rejects with a reason', () =>
      spec
        .given([opened(), assessed])
        .when({ type: 'RejectAssessment', driverId: 'driver-b', reason: 'too low', now: T(6) })
        .then([{ type: 'AssessmentRejected', data: { reason: 'too low', rejectedAt: T(6) } }]));
    it('needs a reason to reject', () =>
      refused(
        [opened(), assessed],
        { type: 'RejectAssessment', driverId: 'driver-b', reason: ' ', now: T(6) },
        'REASON_REQUIRED',
      ));
    it('is the claimant only', () =>
      refused([opened(), assessed], { type: 'AcceptAssessment', driverId: 'driver-a', now: T(6) }, 'CLAIM_NOT_FOUND'));
    it('accepts by silence after 3 days, not before', () => {
      const threeDaysLater = '2026-11-25T09:05:00.000Z';
      refused(
        [opened(), assessed],
        { type: 'AcceptAssessmentBySilence', now: '2026-11-25T09:04:59.000Z' },
        'RESPONSE_PERIOD_OPEN',
      );
      spec
        .given([opened(), assessed])
        .when({ type: 'AcceptAssessmentBySilence', now: threeDaysLater })
        .then([{ type: 'AssessmentAccepted', data: { acceptedAt: threeDaysLater, bySilence: true } }]);
    });

    it('cannot answer before an assessment', () =>
      refused([opened()], { type: 'AcceptAssessment', driverId: 'driver-b', now: T(6) }, 'INVALID_CLAIM_STATUS'));
  });

  describe('settlement', () => {
    it('goes straight through to payouts when small enough and unflagged: one payout per paying insurer', () => {
      spec.given([opened(), assessed, accepted]).when(calculate()).then(paying().slice(3));
    });

    it('waits for the adjuster when flagged', () => {
      spec
        .given([opened(['DUPLICATE_PHOTO']), assessed, accepted])
        .when(calculate())
        .then([calculated(false)]);
    });

    it('waits for the adjuster above the straight-through amount', () => {
      spec
        .given([opened(), assessed, accepted])
        .when(calculate(499_999))
        .then([calculated(false)]);
    });

    it('is calculated once', () => spec.given(paying()).when(calculate()).thenNothingHappened());

    it('must add up to the assessed loss', () => {
      const wrong: ClaimCommand = {
        ...(calculate() as Extract<ClaimCommand, { type: 'CalculateSettlement' }>),
        settlement: { rule: 'STANDARD', lines: [] },
      };
      refused([opened(), assessed, accepted], wrong, 'SETTLEMENT_MISMATCH');
    });

    it('is approved by an adjuster of the handling insurer, which requests the payouts', () => {
      const approve = (insurer: string): ClaimCommand => ({
        type: 'ApproveSettlement',
        adjusterId: 'adjuster-cpic',
        insurer,
        payoutIds: ['payout-1'],
        now: T(9),
      });
      const waiting = [opened(['NO_EXIF']), assessed, accepted, calculated(false)];
      spec
        .given(waiting)
        .when(approve('CPIC'))
        .then([
          {
            type: 'SettlementApproved',
            data: { approvedBy: 'adjuster-cpic', approvedAt: T(9), straightThrough: false },
          },
          payoutRequested(1, 9),
        ]);
      refused(waiting, approve('PICC'), 'CLAIM_NOT_FOUND');
      refused([opened(['NO_EXIF']), assessed, accepted], approve('CPIC'), 'NOT_SETTLED_YET');
    });
  });

  describe('payouts', () => {
    it('closes the claim when every payout is confirmed by its payer', () => {
      spec
        .given(paying())
        .when(result('PAID', 10))
        .then([
          { type: 'PayoutConfirmed', data: { payoutId: 'payout-1', reference: 'bank-10', confirmedAt: T(10) } },
          { type: 'ClaimPaid', data: { paidAt: T(10), totalFen: 500_000 } },
          { type: 'ClaimClosed', data: { closedAt: T(10) } },
        ]);
    });

    it('ignores a late result for an earlier attempt', () => {
      const failed: ClaimEvent = {
        type: 'PayoutFailed',
        data: { payoutId: 'payout-1', reason: 'x', failedAt: T(10), willRetry: true },
      };
      spec
        .given([...paying(), failed, payoutRequested(2, 10)])
        .when({ ...(result('FAILED', 11) as Extract<ClaimCommand, { type: 'RecordPayoutResult' }>), attempt: 1 })
        .thenNothingHappened();
    });

    it('accepts a payout result only from its payer', () =>
      refused(paying(), result('PAID', 10, 'CPIC'), 'PAYOUT_NOT_FOUND'));

    it('treats a repeated confirmation as done', () => {
      const confirmed: ClaimEvent = { type: 'PayoutConfirmed', data: { payoutId: 'payout-1', confirmedAt: T(10) } };
      spec
        .given([...paying(), confirmed])
        .when(result('PAID', 11))
        .thenNothingHappened();
    });

    it('requests a failed payout again, up to 3 attempts, then leaves it to an adjuster', () => {
      const failed = (minute: number, willRetry: boolean): ClaimEvent => ({
        type: 'PayoutFailed',
        data: { payoutId: 'payout-1', reason: 'account frozen', failedAt: T(minute), willRetry },
      });
      spec
        .given(paying())
        .when(result('FAILED', 10))
        .then([failed(10, true), payoutRequested(2, 10)]);
      const afterThree = [
        ...paying(),
        failed(10, true),
        payoutRequested(2, 10),
        failed(11, true),
        payoutRequested(3, 11),
      ];
      spec
        .given(afterThree)
        .when(result('FAILED', 12))
        .then([failed(12, false)]);
      const state = [...afterThree, failed(12, false)].reduce(evolve, initialState);
      expect(state.payouts?.[0]).toMatchObject({ status: 'NEEDS_ADJUSTER', attempts: 3 });
      refused([...afterThree, failed(12, false)], result('PAID', 13), 'PAYOUT_NOT_AWAITING_RESULT');
    });

    it('walks the statuses OPEN → ASSESSED → ACCEPTED → APPROVED → PAYING → CLOSED', () => {
      const history = [
        ...paying(),
        { type: 'PayoutConfirmed', data: { payoutId: 'payout-1', confirmedAt: T(10) } } as ClaimEvent,
      ];
      const statuses = history.map((_, index) => history.slice(0, index + 1).reduce(evolve, initialState).status);
      expect(statuses).toEqual(['OPEN', 'ASSESSED', 'ACCEPTED', 'ACCEPTED', 'APPROVED', 'PAYING', 'PAYING']);
      const closed = [
        ...history,
        { type: 'ClaimPaid', data: { paidAt: T(10), totalFen: 500_000 } },
        { type: 'ClaimClosed', data: { closedAt: T(10) } },
      ] as ClaimEvent[];
      expect(closed.reduce(evolve, initialState).status).toBe('CLOSED');
    });
  });
});
