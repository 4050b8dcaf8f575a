import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sceneJpeg } from '@quickclaim/testing';
import {
  Client,
  eventually,
  makeJpeg,
  partyBInput,
  partyInput,
  reportBody,
  serverForSuite,
  startServer,
} from './harness';
import {
  acceptedByBoth,
  agreed,
  agreedAndAssessed,
  assessedAndAccepted,
  AT_THE_SCENE,
  type ClaimsByParty,
  claimsOf,
  closed,
  decidedByPolice,
  reportedAndJoined,
  requiredPhotos,
  settlementLines,
  signIn,
  THE_CAST,
} from './story';

interface CaseReply {
  status: string;
  claims: { claimId: string; party: string; status: string }[];
}
interface ClaimReply {
  claimId: string;
  status: string;
  settlement?: {
    rule: string;
    straightThrough: boolean;
    lines: { payer: string; coverage: string; amountFen: number }[];
  };
  payouts: { payoutId: string; payer: string; amountFen: number; status: string; attempts: number }[];
}

let seed = 500;

describe('claims and money over HTTP (embedded default)', () => {
  let driverA: Client;
  let driverB: Client;
  let officer: Client;
  let picc: Client;
  let cpic: Client;
  let plate = 100;

  const server = serverForSuite({ env: { SIMULATED_PAYOUT_DELAY_MS: '0' } }, async (started) => {
    ({ driverA, driverB, officer, picc, cpic } = await signIn(started, THE_CAST));
  });

  /** A reported and joined case; A is insured by PICC, B by CPIC; plates unique per case. */
  async function joinedCase(): Promise<string> {
    plate += 1;
    const { caseId } = await reportedAndJoined(driverA, driverB, {
      report: reportBody({ party: partyInput({ plate: `渝A9${String(plate).padStart(4, '0')}` }) }),
      partyB: { ...partyBInput(), plate: `渝B9${String(plate).padStart(4, '0')}` },
    });
    return caseId;
  }

  const claimsOfSettling = (caseId: string) => claimsOf(driverA, caseId, 'SETTLING');

  const assessAndAccept = (claims: ClaimsByParty, lossA: number, lossB: number) =>
    assessedAndAccepted(claims, {
      A: { adjuster: picc, claimant: driverA, lossFen: lossA },
      B: { adjuster: cpic, claimant: driverB, lossFen: lossB },
    });

  it('settles A FULL / B NONE exactly as the domain example, pays straight through, and closes the case', async () => {
    const caseId = await joinedCase();
    await agreed(driverA, driverB, caseId);
    const claims = await claimsOfSettling(caseId);
    expect((await driverB.get<ClaimReply>(`/claims/${claims.A}`)).status).toBe(404);
    await assessAndAccept(claims, 300_000, 500_000);

    const claimB = await eventually(async () => {
      const reply = await driverB.get<ClaimReply>(`/claims/${claims.B}`);
      expect(reply.body.status).toBe('CLOSED');
      return reply.body;
    });
    expect(settlementLines(claimB)).toEqual([
      ['PICC', 'COMPULSORY', 200_000],
      ['PICC', 'THIRD_PARTY', 300_000],
    ]);
    expect(claimB.settlement?.straightThrough).toBe(true);
    const claimA = (await driverA.get<ClaimReply>(`/claims/${claims.A}`)).body;
    expect(settlementLines(claimA)).toEqual([
      ['CPIC', 'COMPULSORY', 10_000],
      ['PICC', 'OWN_DAMAGE', 290_000],
    ]);
    await eventually(async () => expect((await driverA.get<CaseReply>(`/cases/${caseId}`)).body.status).toBe('CLOSED'));
    const ledger = await picc.get<{ items: { claimId: string; amountFen: number; status: string }[] }>(
      '/insurer/payouts?status=PAID',
    );
    expect(
      ledger.body.items
        .filter((payout) => [claims.A, claims.B].includes(payout.claimId))
        .map((payout) => payout.amountFen)
        .sort(),
    ).toEqual([290_000, 500_000]);
  });

  it('pays an EQUAL case with losses of at most 200 000 by mutual self-pay', async () => {
    const caseId = await joinedCase();
    expect(await requiredPhotos(driverA, caseId, () => sceneJpeg((seed += 1), AT_THE_SCENE))).toEqual([[], [], []]);
    await decidedByPolice(driverA, officer, caseId, {
      allocation: { A: 'EQUAL', B: 'EQUAL' },
      reasoning: 'both changed lanes',
    });
    await acceptedByBoth(driverA, driverB, caseId);
    const claims = await claimsOfSettling(caseId);
    await assessAndAccept(claims, 150_000, 200_000);
    const claimA = await eventually(async () => {
      const reply = await driverA.get<ClaimReply>(`/claims/${claims.A}`);
      expect(reply.body.status).toBe('CLOSED');
      return reply.body;
    });
    expect(claimA.settlement?.rule).toBe('MUTUAL_SELF_PAY');
    expect(settlementLines(claimA)).toEqual([['PICC', 'MUTUAL_SELF_PAY', 150_000]]);
    const claimB = (await driverB.get<ClaimReply>(`/claims/${claims.B}`)).body;
    expect(settlementLines(claimB)).toEqual([['CPIC', 'MUTUAL_SELF_PAY', 200_000]]);
  });

  it('holds a flagged case for the adjuster’s approval, then pays', async () => {
    const caseId = await joinedCase();
    await driverA.upload(`/cases/${caseId}/photos`, 'SCENE', await makeJpeg());
    await agreed(driverA, driverB, caseId, { A: 'NONE', B: 'FULL' });
    const claims = await claimsOfSettling(caseId);
    await assessAndAccept(claims, 80_000, 60_000);
    const waiting = await eventually(async () => {
      const reply = await driverA.get<ClaimReply & { flags: string[] }>(`/claims/${claims.A}`);
      expect(reply.body.settlement?.straightThrough).toBe(false);
      return reply.body;
    });
    // Issue 13: the driver is told the payout waits for approval, not that a flag holds it.
    expect(waiting).toMatchObject({
      status: 'ACCEPTED',
      flags: [],
      payouts: [],
      hold: { reason: 'AWAITING_APPROVAL' },
    });
    expect((await picc.get<ClaimReply & { flags: string[] }>(`/claims/${claims.A}`)).body).toMatchObject({
      flags: ['NO_EXIF'],
      hold: { reason: 'FLAGGED_FOR_REVIEW' },
    });
    expect((await cpic.post(`/claims/${claims.A}/approval`)).status).toBe(404);
    expect((await picc.post(`/claims/${claims.A}/approval`)).status).toBe(200);
    await eventually(async () =>
      expect((await driverA.get<ClaimReply>(`/claims/${claims.A}`)).body.status).toBe('CLOSED'),
    );
    const queue = await picc.get<{ items: { claimId: string }[] }>('/insurer/claims?status=ACCEPTED');
    expect(queue.body.items.map((item) => item.claimId)).not.toContain(claims.A);
  });

  it('accepts an assessment the claimant leaves unanswered for 3 days', async () => {
    const caseId = await joinedCase();
    await agreed(driverA, driverB, caseId);
    const claims = await claimsOfSettling(caseId);
    await cpic.post(`/claims/${claims.B}/assessment`, { lineItems: [{ description: 'mirror', amountFen: 40_000 }] });
    const { ResponsePeriodSweeper } = await import('@quickclaim/processes');
    const sweeper = server.app.get(ResponsePeriodSweeper, { strict: false });
    await sweeper.sweep();
    expect((await driverB.get<ClaimReply>(`/claims/${claims.B}`)).body.status).toBe('ASSESSED');
    server.clock.advanceMinutes(3 * 24 * 60);
    try {
      await sweeper.sweep();
      expect((await driverB.get<ClaimReply>(`/claims/${claims.B}`)).body.status).toBe('ACCEPTED');
    } finally {
      server.clock.set('2026-11-22T08:00:00.000Z');
    }
  });

  it('lets an insurer without Kafka confirm a payout by HTTP, only its own', async () => {
    const manual = await startServer({ env: { PAYMENT_GATEWAY: 'none' } });
    try {
      const cast = await signIn(manual, THE_CAST);
      const { picc: picc2, cpic: cpic2 } = cast;
      const claimB = (await agreedAndAssessed(cast)).claims.B;
      const payout = await eventually(async () => {
        const reply = await picc2.get<{
          items: { payoutId: string; claimId: string; status: string; amountFen: number }[];
        }>('/insurer/payouts?status=REQUESTED');
        const found = reply.body.items.find((item) => item.claimId === claimB);
        expect(found).toBeDefined();
        return found!;
      });
      expect(payout.amountFen).toBe(50_000);
      expect(
        (await cpic2.post(`/insurer/payouts/${payout.payoutId}/result`, { status: 'PAID', reference: 'x' })).status,
      ).toBe(404);
      const paid = await picc2.post(`/insurer/payouts/${payout.payoutId}/result`, {
        status: 'PAID',
        reference: 'BANK-1',
      });
      expect(paid.body).toMatchObject({ status: 'PAID', claimStatus: 'CLOSED' });
      expect(
        (await picc2.post(`/insurer/payouts/${payout.payoutId}/result`, { status: 'FAILED', reason: 'oops' })).body,
      ).toMatchObject({
        status: 409,
        code: 'PAYOUT_ALREADY_PAID',
      });
    } finally {
      await manual.close();
    }
  });
});

describe('claims process robustness', () => {
  it('retries a failed payout, then pays it', async () => {
    const server = await startServer({
      env: { SIMULATED_PAYOUT_DELAY_MS: '0', SIMULATED_PAYOUT_FAIL_FIRST_ATTEMPTS: '1' },
    });
    try {
      const cast = await signIn(server, THE_CAST);
      const claimB = (await agreedAndAssessed(cast)).claims.B;
      const paid = await eventually(async () => {
        const reply = await cast.driverB.get<ClaimReply>(`/claims/${claimB}`);
        expect(reply.body.status).toBe('CLOSED');
        return reply.body;
      });
      expect(paid.payouts).toEqual([
        expect.objectContaining({ payer: 'PICC', status: 'PAID', attempts: 2, amountFen: 50_000 }),
      ]);
    } finally {
      await server.close();
    }
  });

  it('issues no second claim, settlement or payout when the process replays every event', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qc-claims-replay-'));
    const first = await startServer({ dataDir, env: { SIMULATED_PAYOUT_DELAY_MS: '0' } });
    const cast = await signIn(first, THE_CAST);
    const a = cast.driverA;
    const { caseId } = await agreedAndAssessed(cast);
    await closed(a, caseId);
    const health = async (client: Client) =>
      (await client.get<{ checks: { projections: { position: number } } }>('/health')).body;
    const headBefore = (await health(a)).checks.projections.position;
    await first.close();

    const checkpoint = join(dataDir, 'checkpoints', 'claims-process.json');
    expect(existsSync(checkpoint)).toBe(true);
    for (let round = 0; round < 2; round += 1) {
      rmSync(checkpoint);
      const again = await startServer({ dataDir, env: { SIMULATED_PAYOUT_DELAY_MS: '0' } });
      try {
        await eventually(async () =>
          expect((JSON.parse(readFileSync(checkpoint, 'utf8')) as { position: number }).position).toBe(headBefore),
        );
        const client = new Client(again.baseUrl, a.token);
        expect((await health(client)).checks.projections.position).toBe(headBefore);
        expect((await client.get<CaseReply>(`/cases/${caseId}`)).body.claims.map((claim) => claim.status)).toEqual([
          'CLOSED',
          'CLOSED',
        ]);
      } finally {
        await again.close();
      }
    }
  });
});
