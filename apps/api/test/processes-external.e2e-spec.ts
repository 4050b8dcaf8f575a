import { DEFAULT_SETTLEMENT_RULES } from '@quickclaim/claims';
import { EVENT_STORE, SequentialIdGenerator, type EventStore } from '@quickclaim/platform';
import { FileCheckpoint } from '@quickclaim/platform/files';
import { InProcessMessageBus, RecordingSmsGateway } from '@quickclaim/platform/memory';
import { BackgroundProcesses, directCommands } from '@quickclaim/processes';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './harness';
import {
  agreed,
  assessedAndAccepted,
  claimsOf,
  closed,
  reportedAndJoined,
  signIn,
  THE_CAST,
  THE_DRIVERS,
} from './story';

describe('an API instance with PROCESSES=external (production: apps/relay runs the processes)', () => {
  it('runs no reaction itself; the processes running beside it carry the case to paid', async () => {
    const bus = new InProcessMessageBus();
    const server = await startServer({
      env: { PROCESSES: 'external', PAYMENT_GATEWAY: 'none' },
      overrides: { messageBus: bus },
    });
    const eventStore = server.app.get<EventStore>(EVENT_STORE);
    const elsewhere = mkdtempSync(join(tmpdir(), 'qc-relay-'));
    const ids = new SequentialIdGenerator('f0000000');
    const background = new BackgroundProcesses({
      eventStore,
      bus,
      clock: server.clock,
      ids,
      commands: directCommands({ eventStore, clock: server.clock, ids }),
      checkpoints: {
        claimsProcess: new FileCheckpoint(join(elsewhere, 'claims-process.json')),
        relay: new FileCheckpoint(join(elsewhere, 'relay.json')),
      },
      views: null,
      settlement: { rules: DEFAULT_SETTLEMENT_RULES, straightThroughLimitFen: 1_000_000 },
      simulatedInsurers: { delayMs: 0, failFirstAttempts: 0 },
      sweepEveryMs: 0,
      notifications: {
        gateway: new RecordingSmsGateway(),
        texts: { linkBaseUrl: 'http://localhost:3000', timeZone: 'Asia/Shanghai' },
      },
      log: { warn: () => undefined },
    });
    try {
      const { driverA, driverB } = await signIn(server, THE_DRIVERS);
      const { caseId } = await reportedAndJoined(driverA, driverB);
      await agreed(driverA, driverB, caseId);
      const types = async () => (await eventStore.readStream(`case-${caseId}`)).map((event) => event.type);
      // The API's own process managers would have opened the claims by now (ClaimsOpened); none runs here.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await types()).not.toContain('ClaimsOpened');

      await background.start();
      const claims = await claimsOf(driverA, caseId, 'SETTLING');
      const { picc, cpic } = await signIn(server, { picc: THE_CAST.picc, cpic: THE_CAST.cpic });
      await assessedAndAccepted(claims, {
        A: { adjuster: picc, claimant: driverA, lossFen: 30_000 },
        B: { adjuster: cpic, claimant: driverB, lossFen: 50_000 },
      });
      await closed(driverA, caseId);
    } finally {
      await background.stop();
      await server.close();
    }
  });
});
