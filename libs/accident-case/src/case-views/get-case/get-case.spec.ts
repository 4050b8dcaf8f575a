import type { Principal } from '@quickclaim/http';
import { EventLog } from '@quickclaim/testing';
import type { CaseEvent } from '../../domain/case.events';
import {
  assigned,
  at,
  CASE_ID,
  decided,
  decidedCase,
  declaredByB,
  disputedBy,
  DRIVER_A,
  DRIVER_B,
  evidence,
  finalized,
  joined,
  OTHER_OFFICER,
  policeRequested,
  reported,
  requiredPhotos,
} from '../../domain/case.fixtures';
import { CaseView } from '../../http/responses';
import { evolveCaseView, type CaseViewDocument } from '../case-views.projection';
import { presentCase, presentCaseSummary } from '../present';

const driverA: Principal = { sub: DRIVER_A, role: 'driver' };
const driverB: Principal = { sub: DRIVER_B, role: 'driver' };
const officer: Principal = { sub: OTHER_OFFICER.officerId, role: 'officer', district: 'yuzhong' };
const adjuster: Principal = { sub: 'adjuster-picc', role: 'adjuster', insurer: 'PICC' };
const auditor: Principal = { sub: 'auditor-1', role: 'auditor' };

/** Given the case's events, then the CaseView each caller gets (checked against its documented schema). */
function given(...events: CaseEvent[]) {
  const document = new EventLog()
    .record(`case-${CASE_ID}`, events)
    .reduce<CaseViewDocument | null>(evolveCaseView, null)!;
  return {
    document,
    viewedBy(viewer: Principal, minutes = 7) {
      const view = presentCase(document, viewer, [], new Date(at(minutes)));
      expect(CaseView.safeParse(view).error?.issues ?? []).toEqual([]);
      return view;
    },
  };
}

const accepted = (party: 'A' | 'B', minutes = 8): CaseEvent => ({
  type: 'LiabilityAccepted',
  data: { party, acceptedAt: at(minutes), bySilence: false },
});

describe('GET /cases/{id}: liability while a police decision awaits the parties', () => {
  it('carries the decision as liability that is not final yet, with when to answer and each answer', () => {
    const view = given(...decidedCase()).viewedBy(driverA);
    expect(view.liability).toEqual({
      allocation: { A: 'NONE', B: 'FULL' },
      basis: 'POLICE',
      decidedBy: 'officer-1',
      decidedAt: at(6),
      reasoning: 'B hit A from behind',
      final: false,
      respondBy: at(6 + 3 * 24 * 60),
      answers: { A: 'PENDING', B: 'PENDING' },
    });
    expect(view.nextStep).toBe('ANSWER_DECISION_BY');
    const afterA = given(...decidedCase(), accepted('A'));
    expect(afterA.viewedBy(driverA, 9).liability).toMatchObject({ final: false, answers: { A: 'ACCEPTED' } });
    expect(afterA.viewedBy(driverA, 9).nextStep).toBe('WAIT_FOR_OTHER_ANSWER');
    expect(afterA.viewedBy(driverB, 9).nextStep).toBe('ANSWER_DECISION_BY');
  });

  it('is final once both accepted, with every field it had', () => {
    const view = given(
      ...decidedCase(),
      accepted('A'),
      accepted('B', 9),
      finalized('POLICE', 'officer-1', at(6), at(9)),
    ).viewedBy(driverB, 10);
    expect(view.liability).toEqual({
      allocation: { A: 'NONE', B: 'FULL' },
      basis: 'POLICE',
      decidedBy: 'officer-1',
      decidedAt: at(6),
      reasoning: 'B hit A from behind',
      final: true,
      answers: { A: 'ACCEPTED', B: 'ACCEPTED' },
    });
  });

  it('carries a review decision with its REVIEW basis, and nothing while the review is pending', () => {
    const disputed = given(...decidedCase(), ...disputedBy('A', 'B braked for no reason'));
    expect(disputed.viewedBy(driverA, 9).liability).toBeNull();
    const reviewed = given(
      ...decidedCase(),
      ...disputedBy('A', 'B braked for no reason'),
      assigned(OTHER_OFFICER.officerId, 10),
      decided(OTHER_OFFICER.officerId, 'REVIEW', 11),
    );
    expect(reviewed.viewedBy(driverA, 12).liability).toMatchObject({
      basis: 'REVIEW',
      decidedBy: OTHER_OFFICER.officerId,
      final: false,
      answers: { A: 'PENDING', B: 'PENDING' },
    });
  });
});

describe('GET /cases/{id}: what the officer reads', () => {
  const placed: CaseEvent = {
    type: 'PhotoAttached',
    data: {
      ...evidence('SCENE', 801),
      takenAt: at(-3),
      position: { lat: 29.57, lng: 106.55 },
      flags: ['EXIF_GPS_MISMATCH', 'SIMILAR_PHOTO'],
      flagDetails: [
        { flag: 'SIMILAR_PHOTO', otherCaseId: 'case-9', otherPhotoId: 'photo-9', hammingDistance: 5 },
        { flag: 'EXIF_GPS_MISMATCH', distanceMeters: 1112 },
      ],
      party: 'B',
      uploadedBy: DRIVER_B,
      attachedAt: at(3),
    },
  };
  const flagged: CaseEvent = {
    type: 'CaseFlagged',
    data: {
      flags: ['REPEAT_PAIR'],
      flaggedAt: at(1),
      details: [{ flag: 'REPEAT_PAIR', otherCases: [{ caseId: 'case-7', daysApart: 12 }] }],
    },
  };
  const onTheDesk = () => [reported, joined, flagged, ...requiredPhotos(), placed, declaredByB, policeRequested()];

  it('shows where and when each photo was taken against the reported place and time, and why the suggestion', () => {
    const view = given(...onTheDesk()).viewedBy(officer);
    expect(view.photos.find((photo) => photo.photoId === 'photo-801')).toMatchObject({
      takenAt: at(-3),
      position: { lat: 29.57, lng: 106.55 },
      distanceMeters: 1112,
      minutesFromAccident: 2,
      flags: ['EXIF_GPS_MISMATCH', 'SIMILAR_PHOTO'],
    });
    expect(view.suggestion).toEqual({
      allocation: { A: 'NONE', B: 'FULL' },
      rule: 'ONLY_B_MATCHES',
      matched: [{ party: 'B', situations: ['S01'] }],
    });
    expect(view).toMatchObject({ disputedDecision: null, nextStep: null });
    const told: CaseEvent = {
      ...reported,
      data: { ...reported.data, weather: 'rain', description: 'B ran into me' },
    } as CaseEvent;
    expect(given(told, ...onTheDesk().slice(1)).viewedBy(officer)).toMatchObject({
      weather: 'rain',
      description: 'B ran into me',
    });
  });

  it('shows the flags with what they found to officers, adjusters and auditors, and none to the drivers', () => {
    for (const checker of [officer, adjuster, auditor]) {
      const view = given(...onTheDesk()).viewedBy(checker);
      expect(view.flags).toEqual(['REPEAT_PAIR', 'EXIF_GPS_MISMATCH', 'SIMILAR_PHOTO']);
      expect(view.flagDetails).toEqual([{ flag: 'REPEAT_PAIR', otherCases: [{ caseId: 'case-7', daysApart: 12 }] }]);
      expect(view.photos.find((photo) => photo.photoId === 'photo-801')?.flagDetails).toHaveLength(2);
    }
    for (const driver of [driverA, driverB]) {
      const view = given(...onTheDesk()).viewedBy(driver);
      expect(view.flags).toEqual([]);
      expect(view.flagDetails).toEqual([]);
      expect(view.photos.every((photo) => photo.flags.length === 0 && photo.flagDetails.length === 0)).toBe(true);
    }
  });

  it('keeps what only the desk knows from the drivers and the adjusters', () => {
    for (const viewer of [driverB, adjuster]) {
      const view = given(...onTheDesk()).viewedBy(viewer);
      const photo = view.photos.find((each) => each.photoId === 'photo-801');
      expect(photo).not.toHaveProperty('position');
      expect(photo).not.toHaveProperty('distanceMeters');
      expect(view.suggestion).not.toHaveProperty('matched');
    }
  });

  it('shows the reviewing officer the first decision, its reasoning and each dispute', () => {
    const review = given(...decidedCase(), ...disputedBy('B', 'A stopped suddenly'));
    const disputedDecision = {
      decidedBy: 'officer-1',
      allocation: { A: 'NONE', B: 'FULL' },
      basis: 'POLICE',
      situations: ['S01'],
      reasoning: 'B hit A from behind',
      decidedAt: at(6),
      disputes: [{ party: 'B', reason: 'A stopped suddenly', disputedAt: at(8) }],
    };
    expect(review.viewedBy(officer, 9).disputedDecision).toEqual(disputedDecision);
    expect(review.viewedBy(auditor, 9).disputedDecision).toEqual(disputedDecision);
    expect(review.viewedBy(driverA, 9).disputedDecision).toBeNull();
    const decidedOnReview = given(
      ...decidedCase(),
      ...disputedBy('B', 'A stopped suddenly'),
      assigned(OTHER_OFFICER.officerId, 10),
      decided(OTHER_OFFICER.officerId, 'REVIEW', 11),
    );
    expect(decidedOnReview.viewedBy(officer, 12).disputedDecision).toEqual(disputedDecision);
  });
});

describe('GET /cases/{id}: what happens next for the drivers', () => {
  it('tells the drivers the desk is overdue once 5 minutes passed without a decision', () => {
    const asked = given(reported, joined, ...requiredPhotos(), declaredByB, policeRequested(4));
    expect(asked.viewedBy(driverA, 8)).toMatchObject({
      policeRequest: { requestedAt: at(4), deadline: at(9), review: false, overdue: false },
      nextStep: 'WAIT_FOR_OFFICER',
    });
    expect(asked.viewedBy(driverA, 10)).toMatchObject({
      policeRequest: { overdue: true },
      nextStep: 'OFFICER_OVERDUE_KEEP_WAITING',
    });
    expect(presentCaseSummary(asked.document, driverB, new Date(at(10))).nextStep).toBe('OFFICER_OVERDUE_KEEP_WAITING');
    const taken = given(reported, joined, ...requiredPhotos(), declaredByB, policeRequested(4), assigned());
    expect(taken.viewedBy(driverA, 8).nextStep).toBe('OFFICER_REVIEWING');
    expect(given(...decidedCase()).viewedBy(driverA, 30).policeRequest).toMatchObject({ overdue: false });
  });

  it("shows the officer's referral, its reason and district, and tells the drivers to go offline", () => {
    const referred = given(reported, joined, ...requiredPhotos(), declaredByB, policeRequested(), assigned(), {
      type: 'CaseReferredOffline',
      data: { officerId: 'officer-1', reason: 'Go to the Jiefangbei station with both cars', referredAt: at(6) },
    });
    expect(referred.viewedBy(driverA)).toMatchObject({
      status: 'REFERRED_OFFLINE',
      referral: {
        reason: 'Go to the Jiefangbei station with both cars',
        kind: 'OFFICER',
        referredBy: 'officer-1',
        district: 'yuzhong',
        referredAt: at(6),
      },
      nextStep: 'GO_OFFLINE',
    });
    const reviewDisputed = given(
      ...decidedCase(),
      ...disputedBy('A', 'no'),
      assigned(OTHER_OFFICER.officerId, 10),
      decided(OTHER_OFFICER.officerId, 'REVIEW', 11),
      { type: 'LiabilityDisputed', data: { party: 'B', reason: 'still no', disputedAt: at(12) } },
      { type: 'CaseReferredOffline', data: { reason: 'The review was disputed', referredAt: at(12) } },
    );
    expect(reviewDisputed.viewedBy(driverB, 13).referral).toEqual({
      reason: 'The review was disputed',
      kind: 'REVIEW_DISPUTED',
      district: 'yuzhong',
      referredAt: at(12),
    });
  });
});
