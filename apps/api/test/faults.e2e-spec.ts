import { InProcessMessageBus } from '@quickclaim/platform/memory';
import { TOPICS } from '@quickclaim/integration';
import { Client, eventually, partyInput, reportBody, startServer } from './harness';
import { agreedAndAssessed, asAdjuster, asDriver, closed, signIn } from './story';

describe('faults the server must ride out', () => {
  it('a full disk while appending: the command fails cleanly with 503 EVENT_STORE_FULL, nothing partial, reads go on', async () => {
    const server = await startServer({ env: { EVENT_STORE_MAX_BYTES: String(64 * 1024), RATE_LIMITS: 'off' } });
    try {
      const driverA = await Client.as(server, { sub: 'driver-full-a', role: 'driver' });
      const reported: string[] = [];
      let refusal: { status: number; body: Record<string, unknown> } | undefined;
      for (let attempt = 0; attempt < 300 && !refusal; attempt += 1) {
        const reply = await driverA.post<{ caseId: string }>(
          '/cases',
          reportBody({ party: partyInput({ plate: `渝F${String(attempt).padStart(5, '0')}` }) }),
        );
        if (reply.status === 201) reported.push(reply.body.caseId);
        else refusal = reply as unknown as { status: number; body: Record<string, unknown> };
      }
      expect(refusal).toMatchObject({ status: 503, body: { code: 'EVENT_STORE_FULL', status: 503 } });
      expect(reported.length).toBeGreaterThan(0);

      // Nothing of the refused command is visible; every earlier case reads as before.
      const mine = await driverA.get<{ items: { caseId: string }[] }>('/me/cases');
      expect(mine.body.items.map((item) => item.caseId).sort()).toEqual([...reported].sort());
      const first = reported[0]!;
      const view = await driverA.get<{ status: string }>(`/cases/${first}`);
      expect(view.status).toBe(200);
      const audit = await driverA.get<{ chainValid: boolean }>(`/audit/cases/${first}/verification`);
      expect(audit.body.chainValid).toBe(true);

      // The same command again (the same size: nothing was freed) fails the same way; the server stays up.
      const again = await driverA.post('/cases', reportBody({ party: partyInput({ plate: '渝F99999' }) }));
      expect(again).toMatchObject({ status: 503, body: { code: 'EVENT_STORE_FULL' } });
      expect((await driverA.get(`/cases/${first}`)).body).toEqual(view.body);
      expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('a slow consumer of the bus holds up neither the other consumers nor the API', async () => {
    const bus = new InProcessMessageBus();
    let releaseSlowConsumer!: () => void;
    const stuck = new Promise<void>((resolve) => (releaseSlowConsumer = resolve));
    let slowlyHandled = 0;
    await bus.subscribe(TOPICS.caseEvents, 'slow-analytics', async () => {
      await stuck;
      slowlyHandled += 1;
    });
    const server = await startServer({ env: { SIMULATED_PAYOUT_DELAY_MS: '0' }, overrides: { messageBus: bus } });
    try {
      const cast = await signIn(server, {
        driverA: asDriver('driver-slow-a'),
        driverB: asDriver('driver-slow-b'),
        picc: asAdjuster('adjuster-slow-picc', 'PICC'),
        cpic: asAdjuster('adjuster-slow-cpic', 'CPIC'),
      });
      const { driverA } = cast;
      const { caseId } = await agreedAndAssessed(cast, { A: 100_000, B: 100_000 });
      // Payout requests reached the simulated insurers and their results came back, past the stuck consumer.
      await closed(driverA, caseId);
      expect(slowlyHandled).toBe(0);

      releaseSlowConsumer();
      // Once it recovers it gets every case event it missed, in order, none lost.
      const recorded = (await driverA.get<{ events: unknown[] }>(`/audit/cases/${caseId}/events`)).body.events.length;
      await eventually(async () => expect(slowlyHandled).toBeGreaterThanOrEqual(recorded));
    } finally {
      releaseSlowConsumer();
      await server.close();
    }
  });
});
