import { InMemoryReadStore } from '@quickclaim/platform/memory';
import { EventLog, ProjectionSpecification, project } from '@quickclaim/testing';
import type { CaseEvent } from '../domain/case.events';
import {
  CASE_ID,
  DRIVER_B,
  OFFICER,
  assigned,
  at,
  decided,
  declaredByB,
  joined,
  policeRequested,
  reported,
  requiredPhotos,
} from '../domain/case.fixtures';
import { CaseViews } from './case-views';
import { caseViewsProjection, evolveCaseView, type CaseViewDocument } from './case-views.projection';

const streamId = `case-${CASE_ID}`;
const spec = ProjectionSpecification<CaseViewDocument | null, ReturnType<EventLog['record']>[number]>(
  evolveCaseView,
  null,
);

function history(...events: CaseEvent[]) {
  return new EventLog({ sub: 'driver-a', role: 'driver' }).record(streamId, events);
}

describe('case views projection', () => {
  it('folds a case from its events, with a timeline of who did what and the drivers who are parties', () => {
    spec.given(history(reported, joined, declaredByB)).then((document) => {
      expect(document).toMatchObject({
        _id: CASE_ID,
        caseId: CASE_ID,
        revision: 2,
        lastPosition: 3,
        driverIds: ['driver-a', DRIVER_B],
        status: 'REPORTED',
      });
      expect(document).not.toHaveProperty('responseDeadline');
      expect(document?.state.parties.B?.situations).toEqual(['S01']);
      expect(document?.timeline.map((entry) => entry.type)).toEqual([
        'AccidentReported',
        'PartyJoined',
        'CircumstancesDeclared',
      ]);
    });
  });

  it('ignores a duplicate or older delivery', () => {
    spec
      .given(history(reported, joined, declaredByB, ...requiredPhotos(), policeRequested()))
      .thenDuplicatesChangeNothing();
  });

  it('knows when silence becomes acceptance while a decision awaits the parties', () => {
    spec
      .given(history(reported, joined, ...requiredPhotos(), declaredByB, policeRequested(), assigned(), decided()))
      .then((document) => {
        expect(document?.status).toBe('DECIDED');
        expect(document?.responseDeadline).toBe(document?.state.decision?.responseDeadline);
      });
  });

  it('ignores events of other streams and events before the case exists', () => {
    const log = new EventLog();
    spec.given([...log.record('claim-1', [joined]), ...log.record(streamId, [joined])]).then(null);
  });

  it('keeps an event of an unknown type on the timeline without failing', () => {
    const log = new EventLog();
    spec.given(log.record(streamId, [reported, joined, { type: 'SomethingNew', data: {} }])).then((document) => {
      expect(document?.timeline.map((entry) => entry.type)).toEqual([
        'AccidentReported',
        'PartyJoined',
        'SomethingNew',
      ]);
      expect(document?.state.status).toBe('REPORTED');
    });
  });
});

describe('case views queries', () => {
  it('finds a driver’s cases newest first, and the decisions nobody answered in time, from indexes', async () => {
    const store = new InMemoryReadStore({ forbidCollectionScans: true, freezeDocuments: true });
    const log = new EventLog();
    const older = log.record(streamId, [reported, joined, ...requiredPhotos(), declaredByB]);
    const newer = log.record('case-second', [
      { ...reported, data: { ...reported.data, caseId: 'second', reportedAt: at(30) } } as CaseEvent,
      joined,
      ...requiredPhotos(),
      declaredByB,
      policeRequested(31),
      assigned(OFFICER.officerId, 32),
      decided(OFFICER.officerId, 'POLICE', 33),
    ]);
    await project(store, caseViewsProjection, [...older, ...newer]);
    const views = new CaseViews(store);
    expect((await views.ofDriver(DRIVER_B)).map((document) => document.caseId)).toEqual(['second', CASE_ID]);
    expect(await views.ofDriver('driver-x')).toEqual([]);
    expect((await views.get(CASE_ID))?.timeline).toHaveLength(6);
    expect(await views.responsePeriodOver(new Date(at(60)))).toEqual([]);
    const overdue = await views.responsePeriodOver(new Date(at(33 + 3 * 24 * 60)));
    expect(overdue.map((document) => document.caseId)).toEqual(['second']);
  });
});
