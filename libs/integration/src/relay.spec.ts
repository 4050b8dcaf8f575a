import { FixedClock, SequentialIdGenerator, type BusMessage, type EventToAppend } from '@quickclaim/platform';
import {
  AUDIT_CHECKPOINT_STREAM,
  checkpointSignatureProblem,
  takeCheckpoint,
  type SignedCheckpoint,
} from '@quickclaim/platform/eventsourcing';
import { generateKeyPairSync } from 'node:crypto';
import { FileCheckpoint } from '@quickclaim/platform/files';
import { InMemoryEventStore, InProcessMessageBus } from '@quickclaim/platform/memory';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Relay } from './relay';
import { parsePayoutResult, TOPICS } from './topics';

const event = (type: string, data: Record<string, unknown>, id: string): EventToAppend => ({
  eventId: id,
  type,
  data,
  metadata: {
    correlationId: 'c-1',
    causationId: 'c-1',
    actor: { sub: 's', role: 'system' },
    recordedAt: '2026-11-22T08:00:00.000Z',
    schemaVersion: 1,
  },
});

async function relayed(appends: [string, EventToAppend[]][]) {
  const store = new InMemoryEventStore();
  for (const [stream, events] of appends) await store.append(stream, events, { expectedRevision: 'any' });
  const bus = new InProcessMessageBus();
  const received: BusMessage[] = [];
  for (const topic of Object.values(TOPICS))
    await bus.subscribe(topic, 'test', async (message) => void received.push(message));
  const checkpoint = new FileCheckpoint(join(mkdtempSync(join(tmpdir(), 'qc-relay-')), 'relay.json'));
  const relay = new Relay(store, bus, checkpoint);
  const events = await store.readAll();
  for (const recorded of [...events, ...events]) await relay.apply(recorded);
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { received, checkpoint, events };
}

describe('the relay', () => {
  it('publishes payout requests, integration events without personal data, and the SMS of a decision, once each', async () => {
    const { received, checkpoint, events } = await relayed([
      [
        'case-1',
        [
          event(
            'AccidentReported',
            { reporter: { phone: '13800000001', driverName: '张三' } },
            '00000000-0000-4000-8000-000000000001',
          ),
        ],
      ],
      ['case-1', [event('PartyJoined', { driver: { phone: '13800000002' } }, '00000000-0000-4000-8000-000000000002')]],
      [
        'case-1',
        [
          event(
            'LiabilityDecided',
            { allocation: { A: 'FULL', B: 'NONE' }, basis: 'POLICE', responseDeadline: '2026-11-25T08:00:00.000Z' },
            '00000000-0000-4000-8000-000000000003',
          ),
        ],
      ],
      [
        'claim-9',
        [
          event(
            'PayoutRequested',
            {
              payoutId: 'p-1',
              payer: 'PICC',
              coverages: ['COMPULSORY'],
              amountFen: 10_000,
              attempt: 1,
              requestedAt: '2026-11-22T08:10:00.000Z',
            },
            '00000000-0000-4000-8000-000000000004',
          ),
        ],
      ],
    ]);
    const on = (topic: string) => received.filter((message) => message.topic === topic);
    expect(on(TOPICS.caseEvents).map((message) => message.value.type)).toEqual([
      'AccidentReported',
      'PartyJoined',
      'LiabilityDecided',
      'PayoutRequested',
    ]);
    expect(JSON.stringify(on(TOPICS.caseEvents))).not.toContain('13800000001');
    expect(on(TOPICS.caseEvents).map((message) => message.value.hash)).toEqual(
      events.map((recorded) => recorded.metadata.hash),
    );
    expect(on(TOPICS.notifications)).toEqual([
      expect.objectContaining({
        key: 'case-1',
        value: expect.objectContaining({ kind: 'LIABILITY_DECIDED', to: ['13800000001', '13800000002'] }),
      }),
    ]);
    expect(on(TOPICS.payoutRequests)).toEqual([
      expect.objectContaining({
        key: 'claim-9',
        headers: { 'event-id': '00000000-0000-4000-8000-000000000004', 'correlation-id': 'c-1' },
        value: {
          version: 1,
          payoutId: 'p-1',
          claimId: '9',
          payer: 'PICC',
          coverages: ['COMPULSORY'],
          amountFen: 10_000,
          attempt: 1,
          requestedAt: '2026-11-22T08:10:00.000Z',
        },
      }),
    ]);
    expect(checkpoint.get()).toBe(events[events.length - 1]!.position);
  });
});

describe('the SMS requests of the relay', () => {
  const photo = (index: number) =>
    event(
      'PhotoAttached',
      { photoId: `p-${index}`, kind: 'OTHER' },
      `00000000-0000-4000-8000-1${String(index).padStart(11, '0')}`,
    );

  it('finds every party’s phone however long the stream is: B joined after 25 events', async () => {
    const { received } = await relayed([
      [
        'case-7',
        [
          event(
            'AccidentReported',
            { reporter: { phone: '13800000001', plate: '渝A12345' } },
            '00000000-0000-4000-8000-000000000011',
          ),
        ],
      ],
      ['case-7', Array.from({ length: 25 }, (_, index) => photo(index))],
      [
        'case-7',
        [
          event(
            'PartyJoined',
            { driver: { phone: '13800000002', plate: '渝B67890' } },
            '00000000-0000-4000-8000-000000000012',
          ),
        ],
      ],
      [
        'case-7',
        [
          event(
            'LiabilityDecided',
            { allocation: { A: 'NONE', B: 'FULL' }, basis: 'POLICE', responseDeadline: '2026-11-25T08:00:00.000Z' },
            '00000000-0000-4000-8000-000000000013',
          ),
        ],
      ],
    ]);
    const sms = received.filter((message) => message.topic === TOPICS.notifications);
    expect(sms.map((message) => message.value)).toEqual([
      {
        version: 1,
        kind: 'LIABILITY_DECIDED',
        caseId: '7',
        to: ['13800000001', '13800000002'],
        recipients: [
          { party: 'A', phone: '13800000001', plate: '渝A12345' },
          { party: 'B', phone: '13800000002', plate: '渝B67890' },
        ],
        allocation: { A: 'NONE', B: 'FULL' },
        basis: 'POLICE',
        respondBy: '2026-11-25T08:00:00.000Z',
      },
    ]);
  });

  it('tells both parties when the officer asks for more photos or refers the case offline', async () => {
    const { received } = await relayed([
      [
        'case-8',
        [
          event(
            'AccidentReported',
            { reporter: { phone: '13800000001', plate: '渝A1' } },
            '00000000-0000-4000-8000-000000000021',
          ),
          event(
            'PartyJoined',
            { driver: { phone: '13800000002', plate: '渝B2' } },
            '00000000-0000-4000-8000-000000000022',
          ),
          event(
            'EvidenceRequested',
            { kinds: ['PLATE'], note: 'the plate of B' },
            '00000000-0000-4000-8000-000000000023',
          ),
          event('CaseReferredOffline', { reason: 'a pedestrian was hurt' }, '00000000-0000-4000-8000-000000000024'),
        ],
      ],
    ]);
    const sms = received.filter((message) => message.topic === TOPICS.notifications);
    expect(sms.map((message) => [message.value.kind, message.value.to, message.headers['event-id']])).toEqual([
      ['EVIDENCE_REQUESTED', ['13800000001', '13800000002'], '00000000-0000-4000-8000-000000000023'],
      ['CASE_REFERRED_OFFLINE', ['13800000001', '13800000002'], '00000000-0000-4000-8000-000000000024'],
    ]);
    expect(sms[0]!.value).toMatchObject({ kinds: ['PLATE'] });
    expect(JSON.stringify(sms)).not.toContain('the plate of B');
  });
});

describe('payout results from the wire', () => {
  it('reads version 1 and refuses anything else', () => {
    const valid = {
      version: 1,
      payoutId: 'p',
      claimId: 'c',
      payer: 'PICC',
      attempt: 2,
      status: 'PAID',
      reference: 'BANK-1',
    };
    expect(parsePayoutResult(valid)).toEqual(valid);
    expect(parsePayoutResult({ ...valid, version: 2 })).toBeNull();
    expect(parsePayoutResult({ ...valid, status: 'MAYBE' })).toBeNull();
    expect(parsePayoutResult({ ...valid, attempt: '2' })).toBeNull();
  });

  it('publishes every signed audit checkpoint, as signed, on its own topic', async () => {
    const store = new InMemoryEventStore();
    await store.append('case-1', [event('AccidentReported', {}, '00000000-0000-4000-8000-000000000011')], {
      expectedRevision: 'any',
    });
    const signed = await takeCheckpoint(store, {
      privateKey: generateKeyPairSync('ed25519').privateKey,
      clock: new FixedClock('2026-11-22T09:00:00.000Z'),
      ids: new SequentialIdGenerator('0000c0de'),
    });
    const bus = new InProcessMessageBus();
    const received: BusMessage[] = [];
    await bus.subscribe(TOPICS.auditCheckpoints, 'test', async (message) => void received.push(message));
    const relay = new Relay(
      store,
      bus,
      new FileCheckpoint(join(mkdtempSync(join(tmpdir(), 'qc-relay-')), 'relay.json')),
    );
    for (const recorded of await store.readAll()) await relay.apply(recorded);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received).toHaveLength(1);
    expect(received[0]!.key).toBe(AUDIT_CHECKPOINT_STREAM);
    const { version, ...published } = received[0]!.value;
    expect(version).toBe(1);
    expect(published).toEqual(signed);
    expect(checkpointSignatureProblem(published as unknown as SignedCheckpoint)).toBeNull();
    expect(signed.checkpoint.heads['case-1']).toMatchObject({ revision: 0, position: 0 });
  });
});
