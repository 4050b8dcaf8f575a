import { EVENT_STORE, READ_STORE, type EventStore, type ReadStore } from '@quickclaim/platform';
import type { ProjectionRunner } from '@quickclaim/platform/eventsourcing';
import { PROJECTION_RUNNER } from '../src/tokens';
import { readModels, snapshot } from '@quickclaim/read-side';
import { sceneJpeg } from '@quickclaim/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, eventually, partyBInput, partyInput, reportBody, serverForSuite, startServer } from './harness';
import {
  acceptedByBoth,
  assessedAndAccepted,
  AT_THE_SCENE,
  caseReadyForPolice,
  claimsOf,
  closed,
  decidedByPolice,
  reportedAndJoined,
  requiredPhotos,
  signIn,
  THE_CAST,
} from './story';

interface ProjectionItem {
  name: string;
  generation: number;
  position: number;
  lag: number;
  failureCount: number;
  rebuilding: unknown;
  lastRebuild: { swapped?: boolean; events?: number } | null;
}

describe('the read side over HTTP', () => {
  let driverA: Client;
  let driverB: Client;
  let officer: Client;
  let picc: Client;
  let cpic: Client;
  let admin: Client;

  const server = serverForSuite({ env: { SIMULATED_PAYOUT_DELAY_MS: '0' } }, async (started) => {
    ({ driverA, driverB, officer, picc, cpic, admin } = await signIn(started, {
      ...THE_CAST,
      admin: { sub: 'admin-1', role: 'admin' },
    }));
  });

  /** A police-decided case whose claims are settled and paid by the simulated insurers. */
  async function paidCase(plate: number): Promise<string> {
    const { caseId } = await reportedAndJoined(driverA, driverB, {
      report: reportBody({ party: partyInput({ plate: `渝A7${String(plate).padStart(4, '0')}` }) }),
      partyB: { ...partyBInput(), plate: `渝B7${String(plate).padStart(4, '0')}` },
    });
    await requiredPhotos(driverA, caseId, (index) => sceneJpeg(700 + plate * 3 + index, AT_THE_SCENE));
    expect((await driverB.post(`/cases/${caseId}/circumstances`, { situations: ['S01'] })).status).toBe(200);
    await decidedByPolice(driverA, officer, caseId, {
      allocation: { A: 'NONE', B: 'FULL' },
      reasoning: 'B hit A from behind',
    });
    await acceptedByBoth(driverA, driverB, caseId);
    await assessedAndAccepted(await claimsOf(driverA, caseId), {
      A: { adjuster: picc, claimant: driverA, lossFen: 80_000 },
      B: { adjuster: cpic, claimant: driverB, lossFen: 30_000 },
    });
    await closed(driverA, caseId);
    return caseId;
  }

  it('gives each command’s position in Event-Position, and reads after the position sent in Read-After', async () => {
    const reply = await driverA.raw('POST', '/cases', JSON.stringify(reportBody()), {
      'content-type': 'application/json',
    });
    expect(reply.status).toBe(201);
    const position = reply.headers.get('event-position');
    expect(position).toMatch(/^\d+$/);
    const { caseId } = (await reply.json()) as { caseId: string };
    const read = await driverA.raw('GET', `/cases/${caseId}`, undefined, { 'read-after': position! });
    expect(read.status).toBe(200);
    const mine = await driverA.raw('GET', '/me/cases', undefined, { 'read-after': position! });
    expect(((await mine.json()) as { items: { caseId: string }[] }).items.map((item) => item.caseId)).toContain(caseId);
    const wrong = await driverA.raw('GET', '/me/cases', undefined, { 'read-after': 'yesterday' });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ code: 'INVALID_READ_AFTER' });
  });

  it('shows every projection’s checkpoint, lag and failures to administrators only', async () => {
    const listed = await admin.get<{ items: ProjectionItem[] }>('/admin/projections');
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((item) => item.name)).toEqual(
      readModels({ timeZone: 'UTC' }).map((model) => model.name),
    );
    for (const item of listed.body.items) {
      expect(item).toMatchObject({ lag: 0, failureCount: 0, rebuilding: null });
      expect(item.position).toBeGreaterThanOrEqual(0);
    }
    expect((await officer.get('/admin/projections')).status).toBe(403);
    expect((await admin.post('/admin/projections/no-such-model/rebuild')).body).toMatchObject({
      status: 404,
      code: 'PROJECTION_NOT_FOUND',
    });
  });

  it('rebuilds every read model after a scripted workload into the very documents it had, while reads go on', async () => {
    await paidCase(1);
    await paidCase(2);
    const policeCase = await caseReadyForPolice(driverA, driverB);
    await driverA.post(`/cases/${policeCase}/police-review`);
    // The snapshot reads the store directly, not through a query that waits for the models.
    const head = await server.app.get<symbol, EventStore>(EVENT_STORE).headPosition();
    expect(await server.app.get<symbol, ProjectionRunner>(PROJECTION_RUNNER).waitFor(head, 5000)).toBe(true);
    const store = server.app.get<symbol, ReadStore>(READ_STORE);
    const projections = readModels({ timeZone: server.config.timeZone });
    const before = new Map<string, Awaited<ReturnType<typeof snapshot>>>();
    for (const projection of projections) before.set(projection.name, await snapshot(store, projection));
    const generations = new Map(
      (await admin.get<{ items: ProjectionItem[] }>('/admin/projections')).body.items.map((item) => [
        item.name,
        item.generation,
      ]),
    );

    for (const projection of projections) {
      const started = await admin.post(`/admin/projections/${projection.name}/rebuild`);
      expect(started).toMatchObject({ status: 202, body: { projection: projection.name, status: 'REBUILDING' } });
      expect((await officer.get<{ items: unknown[] }>('/desk/queue')).status).toBe(200);
    }
    await eventually(async () => {
      const items = (await admin.get<{ items: ProjectionItem[] }>('/admin/projections')).body.items;
      for (const item of items) {
        expect(item.generation).not.toBe(generations.get(item.name));
        expect(item).toMatchObject({ rebuilding: null, lastRebuild: { swapped: true }, failureCount: 0 });
      }
    });
    for (const projection of projections) {
      expect(await snapshot(store, projection)).toEqual(before.get(projection.name));
    }
    const queue = await officer.get<{ items: { caseId: string }[] }>('/desk/queue');
    expect(queue.body.items.map((item) => item.caseId)).toContain(policeCase);
  });

  it('exports each projection’s lag and the service levels per district and day to /metrics', async () => {
    const text = await (await new Client(server.baseUrl).raw('GET', '/metrics')).text();
    expect(text).toMatch(/quickclaim_projection_lag\{projection="desk-queue"\} 0/);
    expect(text).toMatch(/quickclaim_projection_failures\{projection="case-views"\} 0/);
    expect(text).toMatch(/quickclaim_sla_request_to_decision_count\{district="yuzhong",day="2026-11-22"\} [1-9]/);
    expect(text).toMatch(/quickclaim_sla_report_to_payout_within_target\{district="yuzhong",day="2026-11-22"\} [1-9]/);
  });
});

describe('two API instances sharing the event store (each with its own read models)', () => {
  it('reads on one instance what was written on the other, with or without Read-After', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qc-two-'));
    const first = await startServer({ dataDir });
    const second = await startServer({ dataDir });
    try {
      const writer = await Client.as(first, { sub: 'driver-a', role: 'driver' });
      const reader = new Client(second.baseUrl, writer.token);
      for (let round = 0; round < 3; round += 1) {
        const reply = await writer.raw('POST', '/cases', JSON.stringify(reportBody()), {
          'content-type': 'application/json',
        });
        const { caseId } = (await reply.json()) as { caseId: string };
        const withHeader = await reader.raw('GET', `/cases/${caseId}`, undefined, {
          'read-after': reply.headers.get('event-position')!,
        });
        expect(withHeader.status).toBe(200);
        const withoutHeader = await reader.get<{ items: { caseId: string }[] }>('/me/cases');
        expect(withoutHeader.body.items.map((item) => item.caseId)).toContain(caseId);
      }
    } finally {
      await second.close();
      await first.close();
    }
  });
});
