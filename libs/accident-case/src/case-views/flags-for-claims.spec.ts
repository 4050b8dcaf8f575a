import type { CaseEvent } from '../domain/case.events';
import { DRIVER_A, at, evidence, joined, reported } from '../domain/case.fixtures';
import { EMPTY_CASE_VIEW, evolveCaseViewState } from './case-view.state';
import { flagsForClaims } from './flags-for-claims';

describe('the flags a case’s claims are opened with', () => {
  it('copies the case’s and its photos’ fraud flags with what they found, naming the photo, but not the desk’s', () => {
    const events: CaseEvent[] = [
      reported,
      {
        type: 'CaseFlagged',
        data: {
          flags: ['LATE_REPORT', 'DISTRICT_MISMATCH'],
          flaggedAt: at(0),
          details: [
            { flag: 'LATE_REPORT', minutesAfterAccident: 1500 },
            { flag: 'DISTRICT_MISMATCH', district: 'yuzhong', distanceMeters: 20_000, radiusMeters: 9000 },
          ],
        },
      },
      joined,
      {
        type: 'PhotoAttached',
        data: {
          ...evidence('SCENE', 900),
          flags: ['DUPLICATE_PHOTO'],
          flagDetails: [{ flag: 'DUPLICATE_PHOTO', otherCaseId: 'case-9', otherPhotoId: 'photo-9' }],
          party: 'A',
          uploadedBy: DRIVER_A,
          attachedAt: at(2),
        },
      },
      {
        type: 'PhotoAttached',
        data: { ...evidence('SCENE', 901), flags: ['NO_EXIF'], party: 'A', uploadedBy: DRIVER_A, attachedAt: at(2) },
      },
    ];
    expect(flagsForClaims(events.reduce(evolveCaseViewState, EMPTY_CASE_VIEW))).toEqual({
      flags: ['LATE_REPORT', 'DUPLICATE_PHOTO', 'NO_EXIF'],
      flagDetails: [
        { flag: 'LATE_REPORT', minutesAfterAccident: 1500 },
        { flag: 'DUPLICATE_PHOTO', otherCaseId: 'case-9', otherPhotoId: 'photo-9', photoId: 'photo-900' },
      ],
    });
  });
});
