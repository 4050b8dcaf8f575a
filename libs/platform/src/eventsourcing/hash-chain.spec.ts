import type { RecordedEvent } from '../ports/event-store.port';
import { canonicalJson, GENESIS_HASH, sealEvents, verifyChain } from './hash-chain';

const metadata = (recordedAt: string) => ({
  correlationId: 'c',
  causationId: 'c',
  actor: { sub: 'officer-1', role: 'officer', district: 'yuzhong' },
  recordedAt,
  schemaVersion: 1,
});

function chain(): RecordedEvent[] {
  return sealEvents('case-1', 0, GENESIS_HASH, [
    {
      eventId: 'e1',
      type: 'AccidentReported',
      data: { plate: '渝A12345' },
      metadata: metadata('2026-11-22T08:00:00.000Z'),
    },
    { eventId: 'e2', type: 'PartyJoined', data: { plate: '渝B67890' }, metadata: metadata('2026-11-22T08:01:00.000Z') },
    {
      eventId: 'e3',
      type: 'LiabilityDecided',
      data: { allocation: { A: 'FULL', B: 'NONE' } },
      metadata: metadata('2026-11-22T08:04:00.000Z'),
    },
  ]).map((sealed, index) => ({ ...sealed, streamId: 'case-1', position: 10 + index }));
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('the hash chain', () => {
  it('verifies an untouched stream', () => {
    expect(verifyChain(chain())).toEqual({ valid: true, problems: [] });
  });

  it('detects altered data', () => {
    const events = chain();
    events[1] = { ...events[1]!, data: { plate: '渝B00000' } };
    expect(verifyChain(events).problems).toEqual([{ revision: 1, problem: expect.stringContaining('altered') }]);
  });

  it('detects an altered actor or time', () => {
    const events = chain();
    events[2] = { ...events[2]!, metadata: { ...events[2]!.metadata, actor: { sub: 'officer-2', role: 'officer' } } };
    events[0] = { ...events[0]!, metadata: { ...events[0]!.metadata, recordedAt: '2026-11-21T08:00:00.000Z' } };
    expect(verifyChain(events).problems.map((problem) => problem.revision)).toEqual([0, 2]);
  });

  it('detects a removed event', () => {
    const events = chain();
    events.splice(1, 1);
    expect(verifyChain(events).valid).toBe(false);
  });

  it('detects reordered events', () => {
    const [first, second, third] = chain();
    expect(verifyChain([first!, third!, second!]).valid).toBe(false);
  });

  it('detects a rewritten stream whose hashes were recomputed from a forged first link', () => {
    const forged = sealEvents('case-1', 0, 'f'.repeat(64), chain()).map((sealed, index) => ({
      ...sealed,
      streamId: 'case-1',
      position: index,
    }));
    expect(verifyChain(forged).problems[0]).toEqual({ revision: 0, problem: expect.stringContaining('prevHash') });
  });
});
