import { EVENT_STORE, type EventStore } from '@quickclaim/platform';
import { InMemoryBlobStore } from '@quickclaim/platform/memory';
import { Client, makeJpeg, partyBInput, reportBody, serverForSuite, startServer, type TestServer } from '../harness';
import { asDriver, asOfficer, caseReadyForPolice, signIn, takenByOfficer } from '../story';

/** Counts what reaches the blob store, to prove a throttled upload did no work. */
class CountingBlobStore extends InMemoryBlobStore {
  puts = 0;

  override async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    this.puts += 1;
    return super.put(key, bytes, contentType);
  }
}

interface Problem {
  status: number;
  code: string;
  errors?: { field: string; message: string }[];
}

describe('abuse limits', () => {
  describe('a flood of uploads from one driver', () => {
    let server: TestServer;
    const blobs = new CountingBlobStore();

    beforeAll(async () => {
      server = await startServer({
        env: { RATE_LIMIT_UPLOADS: '5/1m', RATE_LIMIT_UPLOADS_PER_IP: 'off' },
        overrides: { blobStore: blobs },
      });
    });

    afterAll(async () => {
      await server.close();
    });

    it('hits 429 with Retry-After, does no work for the refused uploads, and leaves other drivers alone', async () => {
      const flooder = await Client.as(server, { sub: 'flooder', role: 'driver', phone: '13800000011' });
      const neighbour = await Client.as(server, { sub: 'neighbour', role: 'driver', phone: '13800000013' });
      const neighbourPartner = await Client.as(server, { sub: 'neighbour-b', role: 'driver', phone: '13800000014' });
      const { caseId } = (await flooder.post<{ caseId: string }>('/cases', reportBody())).body;
      const neighbourCase = (
        await neighbour.post<{ caseId: string; joinCode: string }>(
          '/cases',
          reportBody({ party: { ...reportBody().party, plate: '渝C00001' } }),
        )
      ).body;
      await neighbourPartner.post(`/cases/${neighbourCase.caseId}/join`, {
        joinCode: neighbourCase.joinCode,
        party: { ...partyBInput(), plate: '渝C00002' },
      });
      const photos = await Promise.all(Array.from({ length: 20 }, () => makeJpeg()));
      const neighbourPhotos = await Promise.all(Array.from({ length: 4 }, () => makeJpeg()));
      const putsBefore = blobs.puts;

      const [flood, others] = await Promise.all([
        Promise.all(photos.map((bytes) => flooder.upload<Problem>(`/cases/${caseId}/photos`, 'SCENE', bytes))),
        Promise.all([
          ...neighbourPhotos.map((bytes) =>
            neighbour.upload(`/cases/${neighbourCase.caseId}/photos`, 'SCENE', bytes).then((reply) => reply.status),
          ),
          neighbour.get(`/cases/${neighbourCase.caseId}`).then((reply) => reply.status),
          neighbourPartner.get('/me/cases').then((reply) => reply.status),
        ]),
      ]);

      const accepted = flood.filter((reply) => reply.status === 201);
      const throttled = flood.filter((reply) => reply.status === 429);
      expect(accepted).toHaveLength(5);
      expect(throttled).toHaveLength(15);
      for (const reply of throttled) {
        expect(reply.contentType).toContain('application/problem+json');
        expect(reply.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      }
      expect(others).toEqual([201, 201, 201, 201, 200, 200]);
      // Each accepted upload stores the original and two derivatives; a refused one stores nothing.
      expect(blobs.puts - putsBefore).toBe((5 + 4) * 3);

      const again = await flooder.raw('POST', `/cases/${caseId}/photos`, photoForm(photos[0]!));
      expect(again.status).toBe(429);
      const retryAfter = Number(again.headers.get('retry-after'));
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(12);
    });
  });

  describe('per client address, behind a trusted proxy', () => {
    let server: TestServer;

    beforeAll(async () => {
      server = await startServer({
        env: { TRUST_PROXY: 'loopback', RATE_LIMIT_REPORTS: '100/1m', RATE_LIMIT_REPORTS_PER_IP: '3/1m' },
      });
    });

    afterAll(async () => {
      await server.close();
    });

    it('counts reports per address across users, and another address is not affected', async () => {
      const from = (address: string) => ({ 'x-forwarded-for': address, 'content-type': 'application/json' });
      const drivers = await Promise.all(
        [1, 2, 3, 4, 5].map((n) =>
          Client.as(server, { sub: `nat-driver-${n}`, role: 'driver', phone: `1380000010${n}` }),
        ),
      );
      const statuses: number[] = [];
      for (const driver of drivers.slice(0, 4)) {
        const reply = await driver.raw('POST', '/cases', JSON.stringify(reportBody()), from('203.0.113.7'));
        statuses.push(reply.status);
      }
      expect(statuses).toEqual([201, 201, 201, 429]);
      const elsewhere = await drivers[4]!.raw('POST', '/cases', JSON.stringify(reportBody()), from('198.51.100.9'));
      expect(elsewhere.status).toBe(201);
    });
  });

  describe('defaults meant for real use', () => {
    const server = serverForSuite();

    it('let a driver report, join and photograph a case without ever being throttled', async () => {
      const a = await Client.as(server, { sub: 'real-a', role: 'driver', phone: '13800000021' });
      const b = await Client.as(server, { sub: 'real-b', role: 'driver', phone: '13800000022' });
      const caseId = await caseReadyForPolice(a, b);
      for (let photo = 0; photo < 27; photo += 1) {
        expect((await a.upload(`/cases/${caseId}/photos`, 'DAMAGE_DETAIL', await makeJpeg())).status).toBe(201);
      }
      expect((await a.upload(`/cases/${caseId}/photos`, 'OTHER', await makeJpeg())).body).toMatchObject({
        status: 422,
        code: 'TOO_MANY_PHOTOS',
      });
    });

    it('refuse a JSON body over the limit with 413, before it is parsed', async () => {
      const driver = await Client.as(server, { sub: 'big-body', role: 'driver', phone: '13800000023' });
      const huge = JSON.stringify(reportBody({ description: 'x'.repeat(100 * 1024) }));
      const reply = await driver.raw('POST', '/cases', huge, { 'content-type': 'application/json' });
      expect(reply.status).toBe(413);
      expect(await reply.json()).toMatchObject({ code: 'BODY_TOO_LARGE' });
    });
  });
});

describe('mass assignment', () => {
  let eventStore: EventStore;
  let driverA: Client;
  let driverB: Client;
  let officer: Client;
  let caseId: string;

  serverForSuite({}, async (started) => {
    eventStore = started.app.get<EventStore>(EVENT_STORE);
    ({ driverA, driverB, officer } = await signIn(started, {
      driverA: asDriver('mass-a', '13800000031'),
      driverB: asDriver('mass-b', '13800000032'),
      officer: asOfficer('mass-officer'),
    }));
    caseId = await caseReadyForPolice(driverA, driverB);
    await takenByOfficer(driverA, officer, caseId);
  });

  const valid = {
    decision: { allocation: { A: 'NONE', B: 'FULL' }, reasoning: 'B ran into A' },
  };

  it.each([
    [
      'a driver setting the status of a new case',
      'driverA',
      '/cases',
      { ...reportBody(), status: 'LIABILITY_FINAL' },
      ['status'],
    ],
    [
      'a driver choosing the case id and join code',
      'driverA',
      '/cases',
      { ...reportBody(), caseId: 'mine', joinCode: '000000' },
      ['caseId', 'joinCode'],
    ],
    [
      'a driver declaring someone else as the reporter',
      'driverA',
      '/cases',
      { ...reportBody(), driverId: 'victim' },
      ['driverId'],
    ],
    ['a driver clearing fraud flags', 'driverA', '/cases', { ...reportBody(), flags: [] }, ['flags']],
    [
      'a driver smuggling a liability in',
      'driverA',
      '/cases',
      { ...reportBody(), liability: { A: 'NONE', B: 'FULL' } },
      ['liability'],
    ],
    [
      'a nested field in the party',
      'driverA',
      '/cases',
      { ...reportBody(), party: { ...reportBody().party, situations: ['S01'] } },
      ['party'],
    ],
    [
      'a prototype key',
      'driverA',
      '/cases',
      JSON.parse(`{"__proto__":{"status":"CLOSED"},${JSON.stringify(reportBody()).slice(1)}`),
      ['__proto__'],
    ],
    [
      'a driver declaring for the other party',
      'driverA',
      `/cases/:id/circumstances`,
      { situations: ['S01'], party: 'B' },
      ['party'],
    ],
    [
      'a driver accepting with an allocation',
      'driverA',
      `/cases/:id/liability/accept`,
      { allocation: { A: 'NONE', B: 'FULL' } },
      ['allocation'],
    ],
    [
      'a driver asking the police with a deadline',
      'driverB',
      `/cases/:id/police-review`,
      { deadline: '2030-01-01T00:00:00Z' },
      ['deadline'],
    ],
    [
      'an officer signing as another officer',
      'officer',
      `/cases/:id/liability/decision`,
      { ...valid.decision, officerId: 'officer-2' },
      ['officerId'],
    ],
    [
      'an officer setting the decision basis',
      'officer',
      `/cases/:id/liability/decision`,
      { ...valid.decision, basis: 'AGREEMENT' },
      ['basis'],
    ],
    [
      'an officer taking a case for someone else',
      'officer',
      `/cases/:id/assignment`,
      { officerId: 'officer-2' },
      ['officerId'],
    ],
  ] as const)('refuses %s with 400 naming the field, and records nothing', async (_what, who, path, body, fields) => {
    const client = { driverA, driverB, officer }[who];
    const head = await eventStore.headPosition();
    const reply = await client.post<Problem>(path.replace(':id', caseId), body);
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('VALIDATION_FAILED');
    const errors = reply.body.errors ?? [];
    for (const field of fields) {
      expect(errors.some((error) => error.field === field || error.message.includes(`"${field}"`))).toBe(true);
    }
    expect(await eventStore.headPosition()).toBe(head);
  });

  it('refuses undeclared multipart fields on an upload (party, hash, flags)', async () => {
    const head = await eventStore.headPosition();
    for (const [name, value] of [
      ['party', 'B'],
      ['sha256', 'f'.repeat(64)],
      ['flags', ''],
    ]) {
      const form = photoForm(await makeJpeg());
      form.append(name!, value!);
      const reply = await driverA.raw('POST', `/cases/${caseId}/photos`, form);
      expect(reply.status).toBe(400);
      const errors = ((await reply.json()) as Problem).errors ?? [];
      expect(errors.some((error) => error.message.includes(`"${name}"`))).toBe(true);
    }
    expect(await eventStore.headPosition()).toBe(head);
  });
});

describe('security headers and CORS', () => {
  it('sends helmet headers, keeps answers out of shared caches, and hides the framework', async () => {
    const server = await startServer();
    try {
      const response = await new Client(server.baseUrl).raw('GET', '/health');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toContain('max-age=');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('opens CORS to the configured origins only', async () => {
    const server = await startServer({ env: { CORS_ORIGINS: 'https://desk.quickclaim.example' } });
    try {
      const preflight = (origin: string) =>
        new Client(server.baseUrl).raw('OPTIONS', '/desk/queue', undefined, {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        });
      const allowed = await preflight('https://desk.quickclaim.example');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://desk.quickclaim.example');
      expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
      const refused = await preflight('https://evil.example');
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.close();
    }
  });
});

function photoForm(bytes: Buffer): FormData {
  const form = new FormData();
  form.append('kind', 'SCENE');
  form.append('file', new Blob([new Uint8Array(bytes)]), 'photo.jpg');
  return form;
}
