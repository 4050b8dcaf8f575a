import { sceneJpeg } from '@quickclaim/testing';
import { Client, eventually, makeJpeg, serverForSuite } from './harness';
import {
  acceptedByBoth,
  agreed,
  assess,
  AT_THE_SCENE,
  type CaseReply,
  claimsOf,
  claimWhen,
  decidedByPolice,
  joinedCase,
  requiredPhotos,
  settlementLines,
  signIn,
  THE_CAST,
} from './story';
import { EventReader } from './server-sent-events';

interface ClaimReply {
  claimId: string;
  status: string;
  flags: string[];
  hold: { reason: string; since: string } | null;
  assessment?: { totalFen: number; note?: string };
  assessments: { round: number; note?: string; rejection?: { reason: string } }[];
  rejections: { round: number; reason: string; rejectedAt: string }[];
  settlement?: {
    rule: string;
    straightThrough: boolean;
    lines: { payer: string; coverage: string; amountFen: number }[];
  };
  investigation?: { note: string };
  decline?: { reason: string; declinedBy: string };
  payouts: { amountFen: number; status: string }[];
}

let seed = 900;

describe('claims settled one by one, and held settlements reviewed (issue 13, claims side)', () => {
  let driverA: Client;
  let driverB: Client;
  let picc: Client;
  let cpic: Client;
  let officer: Client;

  serverForSuite({ env: { SIMULATED_PAYOUT_DELAY_MS: '0' } }, async (started) => {
    ({ driverA, driverB, picc, cpic, officer } = await signIn(started, THE_CAST));
  });

  /** A flagged case (a photo without EXIF) with final liability A FULL / B NONE and both claims open. */
  async function flaggedCase(prefix: string) {
    const caseId = await joinedCase(driverA, driverB, prefix);
    // The driver is not shown the flag (issue 13); the adjusters see it on the claims below.
    expect((await driverA.upload(`/cases/${caseId}/photos`, 'SCENE', await makeJpeg())).body).toMatchObject({
      flags: [],
    });
    await agreed(driverA, driverB, caseId, { A: 'FULL', B: 'NONE' });
    return { caseId, claims: await claimsOf(driverA, caseId) };
  }

  it('pays B (NONE) before A’s car is even assessed, and closes the case once A is paid too', async () => {
    const caseId = await joinedCase(driverA, driverB, '31');
    await agreed(driverA, driverB, caseId, { A: 'FULL', B: 'NONE' });
    const claims = await claimsOf(driverA, caseId);
    await assess(cpic, claims.B, 500_000);
    expect((await driverB.post(`/claims/${claims.B}/assessment/accept`)).status).toBe(200);

    const paidB = await claimWhen<ClaimReply>(driverB, claims.B, 'CLOSED');
    expect(settlementLines(paidB)).toEqual([
      ['PICC', 'COMPULSORY', 200_000],
      ['PICC', 'THIRD_PARTY', 300_000],
    ]);
    expect((await driverA.get<ClaimReply>(`/claims/${claims.A}`)).body).toMatchObject({ status: 'OPEN', hold: null });
    expect((await driverA.get<CaseReply>(`/cases/${caseId}`)).body.status).toBe('SETTLING');

    await assess(picc, claims.A, 300_000);
    expect((await driverA.post(`/claims/${claims.A}/assessment/accept`)).status).toBe(200);
    const paidA = await claimWhen<ClaimReply>(driverA, claims.A, 'CLOSED');
    expect(settlementLines(paidA)).toEqual([
      ['CPIC', 'COMPULSORY', 10_000],
      ['PICC', 'OWN_DAMAGE', 290_000],
    ]);
    await eventually(async () => expect((await driverA.get<CaseReply>(`/cases/${caseId}`)).body.status).toBe('CLOSED'));
  });

  it('waits for both assessments while mutual self-pay may apply, and tells the first claimant why', async () => {
    const caseId = await joinedCase(driverA, driverB, '32');
    expect(await requiredPhotos(driverA, caseId, () => sceneJpeg((seed += 1), AT_THE_SCENE))).toEqual([[], [], []]);
    await decidedByPolice(driverA, officer, caseId, {
      allocation: { A: 'EQUAL', B: 'EQUAL' },
      reasoning: 'both changed lanes',
    });
    await acceptedByBoth(driverA, driverB, caseId);
    const claims = await claimsOf(driverA, caseId);
    await assess(picc, claims.A, 150_000);
    expect((await driverA.post(`/claims/${claims.A}/assessment/accept`)).status).toBe(200);
    const waiting = (await driverA.get<ClaimReply>(`/claims/${claims.A}`)).body;
    expect(waiting).toMatchObject({ status: 'ACCEPTED', hold: { reason: 'AWAITING_SETTLEMENT' } });
    expect(waiting.settlement).toBeUndefined();

    await assess(cpic, claims.B, 120_000);
    expect((await driverB.post(`/claims/${claims.B}/assessment/accept`)).status).toBe(200);
    const paidA = await claimWhen<ClaimReply>(driverA, claims.A, 'CLOSED');
    expect(paidA.settlement?.rule).toBe('MUTUAL_SELF_PAY');
    expect((await claimWhen<ClaimReply>(driverB, claims.B, 'CLOSED')).settlement?.rule).toBe('MUTUAL_SELF_PAY');
  });

  it('shows the adjuster the claimant’s rejection reason and the adjuster’s own note; the claimant sees no note', async () => {
    const caseId = await joinedCase(driverA, driverB, '33');
    await agreed(driverA, driverB, caseId, { A: 'FULL', B: 'NONE' });
    const claims = await claimsOf(driverA, caseId);
    await assess(cpic, claims.B, 200_000, 'rear bumper only; the lamp was cracked before');
    expect(
      (await driverB.post(`/claims/${claims.B}/assessment/reject`, { reason: 'the lamp broke in this accident' }))
        .status,
    ).toBe(200);

    const seenByAdjuster = (await cpic.get<ClaimReply>(`/claims/${claims.B}`)).body;
    expect(seenByAdjuster).toMatchObject({ status: 'ASSESSMENT_REJECTED' });
    expect(seenByAdjuster.rejections).toEqual([
      { round: 1, reason: 'the lamp broke in this accident', rejectedAt: expect.any(String) },
    ]);
    expect(seenByAdjuster.assessments).toEqual([
      expect.objectContaining({
        round: 1,
        note: 'rear bumper only; the lamp was cracked before',
        rejection: expect.objectContaining({ reason: 'the lamp broke in this accident' }),
      }),
    ]);
    const listed = await cpic.get<{ items: ClaimReply[] }>('/insurer/claims?status=ASSESSMENT_REJECTED');
    expect(listed.body.items.find((item) => item.claimId === claims.B)?.rejections).toHaveLength(1);

    const seenByClaimant = (await driverB.get<ClaimReply>(`/claims/${claims.B}`)).body;
    expect(seenByClaimant.rejections).toHaveLength(1);
    expect(JSON.stringify(seenByClaimant)).not.toContain('cracked before');
  });

  it('sends a flagged claim for investigation, then approves it: it is paid', async () => {
    const { claims } = await flaggedCase('34');
    await assess(cpic, claims.B, 80_000);
    await driverB.post(`/claims/${claims.B}/assessment/accept`);
    const held = await eventually(async () => {
      const reply = await cpic.get<ClaimReply>(`/claims/${claims.B}`);
      expect(reply.body.hold?.reason).toBe('FLAGGED_FOR_REVIEW');
      return reply.body;
    });
    expect(held.flags).toContain('NO_EXIF');
    const toClaimant = (await driverB.get<ClaimReply>(`/claims/${claims.B}`)).body;
    expect(toClaimant).toMatchObject({ flags: [], hold: { reason: 'AWAITING_APPROVAL', since: held.hold!.since } });

    expect((await picc.post(`/claims/${claims.B}/investigation`, { note: 'who took these photos?' })).status).toBe(404);
    expect((await cpic.post(`/claims/${claims.B}/investigation`, { note: ' ' })).body).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    const investigated = await cpic.post(`/claims/${claims.B}/investigation`, { note: 'who took these photos?' });
    expect(investigated.body).toEqual({ claimId: claims.B, status: 'UNDER_INVESTIGATION' });
    expect((await driverB.get<ClaimReply>(`/claims/${claims.B}`)).body).toMatchObject({
      status: 'UNDER_INVESTIGATION',
      hold: { reason: 'UNDER_INVESTIGATION' },
    });
    expect((await driverB.get<ClaimReply>(`/claims/${claims.B}`)).body.investigation).toBeUndefined();
    expect((await cpic.get<ClaimReply>(`/claims/${claims.B}`)).body.investigation?.note).toBe('who took these photos?');

    expect((await cpic.post(`/claims/${claims.B}/approval`)).status).toBe(200);
    const paid = await claimWhen<ClaimReply>(driverB, claims.B, 'CLOSED');
    expect(paid.payouts).toEqual([expect.objectContaining({ amountFen: 80_000, status: 'PAID' })]);
  });

  it('declines a flagged claim with a reason: the claimant is told, nothing is paid, the case closes once the other is paid', async () => {
    const { caseId, claims } = await flaggedCase('35');
    await assess(cpic, claims.B, 90_000);
    await driverB.post(`/claims/${claims.B}/assessment/accept`);
    await assess(picc, claims.A, 40_000);
    await driverA.post(`/claims/${claims.A}/assessment/accept`);
    await eventually(async () =>
      expect((await cpic.get<ClaimReply>(`/claims/${claims.B}`)).body.hold?.reason).toBe('FLAGGED_FOR_REVIEW'),
    );
    const summary = (await driverB.get<CaseReply>(`/cases/${caseId}`)).body.claims;
    expect(summary.find((claim) => claim.party === 'B')?.hold).toMatchObject({ reason: 'AWAITING_APPROVAL' });

    expect((await picc.post(`/claims/${claims.B}/decline`, { reason: 'not ours' })).status).toBe(404);
    const declined = await cpic.post(`/claims/${claims.B}/decline`, { reason: 'the photos show another accident' });
    expect(declined.body).toEqual({ claimId: claims.B, status: 'DECLINED' });
    const told = (await driverB.get<ClaimReply>(`/claims/${claims.B}`)).body;
    expect(told).toMatchObject({
      status: 'DECLINED',
      hold: null,
      payouts: [],
      decline: { reason: 'the photos show another accident', declinedBy: 'adjuster-cpic' },
    });
    expect((await cpic.post(`/claims/${claims.B}/approval`)).body).toMatchObject({
      status: 409,
      code: 'INVALID_CLAIM_STATUS',
    });
    expect((await driverA.get<CaseReply>(`/cases/${caseId}`)).body.status).toBe('SETTLING');

    expect((await picc.post(`/claims/${claims.A}/approval`)).status).toBe(200);
    await claimWhen<ClaimReply>(driverA, claims.A, 'CLOSED');
    const closed = await eventually(async () => {
      const reply = await driverA.get<CaseReply>(`/cases/${caseId}`);
      expect(reply.body.status).toBe('CLOSED');
      return reply.body;
    });
    expect(closed.claims.map((claim) => [claim.party, claim.status])).toEqual([
      ['A', 'CLOSED'],
      ['B', 'DECLINED'],
    ]);
  });

  it('pushes the adjuster’s claims and payouts live whenever they change', async () => {
    const caseId = await joinedCase(driverA, driverB, '36');
    await agreed(driverA, driverB, caseId, { A: 'FULL', B: 'NONE' });
    const claims = await claimsOf(driverA, caseId);
    const claimsFeed = await EventReader.open(cpic, '/insurer/claims/stream');
    const payoutsFeed = await EventReader.open(picc, '/insurer/payouts/stream?status=PAID');
    try {
      expect(claimsFeed.response.headers.get('content-type')).toContain('text/event-stream');
      type Items<T> = { items: T[] };
      const first = await claimsFeed.events.next();
      expect(first.event).toBe('claims');
      const statusOf = (event: { data: unknown }) =>
        (event.data as Items<ClaimReply>).items.find((item) => item.claimId === claims.B)?.status;
      expect(statusOf(first)).toBe('OPEN');
      await payoutsFeed.events.next();

      await assess(cpic, claims.B, 60_000);
      let next = await claimsFeed.events.next();
      while (statusOf(next) !== 'ASSESSED') next = await claimsFeed.events.next();
      expect(Number(next.id)).toBeGreaterThan(Number(first.id));

      await driverB.post(`/claims/${claims.B}/assessment/accept`);
      for (;;) {
        const event = await payoutsFeed.events.next();
        expect(event.event).toBe('payouts');
        const paid = (event.data as Items<{ claimId: string; amountFen: number }>).items.find(
          (item) => item.claimId === claims.B,
        );
        if (paid) {
          expect(paid.amountFen).toBe(60_000);
          break;
        }
      }
    } finally {
      await claimsFeed.events.close();
      await payoutsFeed.events.close();
    }
  });
});
