import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingPhrases, readPdf } from '@quickclaim/testing';
import {
  Client,
  eventually,
  partyBInput,
  partyInput,
  reportBody,
  startServer,
  type Reply,
  type TestServer,
} from './harness';
import { castOf, settledStory } from './story';

interface CaseReply {
  status: string;
  claims: { claimId: string; party: 'A' | 'B' }[];
}

interface Verification {
  valid: boolean;
  reason?: string;
  checkedAt: string;
  document?: {
    kind: string;
    caseId: string;
    claimId?: string;
    parties: { party: string; plate: string; insurer: string; liability: string }[];
    allocation?: Record<'A' | 'B', string>;
    basis: string;
    decidedBy?: string;
    amounts?: { assessedFen: number; lines: { payer: string; coverage: string; amountFen: number }[]; paidFen: number };
  };
}

/** The verification URL printed on a document, read back from its text (pdf.js wraps long lines). */
function verificationUrlOn(text: string, server: TestServer): string {
  const flat = text.replace(/\s+/g, '');
  const found = /核验网址(https?:\/\/[^/]+)(\/verify\/[a-z]+\/[0-9a-f-]{36}\/[0-9-]+\/[0-9a-f]{64})/.exec(flat);
  if (!found) throw new Error(`no verification URL on the document:\n${text}`);
  expect(found[1]).toBe(server.config.publicUrl);
  return found[2]!;
}

async function download(client: Client, path: string): Promise<{ response: Response; pdf: Buffer }> {
  const response = await client.raw('GET', path);
  return { response, pdf: Buffer.from(await response.arrayBuffer()) };
}

async function downloadPdf(client: Client, path: string): Promise<{ text: string; pdf: Buffer }> {
  const { response, pdf } = await download(client, path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="[a-z]+-[0-9a-f-]{36}\.pdf"$/);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return { text: (await readPdf(pdf)).text, pdf };
}

const problemCode = async (client: Client, path: string) => {
  const reply: Reply<{ code?: string }> = await client.get(path);
  return { status: reply.status, code: reply.body.code };
};

// Each PDF is read back by pdf.js in a child process: seconds, on a busy machine.
jest.setTimeout(30_000);

describe('documents over HTTP: download, parse, verify', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'qc-documents-'));
  let server: TestServer;
  let anonymous: Client;

  beforeAll(async () => {
    server = await startServer({
      dataDir,
      env: { SIMULATED_PAYOUT_DELAY_MS: '0', PUBLIC_URL: 'https://kuaichu.example.cn' },
    });
    anonymous = new Client(server.baseUrl);
  });

  afterAll(async () => {
    await server?.close();
  });

  describe('a case the parties settled by agreement, then its claims paid', () => {
    let driverA: Client;
    let driverB: Client;
    let caseId: string;
    let agreementUrl: string;

    beforeAll(async () => {
      [driverA, driverB] = await Promise.all([
        Client.as(server, { sub: 'doc-driver-a', role: 'driver' }),
        Client.as(server, { sub: 'doc-driver-b', role: 'driver' }),
      ]);
      const reported = await driverA.post<{ caseId: string; joinCode: string }>(
        '/cases',
        reportBody({ party: partyInput({ plate: '渝A50001' }) }),
      );
      caseId = reported.body.caseId;
      const joinCode = reported.body.joinCode;
      expect(
        (await driverB.post(`/cases/${caseId}/join`, { joinCode, party: { ...partyBInput(), plate: '渝B50002' } }))
          .status,
      ).toBe(200);
      expect((await driverB.post(`/cases/${caseId}/circumstances`, { situations: ['S01'] })).status).toBe(200);
      expect((await driverA.post(`/cases/${caseId}/agreement`, { allocation: { A: 'NONE', B: 'FULL' } })).status).toBe(
        200,
      );
    });

    it('has no agreement until both parties signed', async () => {
      expect(await problemCode(driverA, `/cases/${caseId}/documents/agreement.pdf`)).toEqual({
        status: 404,
        code: 'DOCUMENT_NOT_AVAILABLE',
      });
      expect((await driverB.post(`/cases/${caseId}/agreement/sign`)).status).toBe(200);
    });

    it('gives each party the agreement: Chinese text, plates, situations, allocation and the verification URL', async () => {
      const { text } = await downloadPdf(driverB, `/cases/${caseId}/documents/agreement.pdf`);
      expect(
        missingPhrases(text, [
          '道路交通事故自行协商协议书',
          `案件编号 ${caseId}`,
          '事故时间 2026-11-22 15:55:00 (UTC+08:00 Asia/Shanghai)',
          '号牌号码 渝A50001 渝B50002',
          '当事人姓名 张三 李四',
          'S01 同车道行驶中追尾前车',
          '甲方（A） 渝A50001 无责任（NONE）',
          '乙方（B） 渝B50002 全部责任（FULL）',
        ]),
      ).toEqual([]);
      agreementUrl = verificationUrlOn(text, server);
      expect(agreementUrl).toMatch(new RegExp(`^/verify/agreement/${caseId}/\\d+/[0-9a-f]{64}$`));
      const again = await downloadPdf(driverA, `/cases/${caseId}/documents/agreement.pdf`);
      expect(verificationUrlOn(again.text, server)).toBe(agreementUrl);
    });

    it('has no police decision for a case the parties agreed', async () => {
      expect(await problemCode(driverA, `/cases/${caseId}/documents/decision.pdf`)).toEqual({
        status: 404,
        code: 'DOCUMENT_NOT_AVAILABLE',
      });
    });

    it('lets anyone holding the paper verify it, without a token, and learn no one’s name or phone', async () => {
      const reply = await anonymous.get<Verification>(agreementUrl);
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        valid: true,
        document: {
          kind: 'agreement',
          caseId,
          basis: 'AGREEMENT',
          allocation: { A: 'NONE', B: 'FULL' },
          parties: [
            { party: 'A', plate: '渝A50001', liability: 'NONE' },
            { party: 'B', plate: '渝B50002', liability: 'FULL' },
          ],
        },
      });
      const body = JSON.stringify(reply.body);
      for (const personal of ['张三', '李四', '13800000001', '13800000002', '110101199001011234', 'PICC-2026-0001']) {
        expect(body).not.toContain(personal);
      }
      const forged = agreementUrl.replace(/[0-9a-f]{64}$/, 'e'.repeat(64));
      expect((await anonymous.get<Verification>(forged)).body).toMatchObject({ valid: false, reason: 'NO_MATCH' });
      expect(await problemCode(anonymous, `/verify/agreement/${caseId}/x/${'e'.repeat(64)}`)).toEqual({
        status: 404,
        code: 'DOCUMENT_NOT_FOUND',
      });
    });

    it('keeps the document from everyone else', async () => {
      const stranger = await Client.as(server, { sub: 'doc-stranger', role: 'driver' });
      const adjuster = await Client.as(server, { sub: 'doc-adjuster', role: 'adjuster', insurer: 'PICC' });
      expect(await problemCode(stranger, `/cases/${caseId}/documents/agreement.pdf`)).toEqual({
        status: 404,
        code: 'CASE_NOT_FOUND',
      });
      expect((await adjuster.get(`/cases/${caseId}/documents/agreement.pdf`)).status).toBe(403);
      expect((await anonymous.get(`/cases/${caseId}/documents/agreement.pdf`)).status).toBe(401);
    });

    it('issues the settlement once the claim is paid: assessment, lines per payer and coverage, payouts', async () => {
      const picc = await Client.as(server, { sub: 'doc-adjuster-picc', role: 'adjuster', insurer: 'PICC' });
      const view = await eventually(async () => {
        const reply = await driverA.get<CaseReply>(`/cases/${caseId}`);
        expect(reply.body.claims).toHaveLength(2);
        return reply.body;
      });
      const claimA = view.claims.find((claim) => claim.party === 'A')!.claimId;
      expect(await problemCode(driverA, `/claims/${claimA}/documents/settlement.pdf`)).toEqual({
        status: 404,
        code: 'DOCUMENT_NOT_AVAILABLE',
      });
      const assessed = await picc.post(`/claims/${claimA}/assessment`, {
        lineItems: [
          { description: '后保险杠', amountFen: 280_000 },
          { description: '尾灯', amountFen: 65_678 },
        ],
      });
      expect(assessed.status).toBe(200);
      expect((await driverA.post(`/claims/${claimA}/assessment/accept`)).status).toBe(200);
      // Settlement waits for every vehicle of the case: B's loss is assessed and accepted too.
      const claimB = view.claims.find((claim) => claim.party === 'B')!.claimId;
      const cpic = await Client.as(server, { sub: 'doc-adjuster-cpic', role: 'adjuster', insurer: 'CPIC' });
      expect(
        (
          await cpic.post(`/claims/${claimB}/assessment`, {
            lineItems: [{ description: '前保险杠', amountFen: 50_000 }],
          })
        ).status,
      ).toBe(200);
      expect((await driverB.post(`/claims/${claimB}/assessment/accept`)).status).toBe(200);
      await eventually(async () => expect((await driverA.get(`/claims/${claimA}`)).body.status).toMatch(/PAID|CLOSED/));

      const { text } = await downloadPdf(driverA, `/claims/${claimA}/documents/settlement.pdf`);
      expect(
        missingPhrases(text, [
          '机动车辆保险理赔结算单',
          `理赔编号 ${claimA}`,
          '1 后保险杠 ¥2,800.00',
          '2 尾灯 ¥656.78',
          '定损合计 ¥3,456.78',
          'CPIC 交强险（COMPULSORY） ¥2,000.00',
          'CPIC 商业三者险（THIRD_PARTY） ¥1,456.78',
          '保险赔付合计：¥3,456.78',
          '对方车辆 乙方（B） 渝B50002',
        ]),
      ).toEqual([]);
      const url = verificationUrlOn(text, server);
      expect((await anonymous.get<Verification>(url)).body).toMatchObject({
        valid: true,
        document: {
          kind: 'settlement',
          claimId: claimA,
          amounts: {
            assessedFen: 345_678,
            paidFen: 345_678,
            lines: [
              { payer: 'CPIC', coverage: 'COMPULSORY', amountFen: 200_000 },
              { payer: 'CPIC', coverage: 'THIRD_PARTY', amountFen: 145_678 },
            ],
          },
        },
      });
      // The paying insurer's adjuster may have it; the other driver may not.
      expect((await download(cpic, `/claims/${claimA}/documents/settlement.pdf`)).response.status).toBe(200);
      expect(await problemCode(driverB, `/claims/${claimA}/documents/settlement.pdf`)).toEqual({
        status: 404,
        code: 'CLAIM_NOT_FOUND',
      });
    });

    it('answers that a document no longer matches once a stored event was altered', async () => {
      await server.close();
      const db = new Database(join(dataDir, 'events.sqlite'));
      const changed = db
        .prepare(
          "UPDATE events SET data = json_set(data, '$.driver.plate', '渝Z00000') WHERE stream_id = ? AND type = 'PartyJoined'",
        )
        .run(`case-${caseId}`);
      db.close();
      expect(changed.changes).toBe(1);
      server = await startServer({
        dataDir,
        env: { SIMULATED_PAYOUT_DELAY_MS: '0', PUBLIC_URL: 'https://kuaichu.example.cn' },
      });
      anonymous = new Client(server.baseUrl);
      expect((await anonymous.get<Verification>(agreementUrl)).body).toEqual({
        valid: false,
        reason: 'RECORDS_ALTERED',
        checkedAt: expect.any(String),
      });
      const driver = new Client(server.baseUrl, driverA.token);
      expect(await problemCode(driver, `/cases/${caseId}/documents/agreement.pdf`)).toEqual({
        status: 409,
        code: 'RECORDS_ALTERED',
      });
    });
  });

  describe('a case the police decided, then its claims paid', () => {
    let policeServer: TestServer;

    beforeAll(async () => {
      // A server of its own: the one above was restarted on altered records.
      policeServer = await startServer({ env: { SIMULATED_PAYOUT_DELAY_MS: '0' } });
    });

    afterAll(async () => {
      await policeServer?.close();
    });

    it('gives the parties, the officer and the auditor the decision, and verifies it and the settlements', async () => {
      const server = policeServer;
      const anonymous = new Client(server.baseUrl);
      const cast = await castOf(server, {
        a: 'doc-d-a',
        b: 'doc-d-b',
        district: 'yuzhong',
        insurers: ['PICC', 'CPIC'],
      });
      const story = await settledStory(cast, {
        district: 'yuzhong',
        insurers: ['PICC', 'CPIC'],
        plates: ['渝A60001', '渝B60002'],
      });
      const path = `/cases/${story.caseId}/documents/decision.pdf`;
      const { text } = await downloadPdf(cast.officer, path);
      expect(
        missingPhrases(text, [
          '道路交通事故认定书（简易程序）',
          `案件编号 ${story.caseId}`,
          '号牌号码 渝A60001 渝B60002',
          '认定的事故情形 S01 同车道行驶中追尾前车',
          'B ran into A from behind in the same lane',
          '警号 officer-yuzhong（辖区：yuzhong）',
          '甲方（A） 渝A60001 无责任（NONE）',
          '乙方（B） 渝B60002 全部责任（FULL）',
        ]),
      ).toEqual([]);
      const auditor = await Client.as(server, { sub: 'doc-auditor', role: 'auditor' });
      const [fromDriver, fromAuditor] = await Promise.all([
        downloadPdf(cast.driverB, path),
        downloadPdf(auditor, path),
      ]);
      const url = verificationUrlOn(text, server);
      expect(verificationUrlOn(fromDriver.text, server)).toBe(url);
      expect(verificationUrlOn(fromAuditor.text, server)).toBe(url);
      expect((await anonymous.get<Verification>(url)).body).toMatchObject({
        valid: true,
        document: {
          kind: 'decision',
          basis: 'POLICE',
          decidedBy: 'officer-yuzhong',
          allocation: { A: 'NONE', B: 'FULL' },
        },
      });
      expect(await problemCode(cast.driverA, `/cases/${story.caseId}/documents/agreement.pdf`)).toEqual({
        status: 404,
        code: 'DOCUMENT_NOT_AVAILABLE',
      });

      for (const [party, claimant, adjuster] of [
        ['A', cast.driverA, cast.adjusterA],
        ['B', cast.driverB, cast.adjusterB],
      ] as const) {
        const claimId = story.claims[party];
        const settlement = await downloadPdf(claimant, `/claims/${claimId}/documents/settlement.pdf`);
        expect(settlement.text).toContain('定损合计 ¥3,000.00');
        const fromAdjuster = await downloadPdf(adjuster, `/claims/${claimId}/documents/settlement.pdf`);
        expect(fromAdjuster.pdf.equals(settlement.pdf)).toBe(true);
        expect((await anonymous.get<Verification>(verificationUrlOn(settlement.text, server))).body).toMatchObject({
          valid: true,
          document: { kind: 'settlement', claimId, amounts: { assessedFen: 300_000 } },
        });
      }
    }, 60_000);
  });
});
