import { claimDecider, claimStreamId } from '@quickclaim/claims';
import { PayoutResultsConsumer, Relay, SimulatedInsurers, TOPICS } from '@quickclaim/integration';
import {
  FixedClock,
  SequentialIdGenerator,
  type BusMessage,
  type MessageBus,
  type RecordedEvent,
} from '@quickclaim/platform';
import { handleCommand, verifyChain } from '@quickclaim/platform/eventsourcing';
import { FileCheckpoint } from '@quickclaim/platform/files';
import { InProcessMessageBus } from '@quickclaim/platform/memory';
import { SqliteEventStore } from '@quickclaim/platform/sqlite';
import { mkdtempSync } from 'node:fs';
import { claimAwaitingPayout, p1Paid } from './claim-awaiting-payout.fixtures';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function until(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function platform() {
  const dataDir = mkdtempSync(join(tmpdir(), 'qc-relay-faults-'));
  const eventStore = new SqliteEventStore(join(dataDir, 'events.sqlite'));
  await eventStore.append(claimStreamId('c1'), claimAwaitingPayout('20000000'), { expectedRevision: 'no_stream' });
  const bus = new InProcessMessageBus(10);
  const clock = new FixedClock('2026-11-22T08:05:00.000Z');
  const ids = new SequentialIdGenerator();
  let resultsHandled = 0;
  const consumer = new PayoutResultsConsumer(
    bus,
    async (claimId, command, context) => {
      try {
        return await handleCommand({ eventStore, clock, ids }, claimStreamId(claimId), claimDecider, command, context);
      } finally {
        resultsHandled += 1;
      }
    },
    clock,
    { warn: () => undefined },
  );
  await consumer.start();
  const claimTypes = async () =>
    (await eventStore.readStream(claimStreamId('c1'))).map((recorded: RecordedEvent) => recorded.type);
  return {
    eventStore,
    bus,
    consumer,
    claimTypes,
    resultsHandled: () => resultsHandled,
    checkpointPath: join(dataDir, 'checkpoints', 'relay.json'),
  };
}

describe('faults between the event store and the message bus', () => {
  it('a relay killed after the bus acknowledged and before its checkpoint publishes again; the claim is paid once', async () => {
    const { eventStore, bus, consumer, claimTypes, checkpointPath } = await platform();
    const insurers = new SimulatedInsurers(bus, { delayMs: 0, failFirstAttempts: 0 });
    await insurers.start();
    const requests: BusMessage[] = [];
    await bus.subscribe(TOPICS.payoutRequests, 'audit-copy', async (message) => void requests.push(message));

    // The first relay dies right after the bus acknowledged the payout request: the process is
    // gone before the line that moves its checkpoint runs.
    const dying: MessageBus = {
      publish: async (messages) => {
        await bus.publish(messages);
        if (messages.some((message) => message.topic === TOPICS.payoutRequests)) throw new Error('kill -9');
      },
      subscribe: (topic, group, handler) => bus.subscribe(topic, group, handler),
      close: async () => undefined,
    };
    const firstRelay = new Relay(eventStore, dying, new FileCheckpoint(checkpointPath));
    const events = await eventStore.readAll();
    let died = false;
    for (const recorded of events) {
      try {
        await firstRelay.apply(recorded);
      } catch {
        died = true;
        break;
      }
    }
    expect(died).toBe(true);
    expect(new FileCheckpoint(checkpointPath).get()).toBeLessThan(events[events.length - 1]!.position);

    // The restarted relay resumes from the checkpoint on disk and publishes the request again.
    const restartedRelay = new Relay(eventStore, bus, new FileCheckpoint(checkpointPath));
    for (const recorded of await eventStore.readAll({ after: new FileCheckpoint(checkpointPath).get() })) {
      await restartedRelay.apply(recorded);
    }
    restartedRelay.stop();
    await until(async () => (await claimTypes()).includes('ClaimClosed'));
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(requests).toHaveLength(2);
    expect(requests[1]!.headers['event-id']).toBe(requests[0]!.headers['event-id']);
    expect(requests[1]!.value).toEqual(requests[0]!.value);
    const types = await claimTypes();
    expect(types.filter((type) => type === 'PayoutConfirmed')).toHaveLength(1);
    expect(types.slice(-3)).toEqual(['PayoutConfirmed', 'ClaimPaid', 'ClaimClosed']);
    expect(new FileCheckpoint(checkpointPath).get()).toBe(events[events.length - 1]!.position);
    expect(verifyChain(await eventStore.readStream(claimStreamId('c1'))).valid).toBe(true);
    await insurers.stop();
    await consumer.stop();
    await eventStore.close();
  });

  it('a payout result delivered twice, and once more after the claim closed, is recorded once', async () => {
    const { eventStore, bus, consumer, claimTypes, resultsHandled } = await platform();
    const result = p1Paid('BANK-7');
    await bus.publish([result, result]);
    await until(async () => (await claimTypes()).includes('ClaimClosed'));
    const afterTwo = await claimTypes();
    await bus.publish([result]);
    await until(async () => resultsHandled() === 3);
    expect(await claimTypes()).toEqual(afterTwo);
    expect(afterTwo.filter((type) => type === 'PayoutConfirmed')).toHaveLength(1);
    await consumer.stop();
    await eventStore.close();
  });
});
