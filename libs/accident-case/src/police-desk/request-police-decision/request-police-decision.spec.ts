import { Refused } from '@quickclaim/kernel';
import type { CaseCommand } from '../../domain/case.commands';
import type { CaseEvent } from '../../domain/case.events';
import {
  at,
  awaitingPolice,
  declaredByB,
  DRIVER_A,
  DRIVER_B,
  joined,
  OFFICER,
  photo,
  reported,
  requiredPhotos,
  spec,
  thenRefused,
  underReview,
} from '../../domain/case.fixtures';

describe('RequestPoliceDecision', () => {
  const request = (driverId = DRIVER_A, minutes = 4): CaseCommand => ({
    type: 'RequestPoliceDecision',
    driverId,
    now: at(minutes),
  });

  it('puts the case on the desk with a 5-minute deadline and the suggestion', () => {
    spec
      .given([reported, joined, ...requiredPhotos(), declaredByB])
      .when(request())
      .then([
        {
          type: 'PoliceDecisionRequested',
          data: {
            requestedBy: 'A',
            requestedAt: at(4),
            deadline: at(9),
            district: 'yuzhong',
            suggestion: { allocation: { A: 'NONE', B: 'FULL' }, rule: 'ONLY_B_MATCHES' },
            review: false,
          },
        },
      ]);
  });

  it('needs party B', () => thenRefused([reported, ...requiredPhotos()], request(), 'PARTY_B_MISSING'));

  it('needs the three required photo kinds, naming the missing ones', () => {
    spec
      .given([reported, joined, photo('FRONT_SIDE')])
      .when(request())
      .thenThrows(Refused, (error) => {
        expect(error.code).toBe('REQUIRED_PHOTOS_MISSING');
        expect(error.details.map((detail) => detail.message)).toEqual([
          'REAR_SIDE is missing',
          'POINT_OF_IMPACT is missing',
        ]);
      });
  });

  it('treats a second request while waiting as done', () =>
    spec.given(awaitingPolice()).when(request(DRIVER_B)).thenNothingHappened());

  it('after an evidence request, needs a photo of each requested kind taken since', () => {
    const evidenceRequested: CaseEvent = {
      type: 'EvidenceRequested',
      data: { officerId: OFFICER.officerId, kinds: ['PLATE'], note: 'plates please', requestedAt: at(6) },
    };
    thenRefused([...underReview(), evidenceRequested], request(DRIVER_A, 7), 'REQUESTED_EVIDENCE_MISSING');
    spec
      .given([...underReview(), evidenceRequested, photo('PLATE', 7)])
      .when(request(DRIVER_A, 8))
      .then([
        {
          type: 'PoliceDecisionRequested',
          data: {
            requestedBy: 'A',
            requestedAt: at(8),
            deadline: at(13),
            district: 'yuzhong',
            suggestion: { allocation: { A: 'NONE', B: 'FULL' }, rule: 'ONLY_B_MATCHES' },
            review: false,
          },
        },
      ]);
  });
});
