import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, startServer } from './harness';
import { caseReadyForPolice, signIn, THE_DRIVERS } from './story';

describe('audit over HTTP', () => {
  it('shows a case as it was at a revision or a moment, and detects tampering with the stored events', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qc-audit-'));
    const server = await startServer({ dataDir });
    const { driverA, driverB, auditor } = await signIn(server, {
      ...THE_DRIVERS,
      auditor: { sub: 'auditor-1', role: 'auditor' },
    });
    const caseId = await caseReadyForPolice(driverA, driverB);
    server.clock.advanceMinutes(2);
    await driverA.post(`/cases/${caseId}/police-review`);

    const atReport = await auditor.get<{ asOf: { revision: number }; case: { status: string; parties: unknown[] } }>(
      `/audit/cases/${caseId}/state?revision=0`,
    );
    expect(atReport.body.asOf.revision).toBe(0);
    expect(atReport.body.case.status).toBe('REPORTED');
    expect(atReport.body.case.parties).toHaveLength(1);
    const beforeRequest = await auditor.get<{ case: { status: string; photos: unknown[] } }>(
      `/audit/cases/${caseId}/state?at=2026-11-22T08:01:00.000Z`,
    );
    expect(beforeRequest.body.case).toMatchObject({ status: 'REPORTED' });
    expect(beforeRequest.body.case.photos).toHaveLength(3);
    const now = await auditor.get<{ case: { status: string } }>(`/audit/cases/${caseId}/state`);
    expect(now.body.case.status).toBe('AWAITING_POLICE');
    expect((await auditor.get(`/audit/cases/${caseId}/state?revision=-1`)).status).toBe(400);
    expect((await auditor.get(`/audit/cases/${caseId}/state?at=2026-11-21T00:00:00.000Z`)).status).toBe(404);

    const events = await driverB.get<{ events: { type: string; data: { reporter?: { phone: string } } }[] }>(
      `/audit/cases/${caseId}/events`,
    );
    expect(events.body.events[0]?.data.reporter?.phone).toBe('138****0001');
    expect((await auditor.get(`/audit/cases/${caseId}/verification`)).body).toEqual({
      streamId: `case-${caseId}`,
      chainValid: true,
      photosIntact: true,
      problems: [],
    });
    await server.close();

    const db = new Database(join(dataDir, 'events.sqlite'));
    db.prepare(
      "UPDATE events SET data = json_set(data, '$.reporter.plate', '渝Z00000') WHERE stream_id = ? AND revision = 0",
    ).run(`case-${caseId}`);
    db.close();

    const restarted = await startServer({ dataDir });
    try {
      const audit = new Client(restarted.baseUrl, auditor.token);
      const verification = await audit.get<{ chainValid: boolean; problems: string[] }>(
        `/audit/cases/${caseId}/verification`,
      );
      expect(verification.body.chainValid).toBe(false);
      expect(verification.body.problems).toEqual([expect.stringContaining('revision 0')]);
      expect((await audit.get<{ chainValid: boolean }>(`/audit/cases/${caseId}/events`)).body.chainValid).toBe(false);
    } finally {
      await restarted.close();
    }
  });

  it('keeps other drivers and adjusters out of the audit trail', async () => {
    const server = await startServer();
    try {
      const driverA = await Client.as(server, { sub: 'driver-a', role: 'driver' });
      const driverB = await Client.as(server, { sub: 'driver-b', role: 'driver' });
      const stranger = await Client.as(server, { sub: 'driver-x', role: 'driver' });
      const adjuster = await Client.as(server, { sub: 'adjuster-1', role: 'adjuster', insurer: 'PICC' });
      const caseId = await caseReadyForPolice(driverA, driverB);
      expect((await stranger.get(`/audit/cases/${caseId}/events`)).status).toBe(404);
      expect((await adjuster.get(`/audit/cases/${caseId}/events`)).status).toBe(403);
    } finally {
      await server.close();
    }
  });
});
