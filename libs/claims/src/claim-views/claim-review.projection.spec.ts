import type { Principal } from '@quickclaim/http';
import type { RecordedEvent } from '@quickclaim/platform';
import { EventLog, ProjectionSpecification } from '@quickclaim/testing';
import type { ClaimEvent } from '../domain/claim.events';
import {
  accepted,
  assessed,
  at,
  calculated,
  held,
  investigationOpened,
  opened,
  rejected,
} from '../settlement/held-settlement.fixtures';
import { evolveClaimView, type ClaimViewDocument } from './claim-views.projection';
import { presentClaim, presentClaimSummary } from './present';

const spec = ProjectionSpecification<ClaimViewDocument | null, RecordedEvent>(evolveClaimView, null);
const recorded = (events: ClaimEvent[]) => new EventLog().record('claim-claim-b', events);
const claimant: Principal = { sub: 'driver-b', role: 'driver' };
const adjuster: Principal = { sub: 'adjuster-cpic', role: 'adjuster', insurer: 'CPIC' };

/** Assessed with a note, rejected, assessed again, accepted, and held for the adjuster (flagged). */
const reviewed = (): ClaimEvent[] => [
  opened(),
  assessed(400_000, 5, 'bumper only, lamp pre-existing'),
  rejected('the lamp broke in this accident', 6),
  assessed(500_000, 8),
  accepted(9),
  calculated(10),
];

describe('the claim view of a settlement held for review (issue 13)', () => {
  it('keeps every assessment round with its note and answer, and each rejection with its reason and time', () => {
    spec.given(recorded(reviewed())).then((document) => {
      const view = presentClaim(document!, adjuster);
      expect(view.assessments).toEqual([
        expect.objectContaining({
          round: 1,
          totalFen: 400_000,
          note: 'bumper only, lamp pre-existing',
          rejection: { reason: 'the lamp broke in this accident', rejectedAt: at(6) },
        }),
        expect.objectContaining({ round: 2, totalFen: 500_000, accepted: { acceptedAt: at(9), bySilence: false } }),
      ]);
      expect(view.rejections).toEqual([{ round: 1, reason: 'the lamp broke in this accident', rejectedAt: at(6) }]);
      expect(view.hold).toEqual({ reason: 'FLAGGED_FOR_REVIEW', since: at(10) });
      expect(view.flags).toEqual(['NO_EXIF']);
    });
  });

  it('tells the claimant the payout is held for approval, never that a flag holds it, nor the adjuster’s notes', () => {
    spec.given(recorded([...reviewed(), investigationOpened(11)])).then((document) => {
      const view = presentClaim(document!, claimant);
      expect(view).toMatchObject({ status: 'UNDER_INVESTIGATION', flags: [] });
      expect(view.hold).toEqual({ reason: 'UNDER_INVESTIGATION', since: at(11) });
      expect(JSON.stringify(view)).not.toContain('pre-existing');
      expect(view).not.toHaveProperty('investigation');
      expect(presentClaim(document!, adjuster).investigation).toMatchObject({ note: 'photo seen in another case' });
    });
    spec.given(recorded(reviewed())).then((document) => {
      expect(presentClaim(document!, claimant).hold).toEqual({ reason: 'AWAITING_APPROVAL', since: at(10) });
      expect(presentClaimSummary(document!, claimant)).toEqual({
        claimId: 'claim-b',
        party: 'B',
        status: 'ACCEPTED',
        hold: { reason: 'AWAITING_APPROVAL', since: at(10) },
      });
    });
  });

  it('shows the claimant the reason of a decline, and holds nothing more', () => {
    const declined: ClaimEvent = {
      type: 'ClaimDeclined',
      data: { reason: 'another accident’s photos', declinedBy: 'adjuster-cpic', declinedAt: at(12) },
    };
    spec.given(recorded([...held(), declined])).then((document) => {
      const view = presentClaim(document!, claimant);
      expect(view).toMatchObject({ status: 'DECLINED', hold: null, payouts: [] });
      expect(view.decline).toEqual({
        reason: 'another accident’s photos',
        declinedBy: 'adjuster-cpic',
        declinedAt: at(12),
      });
    });
  });

  it('says a payout is asked for again after a failure, and then that an adjuster must step in', () => {
    const requested = (attempt: number, minute: number): ClaimEvent => ({
      type: 'PayoutRequested',
      data: {
        payoutId: 'p-1',
        payer: 'PICC',
        coverages: ['COMPULSORY'],
        amountFen: 500_000,
        attempt,
        requestedAt: at(minute),
      },
    });
    const failed = (minute: number, willRetry: boolean): ClaimEvent => ({
      type: 'PayoutFailed',
      data: { payoutId: 'p-1', reason: 'account frozen', failedAt: at(minute), willRetry },
    });
    const approved: ClaimEvent = {
      type: 'SettlementApproved',
      data: { approvedBy: 'adjuster-cpic', approvedAt: at(11), straightThrough: false },
    };
    const paying = [...held(), approved, requested(1, 11)];
    spec.given(recorded(paying)).then((document) => expect(presentClaim(document!, claimant).hold).toBeNull());
    spec
      .given(recorded([...paying, failed(12, true), requested(2, 12)]))
      .then((document) =>
        expect(presentClaim(document!, claimant).hold).toEqual({ reason: 'PAYOUT_FAILED_RETRYING', since: at(12) }),
      );
    spec
      .given(
        recorded([
          ...paying,
          failed(12, true),
          requested(2, 12),
          failed(13, true),
          requested(3, 13),
          failed(14, false),
        ]),
      )
      .then((document) =>
        expect(presentClaim(document!, adjuster).hold).toEqual({ reason: 'PAYOUT_NEEDS_ADJUSTER', since: at(14) }),
      );
  });

  it('says an accepted claim waits for its settlement while the other vehicles are assessed', () => {
    spec
      .given(recorded([opened([]), assessed(), accepted(6)]))
      .then((document) =>
        expect(presentClaim(document!, claimant).hold).toEqual({ reason: 'AWAITING_SETTLEMENT', since: at(6) }),
      );
  });

  it('changes nothing on a duplicate delivery', () => {
    spec.given(recorded([...reviewed(), investigationOpened(11)])).thenDuplicatesChangeNothing();
  });
});
