import { InMemoryReadStore } from '@quickclaim/platform/memory';
import { EventLog, project } from '@quickclaim/testing';
import type { CaseEvent } from '../../domain/case.events';
import {
  assigned,
  at,
  CASE_ID,
  decidedCase,
  declaredByB,
  disputedBy,
  DRIVER_B,
  evidence,
  joined,
  OFFICER,
  OTHER_OFFICER,
  policeRequested,
  reported,
  requiredPhotos,
} from '../../domain/case.fixtures';
import { presentQueueItem } from '../../case-views/present';
import { DeskQueue as DeskQueueResponse } from '../../http/responses';
import { DeskQueue } from './desk-queue';
import { history, spec, streamId } from './desk-queue.fixtures';
import { deskQueueProjection } from './desk-queue.projection';

const told: CaseEvent = {
  ...reported,
  data: { ...reported.data, weather: 'rain', description: 'B ran into me at the lights' },
} as CaseEvent;
const placed: CaseEvent = {
  type: 'PhotoAttached',
  data: {
    ...evidence('POINT_OF_IMPACT', 850),
    takenAt: at(-4),
    position: { lat: 29.5601, lng: 106.5501 },
    flags: ['DUPLICATE_PHOTO'],
    flagDetails: [{ flag: 'DUPLICATE_PHOTO', otherCaseId: 'case-3', otherPhotoId: 'photo-3' }],
    party: 'B',
    uploadedBy: DRIVER_B,
    attachedAt: at(2),
  },
};
const lateReport: CaseEvent = {
  type: 'CaseFlagged',
  data: { flags: ['LATE_REPORT'], flaggedAt: at(0), details: [{ flag: 'LATE_REPORT', minutesAfterAccident: 1500 }] },
};
const inReview = () => [...decidedCase(), ...disputedBy('A', 'B was on the phone', 8)];

describe('what the desk knows of a case', () => {
  it('keeps the reporter’s account, where and when each photo was taken, and what the flags found', () => {
    spec
      .given(history(told, lateReport, joined, ...requiredPhotos(), placed, declaredByB, policeRequested()))
      .then((document) => {
        const item = presentQueueItem(document!, new Date(at(6)));
        expect(DeskQueueResponse.safeParse({ items: [item] }).error?.issues ?? []).toEqual([]);
        expect(item).toMatchObject({
          occurredAt: at(-5),
          reportedAt: at(0),
          location: { lat: 29.56, lng: 106.55, address: '解放碑', district: 'yuzhong' },
          weather: 'rain',
          description: 'B ran into me at the lights',
          suggestion: { rule: 'ONLY_B_MATCHES', matched: [{ party: 'B', situations: ['S01'] }] },
          flags: ['LATE_REPORT', 'DUPLICATE_PHOTO'],
          flagDetails: [{ flag: 'LATE_REPORT', minutesAfterAccident: 1500 }],
          disputedDecision: null,
        });
        expect(item.photos.find((photo) => photo.photoId === 'photo-850')).toEqual({
          photoId: 'photo-850',
          kind: 'POINT_OF_IMPACT',
          thumbnail: `/cases/${CASE_ID}/photos/photo-850/thumbnail`,
          party: 'B',
          takenAt: at(-4),
          position: { lat: 29.5601, lng: 106.5501 },
          distanceMeters: 15,
          minutesFromAccident: 1,
          flags: ['DUPLICATE_PHOTO'],
          flagDetails: [{ flag: 'DUPLICATE_PHOTO', otherCaseId: 'case-3', otherPhotoId: 'photo-3' }],
        });
      });
  });

  it('brings a review with the first decision and each dispute, barred to the officer who decided it', () => {
    spec.given(history(...inReview())).then((document) => {
      expect(document).toMatchObject({ status: 'DISPUTED', onDesk: true, excludedOfficer: OFFICER.officerId });
      expect(presentQueueItem(document!, new Date(at(9))).disputedDecision).toEqual({
        decidedBy: OFFICER.officerId,
        allocation: { A: 'NONE', B: 'FULL' },
        basis: 'POLICE',
        situations: ['S01'],
        reasoning: 'B hit A from behind',
        decidedAt: at(6),
        disputes: [{ party: 'A', reason: 'B was on the phone', disputedAt: at(8) }],
      });
    });
    const evidenceAsked: CaseEvent = {
      type: 'EvidenceRequested',
      data: { officerId: OTHER_OFFICER.officerId, kinds: ['PLATE'], note: 'plates', requestedAt: at(11) },
    };
    spec
      .given(history(...inReview(), assigned(OTHER_OFFICER.officerId, 10), evidenceAsked, policeRequested(12, true)))
      .then((document) =>
        expect(document).toMatchObject({
          excludedOfficer: OFFICER.officerId,
          disputedDecision: { officerId: OFFICER.officerId },
        }),
      );
  });

  it('folds what it knew again on a duplicate delivery without change', () => {
    spec.given(history(...inReview())).thenDuplicatesChangeNothing();
  });
});

describe('the desk queue of one officer', () => {
  it('leaves a review out of the queue of the officer whose decision was disputed, from its index', async () => {
    const store = new InMemoryReadStore({ forbidCollectionScans: true, freezeDocuments: true });
    const log = new EventLog();
    const other = (id: string): CaseEvent[] => [
      { ...reported, data: { ...reported.data, caseId: id } } as CaseEvent,
      joined,
      ...requiredPhotos(),
      declaredByB,
      policeRequested(20),
    ];
    await project(store, deskQueueProjection, [
      ...log.record(streamId, inReview()),
      ...log.record('case-fresh', other('fresh')),
    ]);
    const queue = new DeskQueue(store);
    const idsFor = async (officerId: string) =>
      (await queue.waiting('yuzhong', 10, officerId)).map((document) => document.caseId);
    expect(await idsFor(OFFICER.officerId)).toEqual(['fresh']);
    expect(await idsFor(OTHER_OFFICER.officerId)).toEqual([CASE_ID, 'fresh']);
  });
});
