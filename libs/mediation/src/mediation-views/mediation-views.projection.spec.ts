import type { RecordedEvent } from '@quickclaim/platform';
import { InMemoryReadStore } from '@quickclaim/platform/memory';
import { EventLog, ProjectionSpecification, mediationWorkload, project } from '@quickclaim/testing';
import { MediationViews } from './mediation-views';
import {
  evolveMediationView,
  mediationViewsProjection,
  type MediationViewDocument,
} from './mediation-views.projection';

const events = new EventLog().recordAll(mediationWorkload(4));
const streamOf = (number: number) =>
  events.filter((event) => event.streamId === `mediation-mediation-workload-${number}`);
const spec = ProjectionSpecification<MediationViewDocument | null, RecordedEvent>(evolveMediationView, null);

describe('mediation views projection', () => {
  it('holds an agreed mediation, out of the sweep', () => {
    spec.given(streamOf(0)).then((document) => {
      expect(document).toMatchObject({
        _id: 'mediation-workload-0',
        caseId: 'case-m0',
        committee: 'yuzhong-insurance-mediation',
        status: 'AGREED',
        state: { status: 'AGREED', mediatorId: 'mediator-1', signedBy: ['A', 'B'] },
      });
      expect(document?.openUntil).toBeUndefined();
    });
  });

  it('holds a refused one as failed, with the refusal', () => {
    spec.given(streamOf(1)).then((document) => {
      expect(document).toMatchObject({
        status: 'FAILED',
        state: { failure: { cause: 'PARTY_REFUSED', reason: 'too low', by: 'B' } },
      });
    });
  });

  it('keeps an open stage’s deadline for the sweep', () => {
    spec.given(streamOf(0).slice(0, 2)).then((document) => {
      expect(document).toMatchObject({ status: 'ASSIGNED', openUntil: document?.state.deadline });
    });
  });

  it('ignores duplicates and other streams', () => {
    spec.given(streamOf(1)).thenDuplicatesChangeNothing();
    const stranger = { ...streamOf(0)[0]!, streamId: 'case-xyz' };
    spec.given([stranger]).then(null);
  });

  it("answers a committee's queue and the overdue ones from the store's indexes", async () => {
    const store = new InMemoryReadStore({ forbidCollectionScans: true });
    await project(store, mediationViewsProjection, events);
    const views = new MediationViews(store);
    expect((await views.ofCommittee('yuzhong-insurance-mediation')).map((document) => document.mediationId)).toEqual([
      'mediation-workload-0',
      'mediation-workload-1',
      'mediation-workload-2',
      'mediation-workload-3',
    ]);
    expect(await views.overdue(new Date('2027-01-01T00:00:00.000Z'))).toEqual([]);
    // A mediation taken and never proposed is overdue once its stage ran out, not before.
    const open = new InMemoryReadStore({ forbidCollectionScans: true });
    await project(open, mediationViewsProjection, streamOf(2).slice(0, 2));
    const openViews = new MediationViews(open);
    const deadline = (await openViews.get('mediation-workload-2'))!.openUntil!;
    expect(await openViews.overdue(new Date(Date.parse(deadline) - 1))).toEqual([]);
    expect((await openViews.overdue(new Date(deadline))).map((document) => document.mediationId)).toEqual([
      'mediation-workload-2',
    ]);
  });
});
