import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, partyBInput, reportBody, startServer, type TestServer } from './harness';
import { EventReader } from './server-sent-events';
import { caseReadyForPolice } from './story';

type Queue = { items: { caseId: string; deadline: string }[] };

describe('live views and the web consoles (embedded default)', () => {
  let server: TestServer;
  let driverA: Client;
  let driverB: Client;
  let officer: Client;
  let officerElsewhere: Client;
  const webDir = mkdtempSync(join(tmpdir(), 'qc-web-'));

  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>QuickClaim</title><div id="root"></div>');
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), 'export {};');
    writeFileSync(join(webDir, 'cases'), 'a file that must never shadow the API');
    server = await startServer({ env: { WEB_DIR: webDir } });
    [driverA, driverB, officer, officerElsewhere] = await Promise.all([
      Client.as(server, { sub: 'driver-a', role: 'driver' }),
      Client.as(server, { sub: 'driver-b', role: 'driver' }),
      Client.as(server, { sub: 'officer-1', role: 'officer', district: 'yuzhong' }),
      Client.as(server, { sub: 'officer-9', role: 'officer', district: 'jiangbei' }),
    ]);
  });

  afterAll(async () => {
    await server.close();
  });

  it('pushes the officer’s queue when a case arrives on the desk, and only the officer’s district', async () => {
    const caseId = await caseReadyForPolice(driverA, driverB);
    const { response, events } = await EventReader.open(officer, '/desk/queue/stream');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const first = await events.next();
    expect(first.event).toBe('queue');
    expect((first.data as Queue).items.map((item) => item.caseId)).not.toContain(caseId);

    const elsewhere = await EventReader.open(officerElsewhere, '/desk/queue/stream');
    expect((await elsewhere.events.next()).data).toEqual({ items: [] });

    expect((await driverB.post(`/cases/${caseId}/police-review`)).status).toBe(202);
    const pushed = await events.next();
    expect((pushed.data as Queue).items).toEqual([
      expect.objectContaining({ caseId, deadline: '2026-11-22T08:05:00.000Z', overdue: false }),
    ]);
    expect(Number(pushed.id)).toBeGreaterThan(Number(first.id));

    await officer.post(`/cases/${caseId}/assignment`);
    const taken = await events.next();
    expect((taken.data as { items: { assignedTo?: string }[] }).items[0]?.assignedTo).toBe('officer-1');
    await events.close();
    await elsewhere.events.close();
  });

  it('refuses the queue stream to a driver and without a token, as the queue itself', async () => {
    expect((await driverA.raw('GET', '/desk/queue/stream')).status).toBe(403);
    expect((await new Client(server.baseUrl).raw('GET', '/desk/queue/stream')).status).toBe(401);
  });

  it('pushes a case to its party as it changes, with the claims the party may see', async () => {
    const caseId = await caseReadyForPolice(driverA, driverB);
    const { events } = await EventReader.open(driverA, `/cases/${caseId}/stream`);
    const first = (await events.next()).data as { case: { status: string }; claims: unknown[] };
    expect(first).toMatchObject({ case: { status: 'REPORTED' }, claims: [] });
    await driverB.post(`/cases/${caseId}/police-review`);
    expect(((await events.next()).data as { case: { status: string } }).case.status).toBe('AWAITING_POLICE');
    await events.close();

    const stranger = await Client.as(server, { sub: 'driver-x', role: 'driver' });
    expect((await stranger.raw('GET', `/cases/${caseId}/stream`)).status).toBe(404);
  });

  it('lets the second driver join with the code and the plate of A, never with the code alone', async () => {
    const { caseId, joinCode } = (await driverA.post<{ caseId: string; joinCode: string }>('/cases', reportBody()))
      .body;
    const joinBy = (plateOfA: string) => driverB.post('/cases/join', { joinCode, plateOfA, party: partyBInput() });
    expect(await joinBy('渝Z00000')).toMatchObject({ status: 404, body: { code: 'CASE_NOT_FOUND' } });
    expect(await joinBy('渝a·12345')).toMatchObject({ status: 200, body: { caseId, party: 'B' } });
    // Joining again is done: B is told the same (a third driver is told the case is full, 409 CASE_FULL).
    expect(await joinBy('渝A12345')).toMatchObject({ status: 200, body: { caseId, party: 'B' } });
    expect((await driverB.get<{ yourParty: string }>(`/cases/${caseId}`)).body.yourParty).toBe('B');
  });

  it('serves the consoles at / and their assets, and leaves every API path to the API', async () => {
    const index = await fetch(`${server.baseUrl}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await index.text()).toContain('<div id="root">');
    const asset = await fetch(`${server.baseUrl}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.baseUrl}/assets/missing.js`)).status).toBe(404);
    const api = await fetch(`${server.baseUrl}/cases`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await fetch(`${server.baseUrl}/me/cases`)).status).toBe(401);
    expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
  });

  it('opens the consoles for a browser that follows a document’s QR code, and answers JSON to everyone else', async () => {
    const path = `/verify/settlement/00000000-0000-4000-8000-000000000009/3-12/${'0'.repeat(64)}`;
    const browser = await fetch(`${server.baseUrl}${path}`, {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(browser.status).toBe(200);
    expect(browser.headers.get('content-type')).toMatch(/^text\/html/);
    expect(browser.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await browser.text()).toContain('<div id="root">');
    for (const accept of [undefined, '*/*', 'application/json']) {
      const answer = await fetch(`${server.baseUrl}${path}`, accept ? { headers: { accept } } : {});
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await answer.json()).toMatchObject({ valid: false, reason: 'NO_MATCH' });
    }
  });

  it('ends the open streams when the server stops, so it can stop', async () => {
    const stopping = await startServer();
    const watcher = await Client.as(stopping, { sub: 'officer-1', role: 'officer', district: 'yuzhong' });
    const { events } = await EventReader.open(watcher, '/desk/queue/stream');
    expect((await events.next()).data).toEqual({ items: [] });
    await stopping.close();
    await expect(events.next()).rejects.toThrow();
  });
});
