import { TOPICS } from '@quickclaim/integration';
import { SequentialIdGenerator, FixedClock, type BusMessage } from '@quickclaim/platform';
import { InMemoryEventStore, InProcessMessageBus, RecordingSmsGateway } from '@quickclaim/platform/memory';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimAwaitingPayout, p1Paid } from './claim-awaiting-payout.fixtures';
import { startRelay } from './relay.app';

describe('the relay process', () => {
  it('publishes a payout request and records the insurer’s result on the claim', async () => {
    const eventStore = new InMemoryEventStore();
    const bus = new InProcessMessageBus(10);
    const requests: BusMessage[] = [];
    await bus.subscribe(TOPICS.payoutRequests, 'insurer', async (message) => void requests.push(message));
    await eventStore.append('claim-c1', claimAwaitingPayout('10000000'), { expectedRevision: 'no_stream' });
    const relay = await startRelay({
      eventStore,
      bus,
      notificationGateway: new RecordingSmsGateway(),
      readStore: null,
      clock: new FixedClock('2026-11-22T08:05:00.000Z'),
      ids: new SequentialIdGenerator(),
      settings: {
        dataDir: mkdtempSync(join(tmpdir(), 'qc-relay-app-')),
        straightThroughLimitFen: 1_000_000,
        deadlineSweepMs: 0,
        readYourWritesTimeoutMs: 100,
        paymentGateway: 'none',
        simulatedPayoutDelayMs: 0,
        simulatedPayoutFailFirstAttempts: 0,
        smsLinkBaseUrl: 'http://localhost:3000',
        timeZone: 'Asia/Shanghai',
      },
      log: () => undefined,
    });
    try {
      const deadline = Date.now() + 3000;
      while (requests.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(requests[0]?.value).toMatchObject({
        payoutId: 'p1',
        claimId: 'c1',
        payer: 'PICC',
        amountFen: 10_000,
        attempt: 1,
      });
      await bus.publish([p1Paid('BANK-9')]);
      let types: string[] = [];
      while (!types.includes('ClaimClosed') && Date.now() < deadline) {
        types = (await eventStore.readStream('claim-c1')).map((recorded) => recorded.type);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(types.slice(-3)).toEqual(['PayoutConfirmed', 'ClaimPaid', 'ClaimClosed']);
    } finally {
      await relay.stop();
    }
  });
});
