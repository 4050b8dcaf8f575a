import { plateNumber } from '@quickclaim/testing';
import { Client, eventually, makeJpeg, partyBInput, partyInput, reportBody, type TestServer } from './harness';

/**
 * The story's steps over HTTP, each as its users take it and checked as it goes, for the end to
 * end specs to compose: report and join, photos, an agreement or a police decision, the claims,
 * their assessments. What a spec is about it writes out itself; these are the ways to get there.
 */

/** EXIF of a photo taken at the scene a minute after the accident (07:55Z), where it was reported. */
export const AT_THE_SCENE = {
  dateTimeOriginal: '2026:11:22 15:56:00',
  offset: '+08:00',
  gps: { lat: 29.563, lng: 106.551 },
};

export type Party = 'A' | 'B';
export type ClaimsByParty = Record<Party, string>;
type Identity = Record<string, string>;

export const asDriver = (sub: string, phone?: string): Identity => ({
  sub,
  role: 'driver',
  ...(phone ? { phone } : {}),
});
export const asOfficer = (sub: string, district = 'yuzhong'): Identity => ({ sub, role: 'officer', district });
export const asAdjuster = (sub: string, insurer: string): Identity => ({ sub, role: 'adjuster', insurer });

/** The usual drivers: A (insured by PICC, as reportBody says) and B (by CPIC, as partyBInput says). */
export const THE_DRIVERS = { driverA: asDriver('driver-a'), driverB: asDriver('driver-b') };

/** The usual cast: the usual drivers, the yuzhong desk, both insurers' adjusters. */
export const THE_CAST = {
  ...THE_DRIVERS,
  officer: asOfficer('officer-1'),
  picc: asAdjuster('adjuster-picc', 'PICC'),
  cpic: asAdjuster('adjuster-cpic', 'CPIC'),
};

/** Clients signed in at once, by name: `const { driverA, picc } = await signIn(server, THE_CAST)`. */
export async function signIn<Name extends string>(
  server: TestServer,
  identities: Record<Name, Identity>,
): Promise<Record<Name, Client>> {
  const names = Object.keys(identities) as Name[];
  const clients = await Promise.all(names.map((name) => Client.as(server, identities[name])));
  return Object.fromEntries(names.map((name, index) => [name, clients[index]!])) as Record<Name, Client>;
}

/** A reports the accident (reportBody unless given), B joins with the code (as partyBInput unless given). */
export async function reportedAndJoined(
  a: Client,
  b: Client,
  { report = reportBody(), partyB = partyBInput() }: { report?: unknown; partyB?: unknown } = {},
): Promise<{ caseId: string; joinCode: string }> {
  const reported = await a.post<{ caseId: string; joinCode: string }>('/cases', report);
  expect(reported.status).toBe(201);
  const { caseId, joinCode } = reported.body;
  expect((await b.post(`/cases/${caseId}/join`, { joinCode, party: partyB })).status).toBe(200);
  return { caseId, joinCode };
}

/** The three photos a police decision needs, uploaded by `party` (small JPEGs unless given): the flags of each. */
export async function requiredPhotos(
  party: Client,
  caseId: string,
  photo: (index: number) => Promise<Buffer> = () => makeJpeg(),
): Promise<string[][]> {
  const flags: string[][] = [];
  for (const [index, kind] of ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT'].entries()) {
    const uploaded = await party.upload<{ flags: string[] }>(`/cases/${caseId}/photos`, kind, await photo(index));
    expect(uploaded.status).toBe(201);
    flags.push(uploaded.body.flags);
  }
  return flags;
}

/** A case reported by `a`, joined by `b`, with the three required photos. */
export async function caseReadyForPolice(a: Client, b: Client): Promise<string> {
  const { caseId } = await reportedAndJoined(a, b);
  await requiredPhotos(a, caseId);
  return caseId;
}

/** A proposes the allocation (A at fault unless given) and B signs it: liability is final. */
export async function agreed(
  a: Client,
  b: Client,
  caseId: string,
  allocation: Record<Party, string> = { A: 'FULL', B: 'NONE' },
): Promise<void> {
  expect((await a.post(`/cases/${caseId}/agreement`, { allocation })).status).toBe(200);
  expect((await b.post(`/cases/${caseId}/agreement/sign`)).status).toBe(200);
}

/** A asks the desk, and the officer takes the case. */
export async function takenByOfficer(a: Client, desk: Client, caseId: string): Promise<void> {
  expect((await a.post(`/cases/${caseId}/police-review`)).status).toBe(202);
  expect((await desk.post(`/cases/${caseId}/assignment`)).status).toBe(200);
}

/** A asks the desk, the officer takes the case and decides. */
export async function decidedByPolice(
  a: Client,
  desk: Client,
  caseId: string,
  decision: { allocation: Record<Party, string>; reasoning: string; situations?: string[] },
): Promise<void> {
  await takenByOfficer(a, desk, caseId);
  expect((await desk.post(`/cases/${caseId}/liability/decision`, decision)).status).toBe(200);
}

/** Both parties accept the police decision. */
export async function acceptedByBoth(a: Client, b: Client, caseId: string): Promise<void> {
  expect((await a.post(`/cases/${caseId}/liability/accept`)).status).toBe(200);
  expect((await b.post(`/cases/${caseId}/liability/accept`)).status).toBe(200);
}

/** The case's two claims, by party, once the claims process opened them (and the case has `status`, if given). */
export async function claimsOf(reader: Client, caseId: string, status?: string): Promise<ClaimsByParty> {
  const view = await eventually(async () => {
    const reply = await reader.get<{ status: string; claims: { claimId: string; party: Party }[] }>(`/cases/${caseId}`);
    expect(reply.body.claims).toHaveLength(2);
    if (status) expect(reply.body.status).toBe(status);
    return reply.body;
  });
  const byParty = Object.fromEntries(view.claims.map((claim) => [claim.party, claim.claimId]));
  return { A: byParty.A!, B: byParty.B! };
}

/** Each claim's handling insurer assesses its loss in fen, and its claimant accepts. */
export async function assessedAndAccepted(
  claims: ClaimsByParty,
  by: Record<Party, { adjuster: Client; claimant: Client; lossFen: number }>,
): Promise<void> {
  for (const party of ['A', 'B'] as const) {
    const { adjuster: handling, lossFen } = by[party];
    const assessed = await handling.post(`/claims/${claims[party]}/assessment`, {
      lineItems: [{ description: 'bumper and lamp', amountFen: lossFen }],
    });
    expect(assessed.status).toBe(200);
  }
  for (const party of ['A', 'B'] as const) {
    expect((await by[party].claimant.post(`/claims/${claims[party]}/assessment/accept`)).status).toBe(200);
  }
}

/** Once the simulated insurers paid: the case closes. */
export async function closed(reader: Client, caseId: string): Promise<void> {
  await eventually(async () => expect((await reader.get(`/cases/${caseId}`)).body.status).toBe('CLOSED'));
}

export interface Insured {
  driverA: Client;
  driverB: Client;
  picc: Client;
  cpic: Client;
}

/**
 * A case with nothing to dispute: reported by A (PICC), joined by B (CPIC), agreed A at fault, both
 * claims assessed by their insurers (A's loss, B's loss in fen) and accepted by their claimants.
 */
export async function agreedAndAssessed(
  { driverA, driverB, picc, cpic }: Insured,
  losses: Record<Party, number> = { A: 5_000, B: 50_000 },
): Promise<{ caseId: string; claims: ClaimsByParty }> {
  const { caseId } = await reportedAndJoined(driverA, driverB);
  await agreed(driverA, driverB, caseId);
  const claims = await claimsOf(driverA, caseId);
  await assessedAndAccepted(claims, {
    A: { adjuster: picc, claimant: driverA, lossFen: losses.A },
    B: { adjuster: cpic, claimant: driverB, lossFen: losses.B },
  });
  return { caseId, claims };
}

export interface StoryCast {
  driverA: Client;
  driverB: Client;
  officer: Client;
  adjusterA: Client;
  adjusterB: Client;
}

/** Tokens for one whole cast of a district and two insurers. */
export function castOf(
  server: TestServer,
  names: { a: string; b: string; district: string; insurers: [string, string] },
): Promise<StoryCast> {
  return signIn(server, {
    driverA: asDriver(names.a, '13800000001'),
    driverB: asDriver(names.b, '13800000002'),
    officer: asOfficer(`officer-${names.district}`, names.district),
    adjusterA: asAdjuster(`adjuster-${names.insurers[0]}`, names.insurers[0]),
    adjusterB: asAdjuster(`adjuster-${names.insurers[1]}`, names.insurers[1]),
  });
}

export interface SettledStory {
  caseId: string;
  /** Photos uploaded by party A. */
  photoIds: string[];
  claims: ClaimsByParty;
  /** Payouts by paying insurer. */
  payouts: { payoutId: string; payer: string; claimId: string }[];
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
  const { driverA, driverB, officer: desk, adjusterA, adjusterB } = cast;
  const { caseId } = await reportedAndJoined(driverA, driverB, {
    report: reportBody({
      location: { lat: 29.563, lng: 106.551, address: '重庆市解放碑', district: where.district },
      party: partyInput({ insurer: where.insurers[0], plate: where.plates[0] }),
    }),
    partyB: partyInput({
      driverName: '李四',
      phone: '13800000002',
      licenceNo: '500101199202021234',
      insurer: where.insurers[1],
      plate: where.plates[1],
      policyNumber: `${where.insurers[1]}-2026-0002`,
    }),
  });
  await requiredPhotos(driverA, caseId);
  expect((await driverB.post(`/cases/${caseId}/circumstances`, { situations: ['S01'] })).status).toBe(200);
  await decidedByPolice(driverA, desk, caseId, {
    allocation: { A: 'NONE', B: 'FULL' },
    situations: ['S01'],
    reasoning: 'B ran into A from behind in the same lane',
  });
  await acceptedByBoth(driverA, driverB, caseId);
  const claims = await claimsOf(driverA, caseId);
  const photoIds = (await driverA.get<{ photos: { photoId: string }[] }>(`/cases/${caseId}`)).body.photos.map(
    (photo) => photo.photoId,
  );
  await assessedAndAccepted(claims, {
    A: { adjuster: adjusterA, claimant: driverA, lossFen: 300_000 },
    B: { adjuster: adjusterB, claimant: driverB, lossFen: 300_000 },
  });
  for (const [claimId, handling] of [
    [claims.A, adjusterA],
    [claims.B, adjusterB],
  ] as const) {
    await eventually(async () => expect((await handling.post(`/claims/${claimId}/approval`)).status).toBe(200));
  }
  const payouts: SettledStory['payouts'] = [];
  for (const [claimId, claimant] of [
    [claims.A, driverA],
    [claims.B, driverB],
  ] as const) {
    const claim = await eventually(async () => {
      const reply = await claimant.get<{ status: string; payouts: { payoutId: string; payer: string }[] }>(
        `/claims/${claimId}`,
      );
      expect(reply.body.status).toBe('CLOSED');
      return reply.body;
    });
    payouts.push(...claim.payouts.map(({ payoutId, payer }) => ({ payoutId, payer, claimId })));
  }
  await closed(driverA, caseId);
  return { caseId, photoIds, claims, payouts };
}

/** A case as the claims suites read it: its status and its claims, each with a hold if it has one. */
export interface CaseReply {
  status: string;
  claims: { claimId: string; party: string; status: string; hold: { reason: string; since: string } | null }[];
}

let plate = 0;

/** A case reported by `a` (PICC) and joined by `b` (CPIC), with plates no other case of the run has. */
export async function joinedCase(a: Client, b: Client, series: string): Promise<string> {
  plate += 1;
  const { caseId } = await reportedAndJoined(a, b, {
    report: reportBody({ party: partyInput({ plate: plateNumber(Number(series) * 1000 + plate, 'A') }) }),
    partyB: { ...partyBInput(), plate: plateNumber(Number(series) * 1000 + plate, 'B') },
  });
  return caseId;
}

/** Polls a claim until its status is the one expected, and answers its view. */
export function claimWhen<T extends { status: string }>(viewer: Client, claimId: string, status: string): Promise<T> {
  return eventually(async () => {
    const reply = await viewer.get<T>(`/claims/${claimId}`);
    expect(reply.body.status).toBe(status);
    return reply.body;
  });
}

/** The handling insurer's adjuster assesses the claim at `amountFen` (with a note, if given). */
export async function assess(handling: Client, claimId: string, amountFen: number, note?: string): Promise<void> {
  const reply = await handling.post(`/claims/${claimId}/assessment`, {
    lineItems: [{ description: 'bodywork', amountFen }],
    ...(note ? { note } : {}),
  });
  expect(reply.status).toBe(200);
}

/** A claim's settlement lines as [payer, coverage, fen], the way the specs compare them. */
export const settlementLines = (claim: {
  settlement?: { lines: { payer: string; coverage: string; amountFen: number }[] };
}) => claim.settlement?.lines.map((line) => [line.payer, line.coverage, line.amountFen]);

/**
 * A case an assistant filed for both parties, with the three photos they took for party A, the
 * agreement A FULL / B NONE, and both parties' signatures on the assistant's device: liability is
 * final and the claims are open (no payout yet).
 */
export async function assistedStory(
  assistant: Client,
  where: { district: string; plates: [string, string] },
): Promise<SettledStory> {
  const { occurredAt, eligibility } = reportBody();
  const filed = await assistant.post<{ caseId: string }>('/assistant/cases', {
    occurredAt,
    location: { lat: 29.563, lng: 106.551, address: '重庆市解放碑', district: where.district },
    eligibility,
    parties: {
      A: partyInput({ plate: where.plates[0] }),
      B: partyInput({ driverName: '李四', phone: '13800000002', plate: where.plates[1], insurer: 'CPIC' }),
    },
  });
  expect(filed.status).toBe(201);
  const { caseId } = filed.body;
  for (const kind of ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT']) {
    const form = new FormData();
    form.append('kind', kind);
    form.append('party', 'A');
    form.append('file', new Blob([new Uint8Array(await makeJpeg())]), 'photo.jpg');
    expect((await assistant.raw('POST', `/cases/${caseId}/photos`, form)).status).toBe(201);
  }
  expect((await assistant.post(`/cases/${caseId}/agreement`, { allocation: { A: 'FULL', B: 'NONE' } })).status).toBe(
    200,
  );
  for (const [party, name, phone] of [
    ['A', '张三', '13800000001'],
    ['B', '李四', '13800000002'],
  ] as const) {
    const signed = await assistant.post(`/cases/${caseId}/parties/${party}/confirmation`, {
      method: 'SIGNATURE',
      name,
      phone,
    });
    expect(signed.status).toBe(200);
  }
  const view = await eventually(async () => {
    const reply = await assistant.get<CaseReply & { photos: { photoId: string }[] }>(`/cases/${caseId}`);
    expect(reply.body.claims).toHaveLength(2);
    return reply.body;
  });
  const claims = Object.fromEntries(view.claims.map((claim) => [claim.party, claim.claimId])) as ClaimsByParty;
  return { caseId, photoIds: view.photos.map((photo) => photo.photoId), claims, payouts: [] };
}
