import { DeciderSpecification } from '@quickclaim/testing';
import { caseDecider } from '../../domain/case.decider';
import { DRIVER_A, at, evidence, fold, joined, reported } from '../../domain/case.fixtures';

const spec = DeciderSpecification(caseDecider);

describe('AttachPhoto: what the signals found', () => {
  it('records the photo with its flags and what each found (the other case and photo, how far)', () => {
    const flagDetails = [
      { flag: 'SIMILAR_PHOTO', otherCaseId: 'case-9', otherPhotoId: 'photo-9', hammingDistance: 3 },
      { flag: 'EXIF_GPS_MISMATCH', distanceMeters: 12_345 },
    ];
    const photo = { ...evidence('SCENE', 700), flags: ['SIMILAR_PHOTO', 'EXIF_GPS_MISMATCH'], flagDetails };
    spec
      .given([reported, joined])
      .when({ type: 'AttachPhoto', photo, driverId: DRIVER_A, now: at(2) })
      .then([{ type: 'PhotoAttached', data: { ...photo, party: 'A', uploadedBy: DRIVER_A, attachedAt: at(2) } }]);
  });

  it('folds photos recorded before flags had details', () => {
    const state = fold([
      reported,
      joined,
      {
        type: 'PhotoAttached',
        data: { ...evidence('SCENE', 701), flags: ['NO_EXIF'], party: 'A', uploadedBy: DRIVER_A, attachedAt: at(2) },
      },
    ]);
    expect(state.photos[0]).toMatchObject({ flags: ['NO_EXIF'] });
    expect(state.photos[0]?.flagDetails).toBeUndefined();
  });
});
