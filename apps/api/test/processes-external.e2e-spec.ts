import { DEFAULT_SETTLEMENT_RULES } from '@quickclaim/claims';
import { EVENT_STORE, SequentialIdGenerator, type EventStore } from '@quickclaim/platform';
import { FileCheckpoint } from '@quickclaim/platform/files';
import { InProcessMessageBus } from '@quickclaim/platform/memory';
import { BackgroundProcesses, directCommands } from '@quickclaim/processes';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, eventually, partyBInput, partyInput, reportBody, startServer } from './harness';

describe('an API instance with PROCESSES=external (production: apps/relay runs the processes)', () => {
  it('runs no reaction itself; the processes running beside it carry the case to paid', async () => {
    const bus = new InProcessMessageBus();
    const server = await startServer({
      env: { PROCESSES: 'external', PAYMENT_GATEWAY: 'none' },
      overrides: { messageBus: bus },
    });
    const eventStore = server.app.get<EventStore>(EVENT_STORE);
    const elsewhere = mkdtempSync(join(tmpdir(), 'qc-relay-'));
    const background = new BackgroundProcesses({
      eventStore,
      bus,
      clock: server.clock,
      commands: directCommands({ eventStore, clock: server.clock, ids: new SequentialIdGenerator('f0000000') }),
      checkpoints: {
        claimsProcess: new FileCheckpoint(join(elsewhere, 'claims-process.json')),
        relay: new FileCheckpoint(join(elsewhere, 'relay.json')),
      },
      views: null,
      settlement: { rules: DEFAULT_SETTLEMENT_RULES, straightThroughLimitFen: 1_000_000 },
      simulatedInsurers: { delayMs: 0, failFirstAttempts: 0 },
      sweepEveryMs: 0,
      log: { warn: () => undefined },
    });
    try {
      const driverA = await Client.as(server, { sub: 'driver-a', role: 'driver' });
      const driverB = await Client.as(server, { sub: 'driver-b', role: 'driver' });
      const { caseId, joinCode } = (
        await driverA.post<{ caseId: string; joinCode: string }>('/cases', reportBody({ party: partyInput() }))
      ).body;
      await driverB.post(`/cases/${caseId}/join`, { joinCode, party: partyBInput() });
      await driverA.post(`/cases/${caseId}/agreement`, { allocation: { A: 'FULL', B: 'NONE' } });
      await driverB.post(`/cases/${caseId}/agreement/sign`);
      const types = async () => (await eventStore.readStream(`case-${caseId}`)).map((event) => event.type);
      // The API's own process managers would have opened the claims by now (ClaimsOpened); none runs here.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await types()).not.toContain('ClaimsOpened');

      await background.start();
      const view = await eventually(async () => {
        const reply = await driverA.get<{ status: string; claims: { claimId: string; party: string }[] }>(
          `/cases/${caseId}`,
        );
        expect(reply.body.status).toBe('SETTLING');
        return reply.body;
      });
      const picc = await Client.as(server, { sub: 'adjuster-picc', role: 'adjuster', insurer: 'PICC' });
      const cpic = await Client.as(server, { sub: 'adjuster-cpic', role: 'adjuster', insurer: 'CPIC' });
      const claimOf = (party: string) => view.claims.find((claim) => claim.party === party)!.claimId;
      await picc.post(`/claims/${claimOf('A')}/assessment`, {
        lineItems: [{ description: 'bumper', amountFen: 30_000 }],
      });
      await cpic.post(`/claims/${claimOf('B')}/assessment`, {
        lineItems: [{ description: 'door', amountFen: 50_000 }],
      });
      await driverA.post(`/claims/${claimOf('A')}/assessment/accept`);
      await driverB.post(`/claims/${claimOf('B')}/assessment/accept`);
      await eventually(async () =>
        expect((await driverA.get<{ status: string }>(`/cases/${caseId}`)).body.status).toBe('CLOSED'),
      );
    } finally {
      await background.stop();
      await server.close();
    }
  });
});
