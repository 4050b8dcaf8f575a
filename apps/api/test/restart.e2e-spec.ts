import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SequentialIdGenerator } from '@quickclaim/platform';
import { Client, startServer } from './harness';
import { caseReadyForPolice, signIn, THE_DRIVERS } from './story';

describe('restarting the embedded server', () => {
  it('loses nothing: the same case, with a valid hash chain, and tokens still valid', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qc-restart-'));
    const first = await startServer({ dataDir });
    const { driverA, driverB } = await signIn(first, THE_DRIVERS);
    const caseId = await caseReadyForPolice(driverA, driverB);
    await driverA.post(`/cases/${caseId}/police-review`);
    const before = await driverA.get(`/cases/${caseId}`);
    const eventsBefore = await driverA.get<{ events: unknown[] }>(`/audit/cases/${caseId}/events`);
    await first.close();

    const second = await startServer({
      dataDir,
      overrides: { ids: new SequentialIdGenerator() },
    });
    try {
      const again = new Client(second.baseUrl, driverA.token);
      const after = await again.get(`/cases/${caseId}`);
      expect(after.status).toBe(200);
      expect(after.body).toEqual(before.body);
      const audit = await again.get<{ chainValid: boolean; events: unknown[] }>(`/audit/cases/${caseId}/events`);
      expect(audit.body.chainValid).toBe(true);
      expect(audit.body.events).toEqual(eventsBefore.body.events);
      const photo = (after.body.photos as { urls: { preview: string } }[])[0]!;
      expect((await again.raw('GET', photo.urls.preview)).status).toBe(200);
    } finally {
      await second.close();
    }
  });
});
