import { EventLog, ProjectionSpecification } from '@quickclaim/testing';
import type { RecordedEvent } from '@quickclaim/platform';
import { ClaimView } from '../../http/responses';
import { evolveClaimView, type ClaimViewDocument } from '../claim-views.projection';
import { presentClaim } from '../present';

const spec = ProjectionSpecification<ClaimViewDocument | null, RecordedEvent>(evolveClaimView, null);
const opened = (details?: object[]) => ({
  type: 'ClaimOpened',
  data: {
    claimId: 'claim-1',
    caseId: 'case-1',
    party: 'B',
    claimantId: 'driver-b',
    plate: '渝B67890',
    handlingInsurer: 'CPIC',
    flags: ['REPEAT_PAIR', 'SIMILAR_PHOTO'],
    ...(details ? { flagDetails: details } : {}),
    openedAt: '2026-11-22T08:30:00.000Z',
  },
});
const details = [
  { flag: 'REPEAT_PAIR', otherCases: [{ caseId: 'case-0', daysApart: 40 }] },
  { flag: 'SIMILAR_PHOTO', otherCaseId: 'case-0', otherPhotoId: 'p-0', hammingDistance: 2, photoId: 'p-1' },
];

describe('GET /claims/{id}: flags say which other case and how far', () => {
  it('shows the adjuster and the auditor the flags copied from the case with what they found', () => {
    spec.given(new EventLog().record('claim-claim-1', [opened(details)])).then((document) => {
      for (const viewer of [
        { sub: 'adjuster-cpic', role: 'adjuster' as const, insurer: 'CPIC' },
        { sub: 'auditor-1', role: 'auditor' as const },
      ]) {
        const view = presentClaim(document!, viewer);
        expect(ClaimView.safeParse(view).error?.issues ?? []).toEqual([]);
        expect(view).toMatchObject({ flags: ['REPEAT_PAIR', 'SIMILAR_PHOTO'], flagDetails: details });
      }
    });
  });

  it('keeps the fields for the claimant, empty', () => {
    spec.given(new EventLog().record('claim-claim-1', [opened(details)])).then((document) => {
      expect(presentClaim(document!, { sub: 'driver-b', role: 'driver' })).toMatchObject({
        flags: [],
        flagDetails: [],
      });
    });
  });

  it('folds a claim opened before flags had details', () => {
    spec.given(new EventLog().record('claim-claim-1', [opened()])).then((document) => {
      expect(presentClaim(document!, { sub: 'auditor-1', role: 'auditor' }).flagDetails).toEqual([]);
    });
  });
});
