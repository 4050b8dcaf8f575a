import { TOPICS } from '@quickclaim/integration';
import type { BusMessage, EventToAppend } from '@quickclaim/platform';
import { testEvent, testEventId } from '@quickclaim/platform/contracts';

/**
 * A claim whose straight-through settlement is approved and whose one payout (p1, 10 000 fen from
 * PICC) is requested: where the relay and the payout results take over. Event ids start with
 * `idPrefix` (8 hex digits), so they never meet the ids a test's own generator hands out.
 */
export function claimAwaitingPayout(idPrefix: string): EventToAppend[] {
  const event = (type: string, data: Record<string, unknown>, id: number): EventToAppend =>
    testEvent(type, data, { eventId: testEventId(id, idPrefix), actor: { sub: 's', role: 'system' } });

  return [
    event(
      'ClaimOpened',
      {
        claimId: 'c1',
        caseId: 'k1',
        party: 'B',
        claimantId: 'driver-b',
        plate: 'P',
        handlingInsurer: 'CPIC',
        flags: [],
        openedAt: '2026-11-22T08:00:00.000Z',
      },
      1,
    ),
    event(
      'DamageAssessed',
      {
        lineItems: [{ description: 'door', amountFen: 10_000 }],
        totalFen: 10_000,
        assessedBy: 'a',
        assessedAt: '2026-11-22T08:01:00.000Z',
      },
      2,
    ),
    event('AssessmentAccepted', { acceptedAt: '2026-11-22T08:02:00.000Z', bySilence: false }, 3),
    event(
      'SettlementCalculated',
      {
        rule: 'STANDARD',
        lines: [{ payer: 'PICC', payerParty: 'A', coverage: 'COMPULSORY', amountFen: 10_000 }],
        straightThrough: true,
        calculatedAt: '2026-11-22T08:03:00.000Z',
      },
      4,
    ),
    event(
      'SettlementApproved',
      { approvedBy: 'system', approvedAt: '2026-11-22T08:03:00.000Z', straightThrough: true },
      5,
    ),
    event(
      'PayoutRequested',
      {
        payoutId: 'p1',
        payer: 'PICC',
        coverages: ['COMPULSORY'],
        amountFen: 10_000,
        attempt: 1,
        requestedAt: '2026-11-22T08:03:00.000Z',
      },
      6,
    ),
  ];
}

/** PICC's answer that it paid p1 (the first attempt), as it arrives on the bus. */
export function p1Paid(reference: string): BusMessage {
  return {
    topic: TOPICS.payoutResults,
    key: 'claim-c1',
    value: { version: 1, payoutId: 'p1', claimId: 'c1', payer: 'PICC', attempt: 1, status: 'PAID', reference },
    headers: { 'event-id': 'p1:1' },
  };
}
