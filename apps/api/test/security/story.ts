import { Client, eventually, makeJpeg, partyInput, reportBody, type TestServer } from '../harness';

export interface StoryCast {
  driverA: Client;
  driverB: Client;
  officer: Client;
  adjusterA: Client;
  adjusterB: Client;
}

export interface SettledStory {
  caseId: string;
  /** Photos uploaded by party A. */
  photoIds: string[];
  claims: Record<'A' | 'B', string>;
  /** Payouts by paying insurer. */
  payouts: { payoutId: string; payer: string; claimId: string }[];
}

interface CaseReply {
  status: string;
  claims: { claimId: string; party: 'A' | 'B' }[];
  photos: { photoId: string }[];
}

interface ClaimReply {
  status: string;
  payouts: { payoutId: string; payer: string }[];
}

/**
 * One case from report to paid claims: A reports (insurer of adjusterA), B joins (adjusterB's),
 * A uploads the three photos (no EXIF, so the case is flagged and each settlement needs its
 * adjuster's approval), the officer decides A NONE / B FULL, both accept, both claims are assessed,
 * accepted and approved, and the simulated insurers pay.
 */
export async function settledStory(
  cast: StoryCast,
  where: { district: string; insurers: [string, string]; plates: [string, string] },
): Promise<SettledStory> {
  const { driverA, driverB, officer, adjusterA, adjusterB } = cast;
  const reported = await driverA.post<{ caseId: string; joinCode: string }>(
    '/cases',
    reportBody({
      location: { lat: 29.563, lng: 106.551, address: '重庆市解放碑', district: where.district },
      party: partyInput({ insurer: where.insurers[0], plate: where.plates[0] }),
    }),
  );
  expect(reported.status).toBe(201);
  const { caseId, joinCode } = reported.body;
  const joined = await driverB.post(`/cases/${caseId}/join`, {
    joinCode,
    party: partyInput({
      driverName: '李四',
      phone: '13800000002',
      licenceNo: '500101199202021234',
      insurer: where.insurers[1],
      plate: where.plates[1],
      policyNumber: `${where.insurers[1]}-2026-0002`,
    }),
  });
  expect(joined.status).toBe(200);
  for (const kind of ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT']) {
    expect((await driverA.upload(`/cases/${caseId}/photos`, kind, await makeJpeg())).status).toBe(201);
  }
  expect((await driverB.post(`/cases/${caseId}/circumstances`, { situations: ['S01'] })).status).toBe(200);
  expect((await driverA.post(`/cases/${caseId}/police-review`)).status).toBe(202);
  expect((await officer.post(`/cases/${caseId}/assignment`)).status).toBe(200);
  const decided = await officer.post(`/cases/${caseId}/liability/decision`, {
    allocation: { A: 'NONE', B: 'FULL' },
    situations: ['S01'],
    reasoning: 'B ran into A from behind in the same lane',
  });
  expect(decided.status).toBe(200);
  expect((await driverA.post(`/cases/${caseId}/liability/accept`)).status).toBe(200);
  expect((await driverB.post(`/cases/${caseId}/liability/accept`)).status).toBe(200);
  const view = await eventually(async () => {
    const reply = await driverA.get<CaseReply>(`/cases/${caseId}`);
    expect(reply.body.claims).toHaveLength(2);
    return reply.body;
  });
  const claims = Object.fromEntries(view.claims.map((claim) => [claim.party, claim.claimId])) as Record<
    'A' | 'B',
    string
  >;
  for (const [claimId, adjuster, claimant] of [
    [claims.A, adjusterA, driverA],
    [claims.B, adjusterB, driverB],
  ] as const) {
    const assessed = await adjuster.post(`/claims/${claimId}/assessment`, {
      lineItems: [{ description: 'bumper and lamp', amountFen: 300_000 }],
    });
    expect(assessed.status).toBe(200);
    expect((await claimant.post(`/claims/${claimId}/assessment/accept`)).status).toBe(200);
  }
  for (const [claimId, adjuster] of [
    [claims.A, adjusterA],
    [claims.B, adjusterB],
  ] as const) {
    await eventually(async () => expect((await adjuster.post(`/claims/${claimId}/approval`)).status).toBe(200));
  }
  const payouts: SettledStory['payouts'] = [];
  for (const [claimId, claimant] of [
    [claims.A, driverA],
    [claims.B, driverB],
  ] as const) {
    const claim = await eventually(async () => {
      const reply = await claimant.get<ClaimReply>(`/claims/${claimId}`);
      expect(reply.body.status).toBe('CLOSED');
      return reply.body;
    });
    payouts.push(...claim.payouts.map(({ payoutId, payer }) => ({ payoutId, payer, claimId })));
  }
  await eventually(async () => expect((await driverA.get<CaseReply>(`/cases/${caseId}`)).body.status).toBe('CLOSED'));
  return { caseId, photoIds: view.photos.map((photo) => photo.photoId), claims, payouts };
}

/** Tokens for one whole cast of a district and two insurers. */
export async function castOf(
  server: TestServer,
  names: { a: string; b: string; district: string; insurers: [string, string] },
): Promise<StoryCast> {
  const [driverA, driverB, officer, adjusterA, adjusterB] = await Promise.all([
    Client.as(server, { sub: names.a, role: 'driver', phone: '13800000001' }),
    Client.as(server, { sub: names.b, role: 'driver', phone: '13800000002' }),
    Client.as(server, { sub: `officer-${names.district}`, role: 'officer', district: names.district }),
    Client.as(server, { sub: `adjuster-${names.insurers[0]}`, role: 'adjuster', insurer: names.insurers[0] }),
    Client.as(server, { sub: `adjuster-${names.insurers[1]}`, role: 'adjuster', insurer: names.insurers[1] }),
  ]);
  return { driverA, driverB, officer, adjusterA, adjusterB };
}
