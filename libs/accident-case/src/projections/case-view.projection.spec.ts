import type { RecordedEvent } from '@quickclaim/platform';
import { ProjectionSpecification } from '@quickclaim/testing';
import type { CaseEvent } from '../domain/case.events';
import { evolveCaseView, type CaseViewDocument } from './case-view.projection';
import { InMemoryCaseViews } from './in-memory.case-views';
import { CASE_ID, partyA as party, reported as reportedEvent } from '../domain/case.fixtures';

let position = 100;
function recorded(event: CaseEvent, revision: number, streamId = `case-${CASE_ID}`): RecordedEvent {
  position += 1;
  return {
    streamId,
    revision,
    position,
    eventId: `event-${position}`,
    type: event.type,
    data: event.data as unknown as Record<string, unknown>,
    metadata: {
      eventId: `event-${position}`,
      correlationId: 'c',
      causationId: 'c',
      actor: { sub: 'driver-a', role: 'driver' },
      recordedAt: `2026-11-22T08:0${revision}:00.000Z`,
      schemaVersion: 1,
      prevHash: '0'.repeat(64),
      hash: 'f'.repeat(64),
    },
  };
}

const reported = recorded(reportedEvent, 0);
const joined = recorded(
  {
    type: 'PartyJoined',
    data: {
      party: 'B',
      driver: { ...party, plate: '渝B99999', driverId: 'driver-b' },
      joinedAt: '2026-11-22T08:01:00.000Z',
    },
  },
  1,
);
const declared = recorded(
  { type: 'CircumstancesDeclared', data: { party: 'B', situations: ['S01'], declaredAt: '2026-11-22T08:02:00.000Z' } },
  2,
);

const spec = ProjectionSpecification<CaseViewDocument | null, RecordedEvent>(evolveCaseView, null);

describe('case view projection', () => {
  it('folds a case from its events, with a timeline of who did what', () => {
    spec.given([reported, joined, declared]).then((document) => {
      expect(document).toMatchObject({ caseId: CASE_ID, revision: 2, lastPosition: declared.position });
      expect(document?.state.status).toBe('REPORTED');
      expect(document?.state.parties.B?.situations).toEqual(['S01']);
      expect(document?.timeline.map((entry) => entry.type)).toEqual([
        'AccidentReported',
        'PartyJoined',
        'CircumstancesDeclared',
      ]);
    });
  });

  it('ignores a duplicate or older delivery', () => {
    spec.given([reported, joined, declared]).thenDuplicatesChangeNothing();
  });

  it('ignores events of other streams and events before the case exists', () => {
    spec.given([recorded({ type: 'PartyJoined', data: joined.data as never }, 0, 'claim-1'), joined]).then(null);
  });

  it('keeps an event of an unknown type on the timeline without failing', () => {
    const unknown = { ...declared, position: declared.position + 50, revision: 3, type: 'SomethingNew', data: {} };
    spec.given([reported, joined, unknown]).then((document) => {
      expect(document?.timeline.map((entry) => entry.type)).toEqual([
        'AccidentReported',
        'PartyJoined',
        'SomethingNew',
      ]);
      expect(document?.state.status).toBe('REPORTED');
    });
  });
});

describe('in-memory case views', () => {
  it('indexes cases by driver and keeps the checkpoint', async () => {
    const views = new InMemoryCaseViews();
    for (const event of [reported, joined, joined, declared]) views.apply(event);
    expect(views.checkpoint()).toBe(declared.position);
    expect((await views.ofDriver('driver-b')).map((document) => document.caseId)).toEqual([CASE_ID]);
    expect(await views.ofDriver('driver-x')).toEqual([]);
    expect((await views.get(CASE_ID))?.timeline).toHaveLength(3);
    expect(await views.deskQueue('yuzhong', 10)).toEqual([]);
  });
});
