import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MESSAGE_BUS, type BusMessage, type MessageBus } from '@quickclaim/platform';
import { eventually } from '@quickclaim/testing';
import { runAuditCli } from '../src/cli/audit.cli';
import { Client, startServer, type TestServer } from './harness';
import { agreedAndAssessed, caseReadyForPolice, closed, signIn, THE_CAST, THE_DRIVERS } from './story';

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

    const atReport = await auditor.get<{ asOf: { revision: number }; status: string; parties: unknown[] }>(
      `/audit/cases/${caseId}/state?revision=0`,
    );
    expect(atReport.body.asOf.revision).toBe(0);
    // The case itself at the top, as GET /cases/{id} shows it (issue 13); the revision beside it.
    expect(atReport.body.status).toBe('REPORTED');
    expect(atReport.body.parties).toHaveLength(1);
    const beforeRequest = await auditor.get<{ status: string; photos: unknown[] }>(
      `/audit/cases/${caseId}/state?at=2026-11-22T08:01:00.000Z`,
    );
    expect(beforeRequest.body).toMatchObject({ status: 'REPORTED' });
    expect(beforeRequest.body.photos).toHaveLength(3);
    const now = await auditor.get<{ status: string; asOf: { revision: number } }>(`/audit/cases/${caseId}/state`);
    expect(now.body.status).toBe('AWAITING_POLICE');
    // A revision the case never reached is refused, not answered with the latest.
    const beyond = await auditor.get(`/audit/cases/${caseId}/state?revision=${now.body.asOf.revision + 1}`);
    expect(beyond.status).toBe(404);
    expect(beyond.body).toMatchObject({ code: 'NO_STATE_AT_THAT_POINT' });
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
      nothingDeleted: true,
      intact: true,
      streams: [
        {
          streamId: `case-${caseId}`,
          events: expect.any(Number),
          lastRevision: expect.any(Number),
          intact: true,
          problems: [],
        },
      ],
      checkpoint: null,
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

  it('verifies a case as a whole: a claim line changed and the last event deleted in the SQLite file are caught per case, over HTTP, in the CLI and in /health', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qc-audit-'));
    const env = { SIMULATED_PAYOUT_DELAY_MS: '0' };
    const server = await startServer({ dataDir, env });
    const cast = await signIn(server, { ...THE_CAST, auditor: { sub: 'auditor-1', role: 'auditor' } });
    const { caseId, claims } = await agreedAndAssessed(cast, { A: 180_000, B: 50_000 });
    await closed(cast.driverA, caseId);
    const other = { caseId: await caseReadyForPolice(cast.driverA, cast.driverB) };
    const { auditor } = cast;

    const intact = await auditor.get<Verification>(`/audit/cases/${caseId}/verification`);
    expect(intact.body).toMatchObject({ intact: true, chainValid: true, nothingDeleted: true, problems: [] });
    expect(intact.body.streams.map((stream) => stream.streamId).sort()).toEqual(
      [`case-${caseId}`, `claim-${claims.A}`, `claim-${claims.B}`].sort(),
    );

    // The claims replayed: their trail, and the claim as it was at a revision or a moment.
    const trail = await auditor.get<{ chainValid: boolean; events: { type: string; revision: number }[] }>(
      `/audit/claims/${claims.A}/events`,
    );
    expect(trail.body.chainValid).toBe(true);
    expect(trail.body.events.map((event) => event.type)).toEqual(
      expect.arrayContaining(['ClaimOpened', 'DamageAssessed', 'AssessmentAccepted', 'SettlementCalculated']),
    );
    const assessedAt = trail.body.events.find((event) => event.type === 'DamageAssessed')!.revision;
    const asAssessed = await auditor.get<ClaimReply & { asOf: { revision: number } }>(
      `/audit/claims/${claims.A}/state?revision=${assessedAt}`,
    );
    expect(asAssessed.body.asOf.revision).toBe(assessedAt);
    expect(asAssessed.body.status).toBe('ASSESSED');
    expect(asAssessed.body.assessment?.lineItems).toEqual([{ description: 'bumper and lamp', amountFen: 180_000 }]);
    expect((await auditor.get(`/audit/claims/${claims.A}/state?at=2026-11-21T00:00:00.000Z`)).status).toBe(404);
    expect((await auditor.get(`/audit/claims/${claims.A}/state?revision=9999`)).status).toBe(404);
    expect((await cast.picc.get(`/audit/claims/${claims.A}/events`)).status).toBe(200);
    expect((await cast.driverA.get(`/audit/claims/${claims.A}/events`)).status).toBe(403);

    // A signed checkpoint of every stream's head, on demand.
    const signed = await auditor.post<Checkpoint>('/audit/checkpoints');
    expect(signed.status).toBe(200);
    const caseHead = signed.body.checkpoint.heads[`case-${caseId}`]!;
    expect(caseHead.revision).toBe(
      intact.body.streams.find((stream) => stream.streamId === `case-${caseId}`)!.lastRevision,
    );
    expect((await auditor.get('/audit/checkpoints/latest')).body).toEqual(signed.body);
    await server.close();

    const db = new Database(join(dataDir, 'events.sqlite'));
    db.prepare(
      "UPDATE events SET data = json_set(data, '$.lineItems[0].amountFen', 980000) WHERE stream_id = ? AND type = 'DamageAssessed'",
    ).run(`claim-${claims.A}`);
    const deleted = db
      .prepare('DELETE FROM events WHERE stream_id = ? AND revision = ?')
      .run(`case-${caseId}`, caseHead.revision);
    expect(deleted.changes).toBe(1);
    db.close();

    const restarted = await startServer({ dataDir, env });
    try {
      const audit = new Client(restarted.baseUrl, auditor.token);
      const tampered = await audit.get<Verification>(`/audit/cases/${caseId}/verification`);
      expect(tampered.body).toMatchObject({
        intact: false,
        chainValid: false,
        nothingDeleted: false,
        photosIntact: true,
      });
      expect(tampered.body.problems).toEqual([
        `case-${caseId}, revision ${caseHead.revision}, position ${caseHead.position}: the checkpoint of ${signed.body.checkpoint.signedAt} recorded this stream up to revision ${caseHead.revision}: events at its end were deleted`,
        expect.stringMatching(
          new RegExp(`^claim-${claims.A}, revision \\d+, position \\d+: hash does not match the content`),
        ),
      ]);
      expect(tampered.body.streams.find((stream) => stream.streamId === `claim-${claims.B}`)!.intact).toBe(true);
      expect((await audit.get<Verification>(`/audit/cases/${other.caseId}/verification`)).body.intact).toBe(true);
      expect((await audit.get<{ chainValid: boolean }>(`/audit/claims/${claims.A}/events`)).body.chainValid).toBe(
        false,
      );

      const health = await eventually(async () => {
        const reply = await fetch(`${restarted.baseUrl}/health`);
        const body = (await reply.json()) as {
          status: string;
          checks: { integrity: { state: string; found: string[] } };
        };
        expect(body.checks.integrity.state).toBe('done');
        return { status: reply.status, body };
      });
      expect(health.body.status).toBe('degraded');
      expect(health.body.checks.integrity.found).toEqual(
        expect.arrayContaining([expect.stringContaining(`claim-${claims.A}`), expect.stringContaining('missing')]),
      );

      const cli = await cliAudit(restarted, ['verify', '--case', caseId]);
      expect(cli.code).toBe(1);
      expect(cli.out.split('\n').slice(1, -1)).toEqual(tampered.body.problems);
    } finally {
      await restarted.close();
    }
  });

  it('catches a deleted last event of a case with no checkpoint yet, from the positions the store issued', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qc-audit-'));
    const server = await startServer({ dataDir });
    const { driverA, driverB, auditor } = await signIn(server, {
      ...THE_DRIVERS,
      auditor: { sub: 'auditor-1', role: 'auditor' },
    });
    const caseId = await caseReadyForPolice(driverA, driverB);
    const before = await auditor.get<Verification>(`/audit/cases/${caseId}/verification`);
    const last = before.body.streams[0]!.lastRevision;
    await server.close();
    const db = new Database(join(dataDir, 'events.sqlite'));
    db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = ?').run(`case-${caseId}`, last);
    db.close();

    const restarted = await startServer({ dataDir });
    try {
      const verification = await new Client(restarted.baseUrl, auditor.token).get<Verification>(
        `/audit/cases/${caseId}/verification`,
      );
      expect(verification.body).toMatchObject({ intact: false, chainValid: true, nothingDeleted: false });
      expect(verification.body.streams[0]!.lastRevision).toBe(last - 1);
      expect(verification.body.problems).toEqual([
        expect.stringMatching(
          /^case-.*: position \d+ is missing after this stream's last event .*: its last event may have been deleted$/,
        ),
      ]);
      const cli = await cliAudit(restarted, ['verify', '--case', caseId]);
      expect(cli.code).toBe(1);
      expect(cli.out.split('\n').slice(1, -1)).toEqual(verification.body.problems);
    } finally {
      await restarted.close();
    }
  });

  it('signs a checkpoint every AUDIT_CHECKPOINT_INTERVAL_MS once events came, and publishes it on the bus', async () => {
    const server = await startServer({ env: { AUDIT_CHECKPOINT_INTERVAL_MS: '100' } });
    try {
      const bus = server.app.get<MessageBus>(MESSAGE_BUS);
      const published: BusMessage[] = [];
      await bus.subscribe('quickclaim.audit-checkpoints.v1', 'test', async (message) => void published.push(message));
      const { driverA, driverB, auditor } = await signIn(server, {
        ...THE_DRIVERS,
        auditor: { sub: 'auditor-1', role: 'auditor' },
      });
      const caseId = await caseReadyForPolice(driverA, driverB);
      const latest = await eventually(async () => {
        const reply = await auditor.get<Checkpoint>('/audit/checkpoints/latest');
        expect(reply.status).toBe(200);
        expect(reply.body.checkpoint.heads[`case-${caseId}`]).toBeDefined();
        return reply.body;
      });
      await eventually(async () =>
        expect(published.map(({ value }) => value.checkpoint)).toContainEqual(latest.checkpoint),
      );
      const verification = await auditor.get<Verification & { checkpoint: { position: number } | null }>(
        `/audit/cases/${caseId}/verification`,
      );
      expect(verification.body.intact).toBe(true);
      expect(verification.body.checkpoint).not.toBeNull();
    } finally {
      await server.close();
    }
  });

  it('finds no deleted event of a case while the store is whole, and says so in /health', async () => {
    const server = await startServer();
    try {
      const { driverA, driverB, auditor } = await signIn(server, {
        ...THE_DRIVERS,
        auditor: { sub: 'auditor-1', role: 'auditor' },
      });
      const caseId = await caseReadyForPolice(driverA, driverB);
      expect((await auditor.get<Verification>(`/audit/cases/${caseId}/verification`)).body.nothingDeleted).toBe(true);

      // The auditor finds the case by what people know of it: a plate, a phone, its number.
      const plate = (await driverA.get<{ parties: { plate: string }[] }>(`/cases/${caseId}`)).body.parties[0]!.plate;
      for (const q of [plate.toLowerCase(), '13800000001', caseId]) {
        const found = await auditor.get<{ items: { caseId: string; plates: string[] }[] }>(
          `/audit/cases?q=${encodeURIComponent(q)}`,
        );
        expect(found.status).toBe(200);
        expect(found.body.items.map((item) => item.caseId)).toEqual([caseId]);
        expect(found.body.items[0]!.plates).toContain(plate);
      }
      expect((await auditor.get<{ items: unknown[] }>('/audit/cases?q=%E6%B8%9DZ99999')).body.items).toEqual([]);
      expect((await driverA.get('/audit/cases?q=13800000001')).status).toBe(403);
      const health = await eventually(async () => {
        const body = (await (await fetch(`${server.baseUrl}/health`)).json()) as {
          status: string;
          checks: { integrity: { status: string; state: string } };
        };
        expect(body.checks.integrity.state).toBe('done');
        return body;
      });
      expect(health).toMatchObject({ status: 'ok', checks: { integrity: { status: 'up' } } });
    } finally {
      await server.close();
    }
  });
});

interface Verification {
  intact: boolean;
  chainValid: boolean;
  nothingDeleted: boolean;
  problems: string[];
  streams: { streamId: string; lastRevision: number; intact: boolean }[];
}

interface ClaimReply {
  status: string;
  assessment?: { lineItems: { description: string; amountFen: number }[] };
}

interface Checkpoint {
  checkpoint: { signedAt: string; heads: Record<string, { revision: number; position: number; hash: string }> };
}

async function cliAudit(server: TestServer, argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runAuditCli(argv, {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: () => true },
    env: { DATA_DIR: server.config.dataDir },
  });
  return { code, out };
}
