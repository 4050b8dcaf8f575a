import { ResponsePeriodSweeper } from '@quickclaim/processes';
import { eventually, serverForSuite, T0 } from './harness';
import {
  agreed,
  asAdjuster,
  asDriver,
  asOfficer,
  assess,
  caseReadyForPolice,
  claimWhen,
  claimsOf,
  closed,
  decidedByPolice,
  joinedCase,
  settlementLines,
  signIn,
  type Party,
} from './story';

/**
 * Issue 15.2, online mediation, over HTTP: a review disputed again, or an assessment rejected
 * twice, goes to a mediator of the district's people's mediation committee instead of offline; the
 * settlement both parties sign is paid as any other; a failed mediation ends the online path.
 */

const COMMITTEE = 'yuzhong-insurance-mediation';
const MEDIATION_CAST = {
  driverA: asDriver('driver-a'),
  driverB: asDriver('driver-b'),
  officer: asOfficer('officer-1'),
  reviewer: asOfficer('officer-2'),
  picc: asAdjuster('adjuster-picc', 'PICC'),
  cpic: asAdjuster('adjuster-cpic', 'CPIC'),
  mediator: { sub: 'mediator-1', role: 'mediator', committee: COMMITTEE },
  elsewhere: { sub: 'mediator-9', role: 'mediator', committee: 'jiangbei-insurance-mediation' },
};

interface MediationReply {
  mediationId: string;
  kind: string;
  status: string;
  caseId: string;
  claimId?: string;
  mediatorId: string | null;
  signedBy: Party[];
  proposal: { totalFen: number } | null;
  failure: { cause: string; reason: string } | null;
}

jest.setTimeout(60_000);

describe('online mediation (issue 15.2)', () => {
  const server = serverForSuite({ env: { SIMULATED_PAYOUT_DELAY_MS: '0' } });
  let cast: Awaited<ReturnType<typeof signIn<keyof typeof MEDIATION_CAST>>>;

  beforeAll(async () => {
    cast = await signIn(server, MEDIATION_CAST);
  });

  /** A reported, decided A FULL, disputed by A, reviewed A MAJOR / B MINOR by another officer. */
  async function reviewedCase(): Promise<string> {
    const { driverA, officer, reviewer } = cast;
    const caseId = await caseReadyForPolice(driverA, cast.driverB);
    await decidedByPolice(driverA, officer, caseId, { allocation: { A: 'FULL', B: 'NONE' }, reasoning: 'A reversed' });
    expect((await driverA.post(`/cases/${caseId}/liability/dispute`, { reason: 'B was speeding' })).status).toBe(200);
    expect((await reviewer.post(`/cases/${caseId}/assignment`)).status).toBe(200);
    const review = await reviewer.post(`/cases/${caseId}/liability/decision`, {
      allocation: { A: 'MAJOR', B: 'MINOR' },
      reasoning: 'A reversed, B was too fast',
    });
    expect(review.status).toBe(200);
    return caseId;
  }

  /** The mediation as the mediator's queue shows it, once the mediation process opened it. */
  async function inTheQueue(mediationId: string): Promise<MediationReply> {
    return eventually(async () => {
      const queue = await cast.mediator.get<{ items: MediationReply[] }>('/mediator/mediations');
      const found = queue.body.items.find((item) => item.mediationId === mediationId);
      expect(found).toBeDefined();
      return found!;
    });
  }

  it('mediates a review disputed again: both parties sign, and the agreed amounts are settled and paid', async () => {
    const { driverA, driverB, mediator, elsewhere, picc, cpic } = cast;
    const caseId = await reviewedCase();
    const asked = await driverB.post<{ status: string; mediationId: string }>(`/cases/${caseId}/mediation`, {
      reason: 'I was not too fast',
    });
    expect(asked.status).toBe(200);
    expect(asked.body.status).toBe('IN_MEDIATION');
    const { mediationId } = asked.body;
    expect((await driverA.post(`/cases/${caseId}/mediation`, { reason: 'me too' })).body).toMatchObject({
      status: 409,
      code: 'INVALID_CASE_STATUS',
    });

    expect(await inTheQueue(mediationId)).toMatchObject({ kind: 'LIABILITY', status: 'REQUESTED', caseId });
    // The other party finds the mediation on the case.
    expect((await driverA.get(`/cases/${caseId}`)).body).toMatchObject({ mediations: [{ mediationId }] });
    // The committee's mediators see the case with its photos and decisions; another committee's do not.
    const seen = await mediator.get<{
      photos: unknown[];
      decision: { basis: string };
      disputedDecision: { decidedBy: string; reasoning: string; disputes: { reason: string }[] } | null;
    }>(`/cases/${caseId}`);
    expect(seen.status).toBe(200);
    expect(seen.body.photos).toHaveLength(3);
    expect(seen.body.decision.basis).toBe('REVIEW');
    // What the parties disputed before the review: the first decision, as the reviewing officer read it.
    expect(seen.body.disputedDecision).toMatchObject({
      decidedBy: 'officer-1',
      reasoning: 'A reversed',
      disputes: [{ reason: 'B was speeding' }],
    });
    expect((await elsewhere.get(`/cases/${caseId}`)).status).toBe(404);
    expect((await elsewhere.get(`/mediations/${mediationId}`)).status).toBe(404);
    expect((await elsewhere.post(`/mediations/${mediationId}/take`)).status).toBe(404);

    expect((await mediator.post(`/mediations/${mediationId}/take`)).body).toMatchObject({ status: 'ASSIGNED' });
    const badLines = await mediator.post(`/mediations/${mediationId}/proposal`, {
      vehicles: [{ party: 'B', lines: [{ payerParty: 'B', coverage: 'THIRD_PARTY', amountFen: 100 }] }],
    });
    expect(badLines.body).toMatchObject({ status: 400, code: 'INVALID_MEDIATED_SETTLEMENT' });
    const proposal = await mediator.post(`/mediations/${mediationId}/proposal`, {
      vehicles: [
        {
          party: 'B',
          lines: [
            { payerParty: 'A', coverage: 'COMPULSORY', amountFen: 200_000 },
            { payerParty: 'A', coverage: 'THIRD_PARTY', amountFen: 100_000 },
          ],
        },
        {
          party: 'A',
          lines: [
            { payerParty: 'B', coverage: 'COMPULSORY', amountFen: 50_000 },
            { payerParty: 'A', coverage: 'OWN_DAMAGE', amountFen: 30_000 },
          ],
        },
      ],
      note: '双方同意按此赔付',
    });
    expect(proposal.body).toMatchObject({ status: 'PROPOSED' });
    expect((await driverA.get<MediationReply>(`/mediations/${mediationId}`)).body).toMatchObject({
      status: 'PROPOSED',
      proposal: { totalFen: 380_000 },
      signedBy: [],
    });

    expect((await driverA.post(`/mediations/${mediationId}/sign`)).body).toMatchObject({ status: 'PROPOSED' });
    expect((await driverA.post(`/mediations/${mediationId}/sign`)).body).toMatchObject({
      status: 409,
      code: 'MEDIATION_ALREADY_SIGNED',
    });
    expect((await driverB.post(`/mediations/${mediationId}/sign`)).body).toMatchObject({ status: 'AGREED' });

    // The review's allocation stays the record; the claims are settled by the agreed lines, approved and paid.
    const claims = await claimsOf(driverA, caseId, 'SETTLING');
    const view = await driverA.get<{ liability: { basis: string; allocation: Record<Party, string> } }>(
      `/cases/${caseId}`,
    );
    expect(view.body.liability).toMatchObject({ basis: 'REVIEW', allocation: { A: 'MAJOR', B: 'MINOR' } });
    const ofB = await claimWhen<{
      status: string;
      settlement: { rule: string; lines: { payer: string; coverage: string; amountFen: number }[] };
    }>(driverB, claims.B, 'ACCEPTED');
    expect(ofB.settlement.rule).toBe('MEDIATED');
    expect(settlementLines(ofB)).toEqual([
      ['PICC', 'COMPULSORY', 200_000],
      ['PICC', 'THIRD_PARTY', 100_000],
    ]);
    // Photos without EXIF flagged the case: each settlement waits for its handling insurer, as any other.
    expect((await picc.post(`/claims/${claims.A}/approval`)).status).toBe(200);
    expect((await cpic.post(`/claims/${claims.B}/approval`)).status).toBe(200);
    const paidB = await claimWhen<{ status: string; payouts: { payer: string; amountFen: number; status: string }[] }>(
      driverB,
      claims.B,
      'CLOSED',
    );
    expect(paidB.payouts).toEqual([expect.objectContaining({ payer: 'PICC', amountFen: 300_000, status: 'PAID' })]);
    const paidA = await claimWhen<{ status: string; payouts: { payer: string; amountFen: number }[] }>(
      driverA,
      claims.A,
      'CLOSED',
    );
    expect(paidA.payouts.map(({ payer, amountFen }) => [payer, amountFen]).sort()).toEqual([
      ['CPIC', 50_000],
      ['PICC', 30_000],
    ]);
    await closed(driverA, caseId);
  });

  it('ends the online path with its record when a party refuses the settlement', async () => {
    const { driverA, driverB, mediator } = cast;
    const caseId = await reviewedCase();
    const { mediationId } = (
      await driverA.post<{ mediationId: string }>(`/cases/${caseId}/mediation`, {
        reason: 'A MAJOR is too much',
      })
    ).body;
    await inTheQueue(mediationId);
    expect((await mediator.post(`/mediations/${mediationId}/take`)).status).toBe(200);
    expect(
      (
        await mediator.post(`/mediations/${mediationId}/proposal`, {
          vehicles: [{ party: 'B', lines: [{ payerParty: 'A', coverage: 'COMPULSORY', amountFen: 90_000 }] }],
        })
      ).status,
    ).toBe(200);
    expect((await driverB.post(`/mediations/${mediationId}/refusal`, { reason: '金额太低' })).body).toMatchObject({
      status: 'FAILED',
    });
    const offline = await eventually(async () => {
      const reply = await driverA.get<{
        status: string;
        referral: { reason: string; kind: string; mediationId?: string } | null;
      }>(`/cases/${caseId}`);
      expect(reply.body.status).toBe('REFERRED_OFFLINE');
      return reply.body;
    });
    expect(offline.referral).toMatchObject({ kind: 'MEDIATION_FAILED', mediationId });
    expect(offline.referral?.reason).toContain('The mediation failed');
    expect((await driverA.get<MediationReply>(`/mediations/${mediationId}`)).body).toMatchObject({
      status: 'FAILED',
      failure: { cause: 'PARTY_REFUSED', reason: '金额太低' },
      proposal: { totalFen: 90_000 },
    });
  });

  it('mediates an assessment rejected twice; the agreed loss is paid straight through', async () => {
    const { driverA, driverB, mediator, cpic, picc } = cast;
    // Plates of their own: no repeat flag holds the settlements for an adjuster.
    const caseId = await joinedCase(driverA, driverB, '71');
    await agreed(driverA, driverB, caseId);
    const claims = await claimsOf(driverA, caseId);
    await assess(picc, claims.A, 5_000);
    expect((await driverA.post(`/claims/${claims.A}/assessment/accept`)).status).toBe(200);
    await assess(cpic, claims.B, 50_000);
    expect((await driverB.post(`/claims/${claims.B}/assessment/reject`, { reason: 'the door too' })).status).toBe(200);
    expect((await driverB.post(`/claims/${claims.B}/mediation`, { reason: 'still too low' })).body).toMatchObject({
      status: 422,
      code: 'MEDIATION_NEEDS_TWO_REJECTIONS',
    });
    await assess(cpic, claims.B, 60_000);
    expect((await driverB.post(`/claims/${claims.B}/assessment/reject`, { reason: 'still too low' })).status).toBe(200);
    const asked = await driverB.post<{ status: string; mediationId: string }>(`/claims/${claims.B}/mediation`, {
      reason: 'The garage quotes 280 000 fen',
    });
    expect(asked.body).toMatchObject({ status: 'IN_MEDIATION' });
    const { mediationId } = asked.body;
    expect(await inTheQueue(mediationId)).toMatchObject({
      kind: 'ASSESSMENT',
      claimId: claims.B,
      caseId,
      // The mediator reads both assessments and why the claimant rejected them.
      assessments: [
        { totalFen: 50_000, rejection: { reason: 'the door too' } },
        { totalFen: 60_000, rejection: { reason: 'still too low' } },
      ],
    });
    // The claim's case is the mediator's to see once its mediation is recorded there.
    await eventually(async () => expect((await mediator.get(`/cases/${caseId}`)).status).toBe(200));

    expect((await mediator.post(`/mediations/${mediationId}/take`)).status).toBe(200);
    expect(
      (
        await mediator.post(`/mediations/${mediationId}/proposal`, {
          vehicles: [
            {
              party: 'B',
              lines: [
                { payerParty: 'A', coverage: 'COMPULSORY', amountFen: 200_000 },
                { payerParty: 'A', coverage: 'THIRD_PARTY', amountFen: 80_000 },
              ],
            },
          ],
        })
      ).status,
    ).toBe(200);
    expect((await driverB.post(`/mediations/${mediationId}/sign`)).status).toBe(200);
    expect((await driverA.post(`/mediations/${mediationId}/sign`)).body).toMatchObject({ status: 'AGREED' });

    const paid = await claimWhen<{
      status: string;
      settlement: { rule: string };
      payouts: { payer: string; amountFen: number; status: string }[];
    }>(driverB, claims.B, 'CLOSED');
    expect(paid.settlement.rule).toBe('MEDIATED');
    expect(paid.payouts).toEqual([expect.objectContaining({ payer: 'PICC', amountFen: 280_000, status: 'PAID' })]);
    await closed(driverA, caseId);
  });

  it('fails a mediation nobody took within 3 days: the claim goes offline with its record', async () => {
    const { driverA, driverB, cpic, picc } = cast;
    const caseId = await joinedCase(driverA, driverB, '72');
    await agreed(driverA, driverB, caseId);
    const claims = await claimsOf(driverA, caseId);
    await assess(picc, claims.A, 5_000);
    expect((await driverA.post(`/claims/${claims.A}/assessment/accept`)).status).toBe(200);
    for (const amountFen of [40_000, 45_000]) {
      await assess(cpic, claims.B, amountFen);
      expect((await driverB.post(`/claims/${claims.B}/assessment/reject`, { reason: 'too low' })).status).toBe(200);
    }
    const { mediationId } = (
      await driverB.post<{ mediationId: string }>(`/claims/${claims.B}/mediation`, { reason: 'too low' })
    ).body;
    await inTheQueue(mediationId);
    const sweeper = server.app.get(ResponsePeriodSweeper, { strict: false });
    try {
      server.clock.advanceMinutes(3 * 24 * 60);
      expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
    } finally {
      server.clock.set(T0);
    }
    const offline = await claimWhen<{ status: string }>(driverB, claims.B, 'REFERRED_OFFLINE');
    expect(offline.status).toBe('REFERRED_OFFLINE');
    expect((await driverB.get<MediationReply>(`/mediations/${mediationId}`)).body).toMatchObject({
      status: 'FAILED',
      failure: { cause: 'DEADLINE_PASSED' },
    });
    // A's claim was paid; B's continues offline: nothing more happens to the case online.
    await closed(driverA, caseId);
  });
});
