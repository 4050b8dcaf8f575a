import { at, OFFICER, spec, thenRefused, underReview } from '../../domain/case.fixtures';

describe('RequestEvidence', () => {
  it('asks for more photos and releases the hold', () => {
    spec
      .given(underReview())
      .when({ type: 'RequestEvidence', ...OFFICER, kinds: ['PLATE', 'PLATE'], note: 'plates please', now: at(6) })
      .then([
        {
          type: 'EvidenceRequested',
          data: { officerId: OFFICER.officerId, kinds: ['PLATE'], note: 'plates please', requestedAt: at(6) },
        },
      ]);
  });

  it('refuses an empty list of kinds', () =>
    thenRefused(
      underReview(),
      { type: 'RequestEvidence', ...OFFICER, kinds: [], note: 'x', now: at(6) },
      'INVALID_PHOTO_KINDS',
    ));
});
