import { Client, makeJpeg, partyBInput, reportBody, serverForSuite } from './harness';
import { asDriver, asOfficer, caseReadyForPolice, decidedByPolice, signIn, takenByOfficer } from './story';

/** Once liability is final the claims process opens the claims, so a read may already see SETTLING. */
const LIABILITY_SETTLED = expect.stringMatching(/^(LIABILITY_FINAL|SETTLING)$/);

describe('the accident case over HTTP (embedded default)', () => {
  let driverA: Client;
  let driverB: Client;
  let stranger: Client;
  let officer: Client;
  let secondOfficer: Client;
  let officerElsewhere: Client;

  const server = serverForSuite({}, async (started) => {
    ({ driverA, driverB, stranger, officer, secondOfficer, officerElsewhere } = await signIn(started, {
      driverA: asDriver('driver-a', '13800000001'),
      driverB: asDriver('driver-b', '13800000002'),
      stranger: asDriver('driver-x'),
      officer: asOfficer('officer-1'),
      secondOfficer: asOfficer('officer-2'),
      officerElsewhere: asOfficer('officer-9', 'jiangbei'),
    }));
  });

  it('goes from report through a police decision to liability accepted by both parties', async () => {
    const caseId = await caseReadyForPolice(driverA, driverB);
    expect((await driverA.post(`/cases/${caseId}/circumstances`, { situations: [] })).status).toBe(200);
    expect((await driverB.post(`/cases/${caseId}/circumstances`, { situations: ['S01'] })).body).toEqual({
      caseId,
      status: 'REPORTED',
    });

    const requested = await driverA.post(`/cases/${caseId}/police-review`);
    expect(requested).toMatchObject({ status: 202, body: { caseId, status: 'AWAITING_POLICE' } });

    const queue = await officer.get<{ items: Record<string, unknown>[] }>('/desk/queue');
    const item = queue.body.items.find((candidate) => candidate.caseId === caseId);
    expect(item).toMatchObject({
      caseId,
      district: 'yuzhong',
      requestedAt: '2026-11-22T08:00:00.000Z',
      deadline: '2026-11-22T08:05:00.000Z',
      overdue: false,
      suggestion: { allocation: { A: 'NONE', B: 'FULL' }, rule: 'ONLY_B_MATCHES' },
    });
    expect(item?.photos).toHaveLength(3);
    expect((await officerElsewhere.get<{ items: unknown[] }>('/desk/queue')).body.items).toEqual([]);

    expect((await officer.post(`/cases/${caseId}/assignment`)).body).toMatchObject({ status: 'UNDER_REVIEW' });
    const decided = await officer.post(`/cases/${caseId}/liability/decision`, {
      allocation: { A: 'NONE', B: 'FULL' },
      situations: ['S01'],
      reasoning: 'B ran into A from behind in the same lane',
    });
    expect(decided).toMatchObject({ status: 200, body: { status: 'DECIDED' } });

    expect((await driverA.post(`/cases/${caseId}/liability/accept`)).status).toBe(200);
    expect((await driverB.post(`/cases/${caseId}/liability/accept`)).body).toEqual({
      caseId,
      status: 'LIABILITY_FINAL',
    });

    const view = await driverA.get(`/cases/${caseId}`);
    expect(view.body).toMatchObject({
      caseId,
      status: LIABILITY_SETTLED,
      liability: { allocation: { A: 'NONE', B: 'FULL' }, basis: 'POLICE', decidedBy: 'officer-1' },
    });
    const parties = view.body.parties as { party: string; driverName: string; phone: string; accepted?: boolean }[];
    expect(parties.find((party) => party.party === 'A')).toMatchObject({ driverName: '张三', accepted: true });
    expect(parties.find((party) => party.party === 'B')).toMatchObject({ driverName: '李*', phone: '138****0002' });
    expect((view.body.timeline as unknown[]).length).toBeGreaterThanOrEqual(12);

    const audit = await driverA.get<{ chainValid: boolean; events: { type: string }[] }>(
      `/audit/cases/${caseId}/events`,
    );
    expect(audit.body.chainValid).toBe(true);
    expect(audit.body.events.map((event) => event.type)).toContain('LiabilityFinalized');
  });

  it('settles liability by self-negotiation when both parties sign a FULL/NONE allocation', async () => {
    const reported = await driverA.post<{ caseId: string; joinCode: string; status: string }>('/cases', reportBody());
    expect(reported.status).toBe(201);
    expect(reported.body.status).toBe('REPORTED');
    expect(reported.body.joinCode).toMatch(/^\d{6}$/);
    const { caseId, joinCode } = reported.body;
    expect((await driverB.post(`/cases/${caseId}/join`, { joinCode, party: partyBInput() })).body).toEqual({
      caseId,
      party: 'B',
    });

    const refused = await driverA.post(`/cases/${caseId}/agreement`, { allocation: { A: 'MAJOR', B: 'MINOR' } });
    expect(refused).toMatchObject({ status: 422, body: { code: 'AGREEMENT_NEEDS_POLICE' } });

    expect((await driverA.post(`/cases/${caseId}/agreement`, { allocation: { A: 'FULL', B: 'NONE' } })).status).toBe(
      200,
    );
    expect((await driverA.post(`/cases/${caseId}/agreement/sign`)).body).toMatchObject({ code: 'ALREADY_SIGNED' });
    expect((await driverB.post(`/cases/${caseId}/agreement/sign`)).body).toEqual({ caseId, status: 'LIABILITY_FINAL' });

    const view = await driverB.get(`/cases/${caseId}`);
    expect(view.body).toMatchObject({
      status: LIABILITY_SETTLED,
      liability: { allocation: { A: 'FULL', B: 'NONE' }, basis: 'AGREEMENT' },
    });
    const mine = await driverB.get<{ items: { caseId: string; yourParty: string }[] }>('/me/cases');
    expect(mine.body.items.find((item) => item.caseId === caseId)).toMatchObject({
      yourParty: 'B',
      status: LIABILITY_SETTLED,
    });
    expect((await driverA.post(`/cases/${caseId}/withdraw`, { reason: 'changed my mind' })).body).toMatchObject({
      status: 422,
      code: 'LIABILITY_ALREADY_FINAL',
    });
  });

  it('lets exactly one of two officers racing for a case take it', async () => {
    const caseId = await caseReadyForPolice(driverA, driverB);
    expect((await driverB.post(`/cases/${caseId}/police-review`)).status).toBe(202);
    const replies = await Promise.all([
      officer.post(`/cases/${caseId}/assignment`),
      secondOfficer.post(`/cases/${caseId}/assignment`),
    ]);
    const statuses = replies.map((reply) => reply.status).sort();
    expect(statuses).toEqual([200, 409]);
    const loser = replies.find((reply) => reply.status === 409)!;
    expect(loser.contentType).toContain('application/problem+json');
    expect(loser.body.code).toBe('ALREADY_ASSIGNED');
    const winner = replies.find((reply) => reply.status === 200)!;
    const view = await officer.get(`/cases/${caseId}`);
    expect((view.body as { status: string }).status).toBe('UNDER_REVIEW');
    expect(winner.body).toMatchObject({ status: 'UNDER_REVIEW' });
  });

  it('asks for more evidence, then decides on the second request; a dispute goes to review by another officer', async () => {
    const caseId = await caseReadyForPolice(driverA, driverB);
    await takenByOfficer(driverA, officer, caseId);
    expect(
      (await officer.post(`/cases/${caseId}/evidence-request`, { kinds: ['PLATE'], note: 'Show both plates' })).body,
    ).toMatchObject({
      status: 'EVIDENCE_REQUESTED',
    });
    expect((await driverA.post(`/cases/${caseId}/police-review`)).body).toMatchObject({
      status: 422,
      code: 'REQUESTED_EVIDENCE_MISSING',
    });
    expect((await driverA.upload(`/cases/${caseId}/photos`, 'PLATE', await makeJpeg())).status).toBe(201);
    expect((await driverA.post(`/cases/${caseId}/police-review`)).status).toBe(202);
    await officer.post(`/cases/${caseId}/assignment`);
    await officer.post(`/cases/${caseId}/liability/decision`, {
      allocation: { A: 'MAJOR', B: 'MINOR' },
      reasoning: 'A changed lanes',
    });
    expect((await driverA.post(`/cases/${caseId}/liability/dispute`, { reason: 'B was speeding' })).body).toMatchObject(
      { status: 'DISPUTED' },
    );
    expect((await officer.post(`/cases/${caseId}/assignment`)).body).toMatchObject({
      status: 422,
      code: 'REVIEW_NEEDS_ANOTHER_OFFICER',
    });
    expect((await secondOfficer.post(`/cases/${caseId}/assignment`)).status).toBe(200);
    await secondOfficer.post(`/cases/${caseId}/liability/decision`, {
      allocation: { A: 'EQUAL', B: 'EQUAL' },
      reasoning: 'Both at fault',
    });
    await driverA.post(`/cases/${caseId}/liability/accept`);
    await driverB.post(`/cases/${caseId}/liability/accept`);
    expect((await driverB.get(`/cases/${caseId}`)).body).toMatchObject({
      status: LIABILITY_SETTLED,
      liability: { basis: 'REVIEW', decidedBy: 'officer-2', allocation: { A: 'EQUAL', B: 'EQUAL' } },
    });
  });

  it('refers a case offline at the officer’s word', async () => {
    const caseId = await caseReadyForPolice(driverA, driverB);
    await takenByOfficer(driverA, officer, caseId);
    expect(
      (await officer.post(`/cases/${caseId}/referral`, { reason: 'Damage to a traffic light' })).body,
    ).toMatchObject({
      status: 'REFERRED_OFFLINE',
    });
  });

  describe('bad input gets a clear problem and records nothing', () => {
    it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
      const response = await driverA.raw('POST', '/cases', '{"occurredAt": ', { 'content-type': 'application/json' });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 400, code: 'MALFORMED_JSON', title: 'Bad Request' });
    });

    it('names every missing or unknown field', async () => {
      const { party: _party, ...withoutParty } = reportBody();
      const reply = await driverA.post('/cases', { ...withoutParty, status: 'LIABILITY_FINAL' });
      expect(reply.status).toBe(400);
      expect(reply.body.code).toBe('VALIDATION_FAILED');
      const fields = (reply.body.errors as { field: string }[]).map((error) => error.field);
      expect(fields).toEqual(expect.arrayContaining(['party', '(body)']));
    });

    it('refuses an ineligible accident with the failing conditions and the advice to call 122', async () => {
      const before = await driverA.get<{ items: unknown[] }>('/me/cases');
      const reply = await driverA.post(
        '/cases',
        reportBody({ eligibility: { ...reportBody().eligibility, noInjuries: false, vehiclesMovable: false } }),
      );
      expect(reply.status).toBe(422);
      expect(reply.body).toMatchObject({ code: 'CASE_NOT_ELIGIBLE' });
      expect(reply.body.detail).toContain('122');
      expect((reply.body.errors as { field: string }[]).map((error) => error.field)).toEqual([
        'eligibility.noInjuries',
        'eligibility.vehiclesMovable',
      ]);
      expect((await driverA.get<{ items: unknown[] }>('/me/cases')).body.items).toHaveLength(before.body.items.length);
    });

    it('refuses a wrong join code, and the reporter joining their own case', async () => {
      const { caseId, joinCode } = (await driverA.post<{ caseId: string; joinCode: string }>('/cases', reportBody()))
        .body;
      const wrong = joinCode === '000000' ? '000001' : '000000';
      expect(
        (await driverB.post(`/cases/${caseId}/join`, { joinCode: wrong, party: partyBInput() })).body,
      ).toMatchObject({
        status: 422,
        code: 'INVALID_JOIN_CODE',
      });
      expect((await driverA.post(`/cases/${caseId}/join`, { joinCode, party: partyBInput() })).body).toMatchObject({
        code: 'REPORTER_CANNOT_JOIN',
      });
      expect((await stranger.get(`/cases/${caseId}`)).status).toBe(404);
    });

    it('keeps the desk to officers, and cases to those who may see them', async () => {
      const { caseId } = (await driverA.post<{ caseId: string }>('/cases', reportBody())).body;
      expect((await driverA.post(`/cases/${caseId}/assignment`)).body).toMatchObject({
        status: 403,
        code: 'ROLE_NOT_ALLOWED',
      });
      expect((await driverA.get('/desk/queue')).status).toBe(403);
      expect((await stranger.get(`/cases/${caseId}`)).body).toMatchObject({ status: 404, code: 'CASE_NOT_FOUND' });
      expect((await officerElsewhere.get(`/cases/${caseId}`)).status).toBe(404);
      expect((await officerElsewhere.post(`/cases/${caseId}/assignment`)).status).toBe(404);
      expect((await stranger.post(`/cases/${caseId}/circumstances`, { situations: ['S01'] })).status).toBe(404);
      expect((await driverA.get('/cases/not-a-case-id')).status).toBe(404);
    });

    it('asks for a token, and refuses a forged one', async () => {
      const anonymous = new Client(server.baseUrl);
      expect((await anonymous.get('/me/cases')).body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      const forged = new Client(server.baseUrl, `${driverA.token!.slice(0, -4)}AAAA`);
      expect((await forged.get('/me/cases')).body).toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
    });

    it('refuses a police request before party B and the required photos are there', async () => {
      const { caseId } = (await driverA.post<{ caseId: string }>('/cases', reportBody())).body;
      expect((await driverA.post(`/cases/${caseId}/police-review`)).body).toMatchObject({ code: 'PARTY_B_MISSING' });
    });

    it('refuses files that are not photos, whatever they are called', async () => {
      const caseId = await caseReadyForPolice(driverA, driverB);
      const text = await driverA.upload(
        `/cases/${caseId}/photos`,
        'SCENE',
        Buffer.from('not an image at all'),
        'scene.jpg',
      );
      expect(text).toMatchObject({ status: 415, body: { code: 'UNSUPPORTED_IMAGE' } });
      const jpeg = await makeJpeg();
      const truncated = await driverA.upload(`/cases/${caseId}/photos`, 'SCENE', jpeg.subarray(0, jpeg.length / 2));
      expect(truncated.status).toBe(415);
      const badKind = await driverA.upload(`/cases/${caseId}/photos`, 'SELFIE', await makeJpeg());
      expect(badKind).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
      const view = await driverA.get<{ photos: unknown[] }>(`/cases/${caseId}`);
      expect(view.body.photos).toHaveLength(3);
    });
  });

  describe('photos', () => {
    it('serves derivatives to the other party and the original only to its uploader', async () => {
      const caseId = await caseReadyForPolice(driverA, driverB);
      const photos = (
        await driverA.get<{ photos: { photoId: string; urls: { thumbnail: string } }[] }>(`/cases/${caseId}`)
      ).body.photos;
      const photo = photos[0]!;
      const thumbnail = await driverB.raw('GET', photo.urls.thumbnail);
      expect(thumbnail.status).toBe(200);
      expect(thumbnail.headers.get('content-type')).toBe('image/webp');
      expect((await driverB.raw('GET', `/cases/${caseId}/photos/${photo.photoId}/original`)).status).toBe(404);
      const original = await driverA.raw('GET', `/cases/${caseId}/photos/${photo.photoId}/original`);
      expect(original.status).toBe(200);
      expect(original.headers.get('content-type')).toBe('image/jpeg');
      // An officer sees a case of the district once it was sent to the desk (domain.md), not before.
      const asOfficer = () => officer.raw('GET', `/cases/${caseId}/photos/${photo.photoId}/original`);
      expect((await asOfficer()).status).toBe(404);
      expect((await driverA.post(`/cases/${caseId}/police-review`)).status).toBe(202);
      expect((await asOfficer()).status).toBe(200);
      const verification = await driverA.get(`/audit/cases/${caseId}/verification`);
      expect(verification.body).toMatchObject({ chainValid: true, photosIntact: true, problems: [] });
    });
  });

  describe('Idempotency-Key', () => {
    it('returns the first response to a retry and records nothing new', async () => {
      const headers = { 'idempotency-key': 'report-once-1' };
      const first = await driverA.post('/cases', reportBody(), headers);
      const retry = await driverA.post('/cases', reportBody(), headers);
      expect(first.status).toBe(201);
      expect(retry).toEqual(first);
      const mine = await driverA.get<{ items: { caseId: string }[] }>('/me/cases');
      expect(mine.body.items.filter((item) => item.caseId === first.body.caseId)).toHaveLength(1);
      const other = await driverA.post('/cases', reportBody({ weather: 'rain' }), headers);
      expect(other.body).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    });

    it('uploads a photo once when the upload is retried with the same key', async () => {
      const caseId = await caseReadyForPolice(driverA, driverB);
      const bytes = await makeJpeg();
      const first = await driverA.uploadWithKey(`/cases/${caseId}/photos`, 'SCENE', bytes, 'upload-scene-1');
      const retry = await driverA.uploadWithKey(`/cases/${caseId}/photos`, 'SCENE', bytes, 'upload-scene-1');
      expect(first.status).toBe(201);
      expect(retry).toEqual(first);
      const other = await driverA.uploadWithKey(`/cases/${caseId}/photos`, 'SCENE', await makeJpeg(), 'upload-scene-1');
      expect(other.body).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
      expect((await driverA.get<{ photos: unknown[] }>(`/cases/${caseId}`)).body.photos).toHaveLength(4);
    });

    it('replays a refusal too', async () => {
      const headers = { 'idempotency-key': 'ineligible-1' };
      const body = reportBody({ eligibility: { ...reportBody().eligibility, platesValid: false } });
      const first = await driverA.post('/cases', body, headers);
      expect(first.status).toBe(422);
      expect(await driverA.post('/cases', body, headers)).toEqual(first);
    });
  });

  describe('acceptance by silence', () => {
    it('finalizes a decision nobody answered within 3 days', async () => {
      const caseId = await caseReadyForPolice(driverA, driverB);
      await decidedByPolice(driverA, officer, caseId, {
        allocation: { A: 'FULL', B: 'NONE' },
        reasoning: 'A reversed',
      });
      await driverB.post(`/cases/${caseId}/liability/accept`);
      const { ResponsePeriodSweeper } = await import('@quickclaim/processes');
      const sweeper = server.app.get(ResponsePeriodSweeper, { strict: false });
      expect(await sweeper.sweep()).toBe(0);
      server.clock.advanceMinutes(3 * 24 * 60);
      expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
      const view = await driverA.get<{ status: string; parties: { party: string; accepted?: boolean }[] }>(
        `/cases/${caseId}`,
      );
      expect(view.body.status).toEqual(LIABILITY_SETTLED);
      expect(view.body.parties.every((party) => party.accepted === true)).toBe(true);
      server.clock.set('2026-11-22T08:00:00.000Z');
    });
  });

  describe('operations', () => {
    it('reports health, metrics and the OpenAPI document without a token', async () => {
      const anonymous = new Client(server.baseUrl);
      expect((await anonymous.get('/health')).body).toMatchObject({
        status: 'ok',
        checks: { eventStore: { status: 'up' } },
      });
      const metrics = await anonymous.raw('GET', '/metrics');
      expect(await metrics.text()).toContain('quickclaim_http_requests_total');
      const openapi = await anonymous.get<{ paths: Record<string, unknown> }>('/docs-json');
      expect(Object.keys(openapi.body.paths)).toEqual(
        expect.arrayContaining(['/cases', '/cases/{caseId}/join', '/desk/queue', '/audit/cases/{caseId}/events']),
      );
    });
  });
});
