import { Client, eventually, partyBInput, partyInput, reportBody } from './harness';
import { plateNumber } from '@quickclaim/testing';

/** Steps of a claims story over HTTP that several suites share. */

export interface CaseReply {
  status: string;
  claims: { claimId: string; party: string; status: string; hold: { reason: string; since: string } | null }[];
}

let plate = 0;

/** A case reported by `a` (PICC) and joined by `b` (CPIC), with plates no other case of the run has. */
export async function joinedCase(a: Client, b: Client, prefix: string): Promise<string> {
  plate += 1;
  const { caseId, joinCode } = (
    await a.post<{ caseId: string; joinCode: string }>(
      '/cases',
      reportBody({ party: partyInput({ plate: plateNumber(Number(prefix) * 1000 + plate, 'A') }) }),
    )
  ).body;
  await b.post(`/cases/${caseId}/join`, {
    joinCode,
    party: { ...partyBInput(), plate: plateNumber(Number(prefix) * 1000 + plate, 'B') },
  });
  return caseId;
}

/** The two drivers sign the same allocation: liability is final, the claims open. */
export async function agree(a: Client, b: Client, caseId: string, allocation: { A: string; B: string }): Promise<void> {
  expect((await a.post(`/cases/${caseId}/agreement`, { allocation })).status).toBe(200);
  expect((await b.post(`/cases/${caseId}/agreement/sign`)).status).toBe(200);
}

/** The case's claims by party, once the claims process opened both. */
export async function claimsOf(viewer: Client, caseId: string): Promise<Record<'A' | 'B', string>> {
  const view = await eventually(async () => {
    const reply = await viewer.get<CaseReply>(`/cases/${caseId}`);
    expect(reply.body.claims).toHaveLength(2);
    return reply.body;
  });
  const byParty = Object.fromEntries(view.claims.map((claim) => [claim.party, claim.claimId]));
  return { A: byParty.A!, B: byParty.B! };
}

/** Polls a claim until its status is the one expected, and answers its view. */
export async function claimWhen<T extends { status: string }>(
  viewer: Client,
  claimId: string,
  status: string,
): Promise<T> {
  return eventually(async () => {
    const reply = await viewer.get<T>(`/claims/${claimId}`);
    expect(reply.body.status).toBe(status);
    return reply.body;
  });
}

export async function assess(adjuster: Client, claimId: string, amountFen: number, note?: string): Promise<void> {
  const reply = await adjuster.post(`/claims/${claimId}/assessment`, {
    lineItems: [{ description: 'bodywork', amountFen }],
    ...(note ? { note } : {}),
  });
  expect(reply.status).toBe(200);
}
