import { InMemoryReadStore } from '@quickclaim/platform/memory';
import { EventLog, project } from '@quickclaim/testing';
import type { CaseEvent } from '../../domain/case.events';
import {
  CASE_ID,
  OFFICER,
  OTHER_OFFICER,
  assigned,
  at,
  decided,
  declaredByB,
  joined,
  photo,
  policeRequested,
  reported,
  requiredPhotos,
} from '../../domain/case.fixtures';
import { DeskQueue } from './desk-queue';
import { history, spec, streamId } from './desk-queue.fixtures';
import { deskQueueProjection } from './desk-queue.projection';

const flaggedPhoto = (): CaseEvent => {
  const attached = photo('DAMAGE_DETAIL') as Extract<CaseEvent, { type: 'PhotoAttached' }>;
  return { ...attached, data: { ...attached.data, flags: ['SIMILAR_PHOTO'] } };
};

describe('police desk queue projection', () => {
  it('puts a case on its district’s desk when the police are asked, with the suggestion, flags and photos', () => {
    spec
      .given(
        history(
          reported,
          joined,
          ...requiredPhotos(),
          flaggedPhoto(),
          { type: 'CaseFlagged', data: { flags: ['LATE_REPORT'], flaggedAt: at(1) } },
          declaredByB,
          policeRequested(),
        ),
      )
      .then((document) => {
        expect(document).toMatchObject({
          caseId: CASE_ID,
          district: 'yuzhong',
          status: 'AWAITING_POLICE',
          onDesk: true,
          requestedAt: at(4),
          deadline: at(9),
          review: false,
          parties: [
            { party: 'A', plate: '渝A12345', situations: [] },
            { party: 'B', plate: '渝B67890', situations: ['S01'] },
          ],
          suggestion: { allocation: { A: 'NONE', B: 'FULL' }, rule: 'ONLY_B_MATCHES' },
          caseFlags: ['LATE_REPORT'],
          assignment: null,
        });
        expect(document?.photos.map((each) => each.kind)).toEqual([
          'FRONT_SIDE',
          'REAR_SIDE',
          'POINT_OF_IMPACT',
          'DAMAGE_DETAIL',
        ]);
        expect(document?.photos[3]?.flags).toEqual(['SIMILAR_PHOTO']);
      });
  });

  it('keeps a taken case on the desk with its holder, and takes it off once decided', () => {
    const requested = [reported, joined, ...requiredPhotos(), declaredByB, policeRequested()];
    spec.given(history(...requested, assigned())).then((document) => {
      expect(document).toMatchObject({ status: 'UNDER_REVIEW', onDesk: true, assignment: { officerId: 'officer-1' } });
    });
    spec.given(history(...requested, assigned(), decided())).then((document) => {
      expect(document).toMatchObject({ status: 'DECIDED', onDesk: false, assignment: null });
    });
  });

  it('brings a disputed decision back for review', () => {
    spec
      .given(
        history(reported, joined, ...requiredPhotos(), declaredByB, policeRequested(), assigned(), decided(), {
          type: 'PoliceDecisionRequested',
          data: {
            requestedBy: 'A',
            requestedAt: at(20),
            deadline: at(25),
            district: 'yuzhong',
            suggestion: null,
            review: true,
          },
        }),
      )
      .then((document) =>
        expect(document).toMatchObject({ status: 'DISPUTED', onDesk: true, review: true, deadline: at(25) }),
      );
  });

  it('ignores a duplicate or older delivery, other streams and unknown events', () => {
    spec
      .given(history(reported, joined, ...requiredPhotos(), declaredByB, policeRequested(), assigned()))
      .thenDuplicatesChangeNothing();
    const log = new EventLog();
    spec.given(log.record('claim-1', [reported])).then(null);
    const known = history(reported, joined);
    spec.given([...known, ...log.record(streamId, [{ type: 'SomethingNew', data: {} }])]).then((document) => {
      expect(document?.lastPosition).toBe(2);
    });
  });
});

describe('police desk queue query', () => {
  it('lists a district’s waiting cases by deadline from its index, never another district’s', async () => {
    const store = new InMemoryReadStore({ forbidCollectionScans: true, freezeDocuments: true });
    const log = new EventLog();
    const caseOf = (id: string, district: string, minutes: number) => {
      const { data } = reported as Extract<CaseEvent, { type: 'AccidentReported' }>;
      const report: CaseEvent = {
        type: 'AccidentReported',
        data: { ...data, caseId: id, location: { ...data.location, district } },
      };
      const request = policeRequested(minutes);
      return log.record(`case-${id}`, [
        report,
        joined,
        ...requiredPhotos(),
        declaredByB,
        { ...request, data: { ...request.data, district } } as CaseEvent,
      ]);
    };
    await project(store, deskQueueProjection, [
      ...caseOf('late', 'yuzhong', 30),
      ...caseOf('early', 'yuzhong', 10),
      ...caseOf('elsewhere', 'jiangbei', 1),
      ...caseOf('decided', 'yuzhong', 5),
      ...log.record('case-decided', [assigned(OFFICER.officerId, 6), decided(OFFICER.officerId, 'POLICE', 7)]),
      ...log.record('case-late', [assigned(OTHER_OFFICER.officerId, 31)]),
    ]);
    const queue = new DeskQueue(store);
    expect((await queue.waiting('yuzhong', 10)).map((document) => document.caseId)).toEqual(['early', 'late']);
    expect((await queue.waiting('yuzhong', 1)).map((document) => document.caseId)).toEqual(['early']);
    expect((await queue.waiting('jiangbei', 10)).map((document) => document.caseId)).toEqual(['elsewhere']);
    expect(await queue.waiting('nanan', 10)).toEqual([]);
  });
});
