import { sceneJpeg } from '@quickclaim/testing';
import { Client, eventually, makeJpeg, partyBInput, partyInput, reportBody, serverForSuite, T0 } from './harness';
import { asDriver, asOfficer, signIn, THE_CAST } from './story';
import { EventReader } from './server-sent-events';

/** Issue 13, for the accident case, the desk and the evidence: each person sees what they need. */

interface PhotoView {
  photoId: string;
  kind: string;
  flags: string[];
  flagDetails: Record<string, unknown>[];
  position?: { lat: number; lng: number };
  distanceMeters?: number;
  minutesFromAccident?: number;
}

interface CaseView {
  status: string;
  weather?: string;
  description?: string;
  photos: PhotoView[];
  flags: string[];
  flagDetails: Record<string, unknown>[];
  liability: Record<string, unknown> | null;
  suggestion: Record<string, unknown> | null;
  disputedDecision: Record<string, unknown> | null;
  referral: Record<string, unknown> | null;
  policeRequest: { overdue: boolean } | null;
  nextStep: string | null;
  claims: { claimId: string; party: string }[];
}

interface QueueItem {
  caseId: string;
  weather?: string;
  description?: string;
  photos: PhotoView[];
  suggestion: Record<string, unknown> | null;
  flagDetails: Record<string, unknown>[];
  disputedDecision: Record<string, unknown> | null;
}

/** Taken at the scene two minutes after the accident (07:55Z), about 15 m from where it was reported. */
const atTheScene = { dateTimeOriginal: '2026:11:22 15:57:00', offset: '+08:00', gps: { lat: 29.5631, lng: 106.5511 } };
let seed = 1300;

describe('what each person sees of a case (issue 13) over HTTP', () => {
  let driverA: Client;
  let driverB: Client;
  let thirdDriver: Client;
  let officer: Client;
  let secondOfficer: Client;
  let adjuster: Client;
  let plate = 0;

  const server = serverForSuite({ env: { SIMULATED_PAYOUT_DELAY_MS: '0' } }, async (started) => {
    ({ driverA, driverB, thirdDriver, officer, secondOfficer, adjuster } = await signIn(started, {
      driverA: asDriver('driver-a', '13800000001'),
      driverB: asDriver('driver-b', '13800000002'),
      thirdDriver: asDriver('driver-c', '13800000003'),
      officer: asOfficer('officer-1'),
      secondOfficer: asOfficer('officer-2'),
      adjuster: THE_CAST.picc,
    }));
  });

  afterEach(() => server.clock.set(T0));

  /** A case reported by A and joined by B, each with their own plates. */
  async function joinedCase(report: Record<string, unknown> = {}): Promise<{ caseId: string; joinCode: string }> {
    plate += 1;
    const serial = String(plate).padStart(4, '0');
    const reported = await driverA.post<{ caseId: string; joinCode: string }>(
      '/cases',
      reportBody({ party: partyInput({ plate: `渝A1${serial}` }), ...report }),
    );
    expect(reported.status).toBe(201);
    const { caseId, joinCode } = reported.body;
    const joined = await driverB.post(`/cases/${caseId}/join`, {
      joinCode,
      party: { ...partyBInput(), plate: `渝B1${serial}` },
    });
    expect(joined.status).toBe(200);
    return { caseId, joinCode };
  }

  /** On the desk: the three photos taken at the scene, B declared a rear-end collision, A asked. */
  async function caseOnTheDesk(report: Record<string, unknown> = {}): Promise<string> {
    const { caseId } = await joinedCase(report);
    for (const kind of ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT']) {
      seed += 1;
      const uploaded = await driverA.upload(`/cases/${caseId}/photos`, kind, await sceneJpeg(seed, atTheScene));
      expect(uploaded.status).toBe(201);
    }
    expect((await driverB.post(`/cases/${caseId}/circumstances`, { situations: ['S01'] })).status).toBe(200);
    expect((await driverA.post(`/cases/${caseId}/police-review`)).status).toBe(202);
    return caseId;
  }

  async function decide(by: Client, caseId: string, allocation = { A: 'NONE', B: 'FULL' }, reasoning = 'B hit A') {
    expect((await by.post(`/cases/${caseId}/assignment`)).status).toBe(200);
    const decided = await by.post(`/cases/${caseId}/liability/decision`, {
      allocation,
      situations: ['S01'],
      reasoning,
    });
    expect(decided).toMatchObject({ status: 200, body: { status: 'DECIDED' } });
  }

  const viewOf = async (client: Client, caseId: string) => (await client.get<CaseView>(`/cases/${caseId}`)).body;
  const queueOf = async (client: Client) => (await client.get<{ items: QueueItem[] }>('/desk/queue')).body.items;

  describe('liability while a police decision awaits the answers', () => {
    it('carries the decision in liability, not final yet, then final, and a review as REVIEW', async () => {
      const caseId = await caseOnTheDesk();
      await decide(officer, caseId, { A: 'MAJOR', B: 'MINOR' }, 'A changed lanes without yielding');
      expect((await viewOf(driverB, caseId)).liability).toEqual({
        allocation: { A: 'MAJOR', B: 'MINOR' },
        basis: 'POLICE',
        decidedBy: 'officer-1',
        decidedAt: T0,
        reasoning: 'A changed lanes without yielding',
        final: false,
        respondBy: '2026-11-25T08:00:00.000Z',
        answers: { A: 'PENDING', B: 'PENDING' },
      });
      expect((await driverB.post(`/cases/${caseId}/liability/accept`)).status).toBe(200);
      expect(await viewOf(driverA, caseId)).toMatchObject({
        liability: { final: false, answers: { A: 'PENDING', B: 'ACCEPTED' } },
        nextStep: 'ANSWER_DECISION_BY',
      });
      expect((await driverA.post(`/cases/${caseId}/liability/dispute`, { reason: 'B was speeding' })).status).toBe(200);
      expect((await viewOf(driverA, caseId)).liability).toBeNull();
      await decide(secondOfficer, caseId, { A: 'EQUAL', B: 'EQUAL' }, 'Both at fault');
      expect((await viewOf(driverA, caseId)).liability).toMatchObject({
        allocation: { A: 'EQUAL', B: 'EQUAL' },
        basis: 'REVIEW',
        decidedBy: 'officer-2',
        reasoning: 'Both at fault',
        final: false,
      });
      await driverA.post(`/cases/${caseId}/liability/accept`);
      await driverB.post(`/cases/${caseId}/liability/accept`);
      expect((await viewOf(driverA, caseId)).liability).toMatchObject({ basis: 'REVIEW', final: true });
    });
  });

  describe('a third driver', () => {
    it('gets 409 CASE_FULL with the right code, by case id and by code; a wrong code stays unknown', async () => {
      const { caseId, joinCode } = await joinedCase();
      const party = partyInput({ driverName: '王五', phone: '13800000003', plate: '渝C12345' });
      const full = { status: 409, body: { code: 'CASE_FULL' } };
      expect(await thirdDriver.post(`/cases/${caseId}/join`, { joinCode, party })).toMatchObject(full);
      const plateOfA = `渝A1${String(plate).padStart(4, '0')}`;
      expect(await thirdDriver.post('/cases/join', { joinCode, plateOfA, party })).toMatchObject(full);
      const wrong = joinCode === '000000' ? '000001' : '000000';
      const unknown = { status: 404, body: { code: 'CASE_NOT_FOUND' } };
      expect(await thirdDriver.post(`/cases/${caseId}/join`, { joinCode: wrong, party })).toMatchObject(unknown);
      expect(await thirdDriver.post(`/cases/${caseId}/join`, { injected: true })).toMatchObject(unknown);
      expect(await thirdDriver.post('/cases/join', { joinCode: wrong, plateOfA, party })).toMatchObject(unknown);
      expect(await thirdDriver.get(`/cases/${caseId}`)).toMatchObject(unknown);
      expect((await driverB.post(`/cases/${caseId}/join`, { joinCode, party: partyBInput() })).status).toBe(200);
    });

    it('finds 409 CASE_FULL documented for both joins in OpenAPI', async () => {
      const openapi = await new Client(server.baseUrl).get<{
        paths: Record<string, { post: { responses: Record<string, { 'x-codes'?: string[] }> } }>;
      }>('/docs-json');
      for (const path of ['/cases/{caseId}/join', '/cases/join']) {
        expect(openapi.body.paths[path]!.post.responses['409']!['x-codes']).toContain('CASE_FULL');
      }
    });
  });

  describe('the desk knows what the system knows', () => {
    it('shows the reporter’s account, where and when each photo was taken, and why the suggestion', async () => {
      const caseId = await caseOnTheDesk({ weather: 'rain', description: 'B ran into me at the lights' });
      const item = (await queueOf(officer)).find((candidate) => candidate.caseId === caseId)!;
      expect(item).toMatchObject({
        weather: 'rain',
        description: 'B ran into me at the lights',
        suggestion: {
          allocation: { A: 'NONE', B: 'FULL' },
          rule: 'ONLY_B_MATCHES',
          matched: [{ party: 'B', situations: ['S01'] }],
        },
        disputedDecision: null,
      });
      expect(item.photos).toHaveLength(3);
      for (const photo of item.photos) {
        expect(photo).toMatchObject({ position: { lat: 29.5631, lng: 106.5511 }, minutesFromAccident: 2, flags: [] });
        expect(photo.distanceMeters).toBeLessThan(30);
      }
      const asOfficer = await viewOf(officer, caseId);
      expect(asOfficer).toMatchObject({ weather: 'rain', description: 'B ran into me at the lights' });
      expect(asOfficer.photos[0]).toMatchObject({ position: { lat: 29.5631, lng: 106.5511 }, minutesFromAccident: 2 });
      expect(asOfficer.suggestion).toHaveProperty('matched');
      const asDriver = await viewOf(driverA, caseId);
      expect(asDriver.photos[0]).not.toHaveProperty('position');
      expect(asDriver.suggestion).not.toHaveProperty('matched');
    });

    it('shows the reviewing officer the first decision, its reasoning and the dispute, in the queue and the case', async () => {
      const caseId = await caseOnTheDesk();
      await decide(officer, caseId, { A: 'FULL', B: 'NONE' }, 'A reversed into B');
      expect(
        (await driverA.post(`/cases/${caseId}/liability/dispute`, { reason: 'I was standing still' })).status,
      ).toBe(200);
      const disputedDecision = {
        decidedBy: 'officer-1',
        allocation: { A: 'FULL', B: 'NONE' },
        basis: 'POLICE',
        situations: ['S01'],
        reasoning: 'A reversed into B',
        decidedAt: T0,
        disputes: [{ party: 'A', reason: 'I was standing still', disputedAt: T0 }],
      };
      const item = (await queueOf(secondOfficer)).find((candidate) => candidate.caseId === caseId);
      expect(item?.disputedDecision).toEqual(disputedDecision);
      expect((await viewOf(secondOfficer, caseId)).disputedDecision).toEqual(disputedDecision);
      expect((await viewOf(driverA, caseId)).disputedDecision).toBeNull();
    });
  });

  describe('a review is not in the queue of the officer who cannot take it', () => {
    it('leaves it out of that officer’s queue and live stream, and in the others’', async () => {
      const caseId = await caseOnTheDesk();
      await decide(officer, caseId);
      const { events } = await EventReader.open(officer, '/desk/queue/stream');
      const first = (await events.next()).data as { items: QueueItem[] };
      expect(first.items.map((item) => item.caseId)).not.toContain(caseId);
      expect((await driverB.post(`/cases/${caseId}/liability/dispute`, { reason: 'A braked hard' })).status).toBe(200);
      expect((await queueOf(officer)).map((item) => item.caseId)).not.toContain(caseId);
      expect((await queueOf(secondOfficer)).map((item) => item.caseId)).toContain(caseId);
      // The next case on the desk is pushed to officer-1 without the review.
      const next = await caseOnTheDesk();
      const pushed = await eventually(async () => {
        const { items } = (await events.next()).data as { items: QueueItem[] };
        expect(items.map((item) => item.caseId)).toContain(next);
        return items;
      });
      expect(pushed.map((item) => item.caseId)).not.toContain(caseId);
      await events.close();
      expect((await officer.post(`/cases/${caseId}/assignment`)).body).toMatchObject({
        code: 'REVIEW_NEEDS_ANOTHER_OFFICER',
      });
    });
  });

  describe('drivers are not shown fraud flags; referral and an overdue desk tell them what happens next', () => {
    it('empties the flags of the case, its photos, the upload answer and the live stream for drivers', async () => {
      const { caseId } = await joinedCase({ occurredAt: '2026-11-20T08:00:00.000Z' });
      const uploaded = await driverA.upload<{ flags: string[] }>(`/cases/${caseId}/photos`, 'SCENE', await makeJpeg());
      expect(uploaded).toMatchObject({ status: 201, body: { flags: [] } });
      const asDriver = await viewOf(driverA, caseId);
      expect(asDriver.flags).toEqual([]);
      expect(asDriver.flagDetails).toEqual([]);
      expect(asDriver.photos[0]).toMatchObject({ flags: [], flagDetails: [] });
      const auditor = await Client.as(server, { sub: 'auditor-1', role: 'auditor' });
      expect((await viewOf(auditor, caseId)).flags).toEqual(['LATE_REPORT', 'NO_EXIF']);
      const { events } = await EventReader.open(driverB, `/cases/${caseId}/stream`);
      const pushed = (await events.next()).data as { case: CaseView };
      expect(pushed.case.flags).toEqual([]);
      expect(pushed.case.photos[0]!.flags).toEqual([]);
      await events.close();
    });

    it('shows the drivers the officer’s referral, its reason and district', async () => {
      const caseId = await caseOnTheDesk();
      await officer.post(`/cases/${caseId}/assignment`);
      await officer.post(`/cases/${caseId}/referral`, { reason: 'Bring both cars to the Jiefangbei traffic station' });
      expect(await viewOf(driverB, caseId)).toMatchObject({
        status: 'REFERRED_OFFLINE',
        referral: {
          reason: 'Bring both cars to the Jiefangbei traffic station',
          kind: 'OFFICER',
          referredBy: 'officer-1',
          district: 'yuzhong',
        },
        nextStep: 'GO_OFFLINE',
      });
    });

    it('tells the drivers the desk is overdue, and what happens next, once 5 minutes passed', async () => {
      const caseId = await caseOnTheDesk();
      expect(await viewOf(driverA, caseId)).toMatchObject({
        policeRequest: { overdue: false },
        nextStep: 'WAIT_FOR_OFFICER',
      });
      server.clock.advanceMinutes(6);
      expect(await viewOf(driverA, caseId)).toMatchObject({
        policeRequest: { overdue: true },
        nextStep: 'OFFICER_OVERDUE_KEEP_WAITING',
      });
      const mine = await driverB.get<{ items: { caseId: string; nextStep: string }[] }>('/me/cases');
      expect(mine.body.items.find((item) => item.caseId === caseId)?.nextStep).toBe('OFFICER_OVERDUE_KEEP_WAITING');
    });
  });

  describe('flags say which other case and how far', () => {
    it('shows the adjuster the claim’s flags with what they found, copied from the case, and the claimant none', async () => {
      const first = await caseOnTheDesk();
      const firstPhoto = (await viewOf(officer, first)).photos[0]!;
      const { caseId } = await joinedCase();
      const reused = await driverA.upload<{ photoId: string }>(
        `/cases/${caseId}/photos`,
        'FRONT_SIDE',
        await sceneJpeg(seed - 2, atTheScene),
      );
      expect(reused.status).toBe(201);
      for (const kind of ['REAR_SIDE', 'POINT_OF_IMPACT']) {
        seed += 1;
        await driverA.upload(`/cases/${caseId}/photos`, kind, await sceneJpeg(seed, atTheScene));
      }
      const duplicate = { flag: 'DUPLICATE_PHOTO', otherCaseId: first, otherPhotoId: firstPhoto.photoId };
      expect((await driverA.post(`/cases/${caseId}/police-review`)).status).toBe(202);
      expect((await viewOf(officer, caseId)).photos[0]!.flagDetails).toEqual([duplicate]);
      await decide(officer, caseId, { A: 'NONE', B: 'FULL' });
      await driverA.post(`/cases/${caseId}/liability/accept`);
      await driverB.post(`/cases/${caseId}/liability/accept`);
      const claimOfA = await eventually(async () => {
        const claims = (await viewOf(driverA, caseId)).claims;
        expect(claims).toHaveLength(2);
        return claims.find((claim) => claim.party === 'A')!.claimId;
      });
      const asAdjuster = await adjuster.get<{ flags: string[]; flagDetails: unknown[] }>(`/claims/${claimOfA}`);
      // The scenes drawn for other seeds may be near enough to be SIMILAR_PHOTO too.
      expect(asAdjuster.body.flags).toContain('DUPLICATE_PHOTO');
      expect(asAdjuster.body.flagDetails).toContainEqual({ ...duplicate, photoId: reused.body.photoId });
      const asClaimant = await driverA.get<{ flags: string[]; flagDetails: unknown[] }>(`/claims/${claimOfA}`);
      expect(asClaimant.body).toMatchObject({ flags: [], flagDetails: [] });
    });
  });

  describe('input: Chinese plates and districts', () => {
    it('refuses a plate that is no Chinese plate at report and join, naming the field, and records nothing', async () => {
      const before = (await driverA.get<{ items: unknown[] }>('/me/cases')).body.items.length;
      const reported = await driverA.post('/cases', reportBody({ party: partyInput({ plate: 'ABC-123' }) }));
      expect(reported).toMatchObject({
        status: 400,
        body: { code: 'INVALID_PLATE', errors: [{ field: 'party.plate' }] },
      });
      expect((await driverA.get<{ items: unknown[] }>('/me/cases')).body.items).toHaveLength(before);
      const { caseId, joinCode } = (
        await driverA.post<{ caseId: string; joinCode: string }>(
          '/cases',
          reportBody({ party: partyInput({ plate: '渝a·d1234 5' }) }),
        )
      ).body;
      const badJoin = await driverB.post(`/cases/${caseId}/join`, {
        joinCode,
        party: { ...partyBInput(), plate: '渝B1234' },
      });
      expect(badJoin).toMatchObject({
        status: 400,
        body: { code: 'INVALID_PLATE', errors: [{ field: 'party.plate' }] },
      });
      const newEnergy = await driverB.post(`/cases/${caseId}/join`, {
        joinCode,
        party: { ...partyBInput(), plate: '渝b 12345d' },
      });
      expect(newEnergy.status).toBe(200);
      const view = await driverA.get<{ parties: { plate: string }[] }>(`/cases/${caseId}`);
      expect(view.body.parties.map((party) => party.plate)).toEqual(['渝AD12345', '渝B12345D']);
    });

    it('refuses an unknown district, and flags a point outside the named district for the officer only', async () => {
      const unknown = await driverA.post(
        '/cases',
        reportBody({ location: { lat: 29.563, lng: 106.551, address: '某地', district: 'atlantis' } }),
      );
      expect(unknown).toMatchObject({
        status: 400,
        body: { code: 'UNKNOWN_DISTRICT', errors: [{ field: 'location.district' }] },
      });
      // In Yubei, 19 km from the centre of Yuzhong, the district named.
      const caseId = await caseOnTheDesk({
        location: { lat: 29.7183, lng: 106.6311, address: '渝北区双凤桥', district: 'yuzhong' },
      });
      const asOfficer = await viewOf(officer, caseId);
      expect(asOfficer.flags).toContain('DISTRICT_MISMATCH');
      expect(asOfficer.flagDetails).toEqual([
        expect.objectContaining({ flag: 'DISTRICT_MISMATCH', district: 'yuzhong', radiusMeters: 9000 }),
      ]);
      const item = (await queueOf(officer)).find((candidate) => candidate.caseId === caseId)!;
      expect(item.flagDetails).toEqual(asOfficer.flagDetails);
      expect((await viewOf(driverA, caseId)).flags).toEqual([]);
    });
  });
});
