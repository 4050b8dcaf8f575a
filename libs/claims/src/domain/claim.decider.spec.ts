import { evolve, initialState } from './claim.decider';
import type { ClaimEvent } from './claim.events';
import { paying, T } from './claim.fixtures';

/** The claim's whole path; each use case's own cases are in its folder's spec. */
describe('the claim decider', () => {
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
