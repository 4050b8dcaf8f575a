import { caseDecider, type CaseEvent } from '@quickclaim/accident-case';
import { claimDecider, type ClaimEvent } from '@quickclaim/claims';
import { accidentWorkload, EventLog } from './workload';

describe('the scripted workload', () => {
  it('drives every path of the story through the real deciders, interleaved', () => {
    const events = new EventLog().recordAll(accidentWorkload({ cases: 200, seed: 7 }));
    const types = new Set(events.map((event) => event.type));
    for (const type of [
      'AgreementSigned',
      'LiabilityDecided',
      'EvidenceRequested',
      'LiabilityDisputed',
      'CaseReferredOffline',
      'CaseWithdrawn',
      'SettlementApproved',
      'PayoutFailed',
      'ClaimClosed',
      'CaseClosed',
    ]) {
      expect(types).toContain(type);
    }
    const streams = new Map<string, typeof events>();
    for (const event of events) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
    const closedCases = [...streams.entries()].filter(
      ([id, stream]) => id.startsWith('case-') && stream.at(-1)?.type === 'CaseClosed',
    );
    expect(closedCases.length).toBeGreaterThan(100);
    const [, oneCase] = closedCases[0]!;
    const folded = oneCase.reduce(
      (state, event) => caseDecider.evolve(state, { type: event.type, data: event.data } as unknown as CaseEvent),
      caseDecider.initialState,
    );
    expect(folded.status).toBe('CLOSED');
    const firstStream = events[0]!.streamId;
    expect(events.slice(0, 40).some((event) => event.streamId !== firstStream)).toBe(true);
    const claim = [...streams.entries()].find(([id]) => id.startsWith('claim-'))![1];
    expect(
      claim.reduce(
        (state, event) => claimDecider.evolve(state, { type: event.type, data: event.data } as unknown as ClaimEvent),
        claimDecider.initialState,
      ).status,
    ).toBe('CLOSED');
  });

  it('is the same for the same seed', () => {
    const once = [...accidentWorkload({ cases: 20, seed: 3 })];
    expect([...accidentWorkload({ cases: 20, seed: 3 })]).toEqual(once);
  });
});
