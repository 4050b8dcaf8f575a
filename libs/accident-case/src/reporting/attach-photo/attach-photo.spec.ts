import { Refused } from '@quickclaim/kernel';
import type { CaseCommand } from '../../domain/case.commands';
import type { CaseEvent } from '../../domain/case.events';
import {
  at,
  decidedCase,
  DRIVER_A,
  DRIVER_B,
  evidence,
  fold,
  joined,
  photo,
  reported,
  spec,
  STRANGER,
  thenRefused,
} from '../../domain/case.fixtures';

describe('AttachPhoto', () => {
  const attach = (driverId: string, number: number): CaseCommand => ({
    type: 'AttachPhoto',
    photo: evidence('SCENE', number),
    driverId,
    now: at(2),
  });

  it('records the photo for the uploading party', () => {
    spec
      .given([reported, joined])
      .when(attach(DRIVER_B, 900))
      .then([
        {
          type: 'PhotoAttached',
          data: { ...evidence('SCENE', 900), party: 'B', uploadedBy: DRIVER_B, attachedAt: at(2) },
        },
      ]);
  });

  it('refuses a driver who is not a party as if the case did not exist', () =>
    spec
      .given([reported])
      .when(attach(STRANGER, 901))
      .thenThrows(Refused, (error) => expect(error.kind).toBe('NOT_FOUND')));

  it('refuses the same bytes twice', () => {
    const first = {
      type: 'PhotoAttached',
      data: { ...evidence('SCENE', 902), party: 'A', uploadedBy: DRIVER_A, attachedAt: at(2) },
    } as CaseEvent;
    const sameBytes: CaseCommand = {
      type: 'AttachPhoto',
      photo: { ...evidence('SCENE', 902), photoId: 'another' },
      driverId: DRIVER_A,
      now: at(2),
    };
    thenRefused([reported, first], sameBytes, 'PHOTO_ALREADY_ATTACHED');
  });

  it('treats the same photo id again as done', () => {
    const first = {
      type: 'PhotoAttached',
      data: { ...evidence('SCENE', 903), party: 'A', uploadedBy: DRIVER_A, attachedAt: at(2) },
    } as CaseEvent;
    spec.given([reported, first]).when(attach(DRIVER_A, 903)).thenNothingHappened();
  });

  it('refuses a 31st photo', () => {
    const thirty = Array.from({ length: 30 }, () => photo('OTHER'));
    thenRefused([reported, ...thirty], attach(DRIVER_A, 904), 'TOO_MANY_PHOTOS');
  });

  it('refuses photos once liability is being decided by the parties', () =>
    thenRefused(decidedCase(), attach(DRIVER_A, 905), 'INVALID_CASE_STATUS'));
});

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
