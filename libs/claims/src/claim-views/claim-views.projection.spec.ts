import type { RecordedEvent } from '@quickclaim/platform';
import { InMemoryReadStore } from '@quickclaim/platform/memory';
import { EventLog, ProjectionSpecification, accidentWorkload, project } from '@quickclaim/testing';
import { claimDecider } from '../domain/claim.decider';
import type { OpenedClaimState } from '../domain/claim.state';
import type { ClaimEvent } from '../domain/claim.events';
import { ClaimViews } from './claim-views';
import { claimViewsProjection, evolveClaimView, type ClaimViewDocument } from './claim-views.projection';
import { evolvePayout, payoutsLedgerProjection, type PayoutDocument } from '../payouts/payouts-ledger.projection';

const events = new EventLog().recordAll(accidentWorkload({ cases: 120, seed: 11 }));
const streams = new Map<string, RecordedEvent[]>();
for (const event of events) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
const claimStreams = [...streams.entries()].filter(([streamId]) => streamId.startsWith('claim-'));
const fold = (stream: RecordedEvent[]) =>
  stream.reduce(
    (state, event) => claimDecider.evolve(state, { type: event.type, data: event.data } as unknown as ClaimEvent),
    claimDecider.initialState,
  ) as OpenedClaimState;

const claimSpec = ProjectionSpecification<ClaimViewDocument | null, RecordedEvent>(evolveClaimView, null);

describe('claim views projection', () => {
  it('holds each claim exactly as its own stream folds it, with who may see it', () => {
    for (const [streamId, stream] of claimStreams.slice(0, 30)) {
      claimSpec.given(stream).then((document) => {
        const state = fold(stream);
        expect(document).toMatchObject({
          _id: streamId.slice('claim-'.length),
          state,
          status: state.status,
          caseId: state.caseId,
          lastPosition: stream.at(-1)!.position,
          insurers: [...new Set([state.handlingInsurer, ...state.payouts.map((payout) => payout.payer)])],
        });
      });
    }
  });

  it('ignores a duplicate or older delivery, and events of cases', () => {
    const [, stream] = claimStreams.find(([, candidate]) => candidate.some((event) => event.type === 'PayoutFailed'))!;
    claimSpec.given(stream).thenDuplicatesChangeNothing();
    claimSpec.given(events.filter((event) => event.streamId.startsWith('case-')).slice(0, 50)).then(null);
  });
});

describe('payouts ledger projection', () => {
  const ledgerSpec = ProjectionSpecification<PayoutDocument | null, RecordedEvent>(evolvePayout, null);

  it('keeps each payout as its claim has it, through a failure and its retry', () => {
    const [, stream] = claimStreams.find(([, candidate]) => candidate.some((event) => event.type === 'PayoutFailed'))!;
    const claim = fold(stream);
    for (const payout of claim.payouts) {
      const own = stream.filter((event) => (event.data as { payoutId?: string }).payoutId === payout.payoutId);
      ledgerSpec.given(own).then((document) => {
        expect(document).toMatchObject({ ...payout, claimId: claim.claimId, _id: payout.payoutId });
        expect(document?.firstRequestedAt).toBe((own[0]!.data as { requestedAt: string }).requestedAt);
      });
      ledgerSpec.given(own).thenDuplicatesChangeNothing();
    }
  });
});

describe('claims and payouts queries', () => {
  it('answers the insurers’ lists, the case’s claims and the silence sweep from indexes', async () => {
    const store = new InMemoryReadStore({ forbidCollectionScans: true, freezeDocuments: true });
    await project(store, claimViewsProjection, events);
    await project(store, payoutsLedgerProjection, events);
    const views = new ClaimViews(store);
    const states = claimStreams.map(([, stream]) => fold(stream));

    const picc = await views.ofInsurer('PICC');
    const expected = states.filter(
      (state) => state.handlingInsurer === 'PICC' || state.payouts.some((payout) => payout.payer === 'PICC'),
    );
    expect(picc.map((document) => document.claimId).sort()).toEqual(expected.map((state) => state.claimId).sort());
    const updated = picc.map((document) => document.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
    expect((await views.ofInsurer('PICC', 'CLOSED')).every((document) => document.status === 'CLOSED')).toBe(true);

    const someCase = states[0]!.caseId;
    expect((await views.ofCase(someCase)).map((document) => document.party)).toEqual(['A', 'B']);

    const ledger = await views.payoutsOf('CPIC');
    const payouts = states.flatMap((state) => state.payouts.filter((payout) => payout.payer === 'CPIC'));
    expect(ledger.map((payout) => payout.payoutId).sort()).toEqual(payouts.map((payout) => payout.payoutId).sort());
    expect((await views.payoutsOf('CPIC', 'PAID')).length).toBe(
      payouts.filter((payout) => payout.status === 'PAID').length,
    );
    expect(await views.payout(payouts[0]!.payoutId)).toMatchObject({ payer: 'CPIC' });

    expect(await views.assessmentsAwaitingSilence(new Date('2030-01-01T00:00:00.000Z'), 3 * 24 * 60)).toEqual([]);
  });

  it('finds the assessments left unanswered for the response period', async () => {
    const store = new InMemoryReadStore({ forbidCollectionScans: true });
    const [, stream] = claimStreams[0]!;
    const unanswered = new EventLog().record('claim-unanswered', [
      { type: 'ClaimOpened', data: { ...stream[0]!.data, claimId: 'unanswered' } },
      { type: 'DamageAssessed', data: { ...stream[1]!.data, assessedAt: '2026-11-22T09:00:00.000Z' } },
    ]);
    await project(store, claimViewsProjection, unanswered);
    const views = new ClaimViews(store);
    const period = 3 * 24 * 60;
    expect(await views.assessmentsAwaitingSilence(new Date('2026-11-25T08:59:00.000Z'), period)).toEqual([]);
    const due = await views.assessmentsAwaitingSilence(new Date('2026-11-25T09:00:00.000Z'), period);
    expect(due.map((document) => document.claimId)).toEqual(['unanswered']);
  });
});
