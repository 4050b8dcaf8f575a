import { NOTIFICATION_GATEWAY, EVENT_STORE, type EventStore } from '@quickclaim/platform';
import type { RecordingSmsGateway } from '@quickclaim/platform/memory';
import { ResponsePeriodSweeper } from '@quickclaim/processes';
import { readPdf } from '@quickclaim/testing';
import {
  Client,
  eventually,
  makeJpeg,
  partyBInput,
  partyInput,
  reportBody,
  startServer,
  type TestServer,
} from './harness';

/**
 * Issue 15.1 over HTTP: an assistant (协理员) files a case for both parties from one device, acts
 * for them, and each party confirms, on the assistant's device or their own phone; or the
 * assistant hands the case to the police desk. Each story is a fresh case on one server.
 */

const ORGANISATION = '渝中区警保联动服务站';
const REQUIRED_KINDS = ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT'];

interface CaseReply {
  caseId: string;
  status: string;
  yourParty: 'A' | 'B' | null;
  parties: { party: string; driverName: string; phone: string }[];
  claims: { claimId: string; party: 'A' | 'B' }[];
  filedBy?: { assistantId: string; organisation: string };
  agreement: { allocation: Record<string, string>; signedBy: string[] } | null;
  assistance?: { parties: { party: string; confirmed: boolean; method?: string; code: unknown }[] };
  liability: { basis: string; allocation: Record<string, string> } | null;
}

describe('assistants file on the scene and the parties confirm', () => {
  let server: TestServer;
  let sms: RecordingSmsGateway;
  let assistant: Client;
  const logLines: string[] = [];

  beforeAll(async () => {
    server = await startServer({ env: { SIMULATED_PAYOUT_DELAY_MS: '0' }, logSink: (line) => logLines.push(line) });
    sms = server.app.get<RecordingSmsGateway>(NOTIFICATION_GATEWAY);
    assistant = await Client.as(server, {
      sub: 'assistant-1',
      role: 'assistant',
      organisation: ORGANISATION,
      district: 'yuzhong',
    });
  }, 30_000);

  afterAll(async () => {
    await server?.close();
  });

  /** A case filed by the assistant with the three photos for A and B's situation. */
  async function filedCase(plates: [string, string]): Promise<string> {
    const { occurredAt, location, weather, description, eligibility } = reportBody();
    const filed = await assistant.post<{ caseId: string; status: string }>('/assistant/cases', {
      occurredAt,
      location,
      weather,
      description,
      eligibility,
      parties: { A: partyInput({ plate: plates[0] }), B: { ...partyBInput(), plate: plates[1] } },
    });
    expect(filed.status).toBe(201);
    expect(filed.body.status).toBe('REPORTED');
    const { caseId } = filed.body;
    for (const kind of REQUIRED_KINDS) expect((await uploadFor(assistant, caseId, 'A', kind)).status).toBe(201);
    expect((await assistant.post(`/cases/${caseId}/circumstances`, { party: 'B', situations: ['S01'] })).status).toBe(
      200,
    );
    return caseId;
  }

  /** The one-time code the party's phone received, read from the simulated gateway. */
  async function codeSentTo(phone: string, after: number): Promise<{ code: string; text: string }> {
    return eventually(async () => {
      const message = sms.sent.slice(after).find((sent) => sent.to === phone && sent.text.includes('验证码'));
      expect(message).toBeDefined();
      return { code: /验证码 (\d{6})/.exec(message!.text)![1]!, text: message!.text };
    });
  }

  async function requestCode(caseId: string, party: 'A' | 'B', phone: string) {
    const before = sms.sent.length;
    const asked = await assistant.post(`/cases/${caseId}/parties/${party}/confirmation-code`);
    expect(asked.status).toBe(202);
    return { asked, ...(await codeSentTo(phone, before)) };
  }

  it('files, confirms A by code on the assistant’s device and B on B’s own phone, and pays both claims', async () => {
    const caseId = await filedCase(['渝A10001', '渝B10001']);
    const agreed = await assistant.post<CaseReply>(`/cases/${caseId}/agreement`, {
      allocation: { A: 'NONE', B: 'FULL' },
    });
    expect(agreed.body).toEqual({ caseId, status: 'REPORTED' });

    const forA = await requestCode(caseId, 'A', '13800000001');
    expect(forA.asked.body).toEqual({ caseId, party: 'A', sentTo: '138****0001', expiresAt: expect.any(String) });
    expect(JSON.stringify(forA.asked.body)).not.toContain(forA.code);
    expect(forA.text).toContain(ORGANISATION);
    expect(forA.text).toContain('甲方 渝A10001 无责任，乙方 渝B10001 全部责任');
    const confirmedA = await assistant.post(`/cases/${caseId}/parties/A/confirmation`, {
      method: 'CODE',
      code: forA.code,
    });
    expect(confirmedA.body).toEqual({ caseId, status: 'REPORTED' });

    const forB = await requestCode(caseId, 'B', '13800000002');
    expect(forB.text).toContain(`/#/confirm/${caseId}/B`);
    const driverB = await Client.as(server, { sub: 'driver-b', role: 'driver', phone: '13800000002' });
    expect((await driverB.get(`/cases/${caseId}`)).status).toBe(404);
    const wrong = await driverB.post(`/cases/${caseId}/confirmation`, {
      party: 'B',
      code: forB.code === '000000' ? '000001' : '000000',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({
      code: 'CONFIRMATION_CODE_WRONG',
      errors: [{ field: 'code', message: '4 attempts left' }],
    });
    const confirmedB = await driverB.post(`/cases/${caseId}/confirmation`, { party: 'B', code: forB.code });
    expect(confirmedB.status).toBe(200);
    expect(confirmedB.body).toEqual({ caseId, status: 'LIABILITY_FINAL', party: 'B' });

    const asB = await driverB.get<CaseReply>(`/cases/${caseId}`);
    expect(asB.body).toMatchObject({
      yourParty: 'B',
      filedBy: { assistantId: 'assistant-1', organisation: ORGANISATION },
    });
    expect(asB.body.liability).toMatchObject({ basis: 'AGREEMENT', allocation: { A: 'NONE', B: 'FULL' } });
    expect(
      (await driverB.get<{ items: { caseId: string }[] }>('/me/cases')).body.items.map((item) => item.caseId),
    ).toContain(caseId);
    // B, now a party, downloads the agreement: recorded on the scene by the assistant, confirmed by both.
    const agreementPdf = await driverB.raw('GET', `/cases/${caseId}/documents/agreement.pdf`);
    expect(agreementPdf.status).toBe(200);
    const { text } = await readPdf(Buffer.from(await agreementPdf.arrayBuffer()));
    expect(text.replace(/\s+/g, '')).toContain(`本协议由${ORGANISATION}协理员（assistant-1）`);

    const view = await eventually(async () => {
      const reply = await assistant.get<CaseReply>(`/cases/${caseId}`);
      expect(reply.body.claims).toHaveLength(2);
      return reply.body;
    });
    expect(view.assistance?.parties.map(({ party, confirmed, method }) => [party, confirmed, method])).toEqual([
      ['A', true, 'CODE'],
      ['B', true, 'OWN_PHONE'],
    ]);
    const claims = Object.fromEntries(view.claims.map((claim) => [claim.party, claim.claimId])) as Record<
      'A' | 'B',
      string
    >;
    const picc = await Client.as(server, { sub: 'adjuster-picc', role: 'adjuster', insurer: 'PICC' });
    const cpic = await Client.as(server, { sub: 'adjuster-cpic', role: 'adjuster', insurer: 'CPIC' });
    for (const [claimId, adjuster] of [
      [claims.A, picc],
      [claims.B, cpic],
    ] as const) {
      const assessed = await adjuster.post(`/claims/${claimId}/assessment`, {
        lineItems: [{ description: 'bumper', amountFen: 200_000 }],
      });
      expect(assessed.status).toBe(200);
      const claim = await adjuster.get<{ filedBy?: unknown }>(`/claims/${claimId}`);
      expect(claim.body.filedBy).toEqual({ assistantId: 'assistant-1', organisation: ORGANISATION });
    }
    // B follows their claim as a driver; A, who confirmed on the assistant's device, has no account: silence accepts.
    expect((await driverB.post(`/claims/${claims.B}/assessment/accept`)).status).toBe(200);
    server.clock.advanceMinutes(3 * 24 * 60 + 1);
    await eventually(async () => expect(await server.app.get(ResponsePeriodSweeper).sweep()).toBeGreaterThanOrEqual(1));
    for (const [claimId, adjuster] of [
      [claims.A, picc],
      [claims.B, cpic],
    ] as const) {
      await eventually(async () => expect((await adjuster.post(`/claims/${claimId}/approval`)).status).toBe(200));
    }
    await eventually(async () =>
      expect((await assistant.get<CaseReply>(`/cases/${caseId}`)).body.status).toBe('CLOSED'),
    );

    const auditor = await Client.as(server, { sub: 'auditor-1', role: 'auditor' });
    const audit = await auditor.get<{
      events: { type: string; data: Record<string, unknown>; actor: { sub: string; role: string } }[];
    }>(`/audit/cases/${caseId}/events`);
    const [reportedEvent] = audit.body.events;
    expect(reportedEvent).toMatchObject({
      type: 'AccidentReported',
      actor: { sub: 'assistant-1', role: 'assistant' },
      data: { filedBy: { assistantId: 'assistant-1', organisation: ORGANISATION } },
    });
    const confirmations = audit.body.events.filter((event) => event.type === 'PartyConfirmed');
    expect(
      confirmations.map(({ data, actor }) => [data.party, data.method, data.onBehalfOf, data.driverId, actor.role]),
    ).toEqual([
      ['A', 'CODE', 'A', undefined, 'assistant'],
      ['B', 'OWN_PHONE', undefined, 'driver-b', 'driver'],
    ]);
    expect(
      audit.body.events.filter((event) => event.type === 'PhotoAttached').map((event) => event.data.onBehalfOf),
    ).toEqual(['A', 'A', 'A']);
    const recorded = JSON.stringify(audit.body);
    // The simulated gateway logs each SMS it pretends to send, without its text.
    expect(logLines.filter((line) => line.includes('SMS (simulated)')).length).toBeGreaterThanOrEqual(2);
    for (const code of [forA.code, forB.code]) {
      expect(recorded).not.toContain(`"${code}"`);
      expect(logLines.join('\n')).not.toContain(code);
    }
  }, 60_000);

  it('files, and both parties sign on the assistant’s device with their name and phone', async () => {
    const caseId = await filedCase(['渝A10002', '渝B10002']);
    expect((await assistant.post(`/cases/${caseId}/agreement`, { allocation: { A: 'FULL', B: 'NONE' } })).status).toBe(
      200,
    );
    const unsigned = await assistant.post(`/cases/${caseId}/parties/A/confirmation`, {
      method: 'SIGNATURE',
      name: '王五',
      phone: '13800000001',
    });
    expect(unsigned.status).toBe(422);
    expect(unsigned.body).toMatchObject({ code: 'SIGNATURE_MISMATCH', errors: [{ field: 'name' }] });
    const signedA = await assistant.post(`/cases/${caseId}/parties/A/confirmation`, {
      method: 'SIGNATURE',
      name: '张三',
      phone: '138 0000 0001',
    });
    expect(signedA.body).toEqual({ caseId, status: 'REPORTED' });
    const again = await assistant.post(`/cases/${caseId}/parties/A/confirmation`, {
      method: 'SIGNATURE',
      name: '张三',
      phone: '13800000001',
    });
    expect(again).toMatchObject({ status: 409, body: { code: 'PARTY_ALREADY_CONFIRMED' } });
    const signedB = await assistant.post(`/cases/${caseId}/parties/B/confirmation`, {
      method: 'SIGNATURE',
      name: '李四',
      phone: '13800000002',
    });
    expect(signedB.body).toEqual({ caseId, status: 'LIABILITY_FINAL' });
    // The assistant prints the signed agreement on the scene for parties without the app.
    const printed = await assistant.raw('GET', `/cases/${caseId}/documents/agreement.pdf`);
    expect(printed.status).toBe(200);
    const { text } = await readPdf(Buffer.from(await printed.arrayBuffer()));
    expect(text).toContain('渝A10002');
    const view = await assistant.get<CaseReply>(`/cases/${caseId}`);
    expect(view.body.liability).toMatchObject({ basis: 'AGREEMENT', allocation: { A: 'FULL', B: 'NONE' } });
    await eventually(async () =>
      expect((await assistant.get<CaseReply>(`/cases/${caseId}`)).body.claims).toHaveLength(2),
    );
  }, 30_000);

  it('files, hands the case to the police desk, and the officer decides; both parties get the SMS', async () => {
    const caseId = await filedCase(['渝A10003', '渝B10003']);
    const handed = await assistant.post<CaseReply>(`/cases/${caseId}/police-review`);
    expect(handed).toMatchObject({ status: 202, body: { caseId, status: 'AWAITING_POLICE' } });
    const officer = await Client.as(server, { sub: 'officer-yz', role: 'officer', district: 'yuzhong' });
    const queue = await officer.get<{ items: { caseId: string; filedBy?: unknown }[] }>('/desk/queue');
    expect(queue.body.items.find((item) => item.caseId === caseId)?.filedBy).toEqual({
      assistantId: 'assistant-1',
      organisation: ORGANISATION,
    });
    expect((await officer.post(`/cases/${caseId}/assignment`)).status).toBe(200);
    const before = sms.sent.length;
    const decided = await officer.post(`/cases/${caseId}/liability/decision`, {
      allocation: { A: 'NONE', B: 'FULL' },
      situations: ['S01'],
      reasoning: 'B ran into A from behind',
    });
    expect(decided.status).toBe(200);
    const asOfficer = await officer.get<CaseReply>(`/cases/${caseId}`);
    expect(asOfficer.body.filedBy).toEqual({ assistantId: 'assistant-1', organisation: ORGANISATION });
    const decisionSms = await eventually(async () => {
      const texts = sms.sent.slice(before).filter((sent) => sent.text.includes('交警已在线认定责任'));
      expect(texts.map((sent) => sent.to)).toEqual(['13800000001', '13800000002']);
      return texts;
    });
    expect(decisionSms[0]!.text).toContain(`案件 ${caseId.replace(/-/g, '').slice(-8).toUpperCase()}`);
    expect(decisionSms[0]!.text).toContain('您（甲方 渝A10003）无责任');
    const eventStore = server.app.get<EventStore>(EVENT_STORE);
    await eventually(async () => {
      const records = (await eventStore.readAll()).filter(
        (event) => event.type === 'NotificationSent' && event.data.caseId === caseId,
      );
      expect(records.map((event) => event.data.kind)).toEqual(['LIABILITY_DECIDED', 'LIABILITY_DECIDED']);
    });
  }, 30_000);

  it('keeps a case to the assistant who filed it: another assistant cannot see or act on it', async () => {
    const caseId = await filedCase(['渝A10004', '渝B10004']);
    const other = await Client.as(server, {
      sub: 'assistant-2',
      role: 'assistant',
      organisation: '江北服务站',
      district: 'yuzhong',
    });
    expect((await other.get(`/cases/${caseId}`)).status).toBe(404);
    expect((await uploadFor(other, caseId, 'A', 'SCENE')).status).toBe(404);
    expect((await other.post(`/cases/${caseId}/agreement`, { allocation: { A: 'FULL', B: 'NONE' } })).status).toBe(404);
    expect((await other.post(`/cases/${caseId}/parties/A/confirmation-code`)).status).toBe(404);
    expect((await other.post(`/cases/${caseId}/police-review`)).status).toBe(404);
    expect((await other.get<{ items: unknown[] }>('/assistant/cases')).body.items).toEqual([]);
    const mine = await assistant.get<{ items: { caseId: string; confirmed: string[] }[] }>('/assistant/cases');
    expect(mine.body.items.map((item) => item.caseId)).toContain(caseId);
    const stranger = await Client.as(server, { sub: 'driver-x', role: 'driver' });
    expect((await stranger.post(`/cases/${caseId}/confirmation`, { party: 'A', code: '123456' })).status).toBe(404);
  }, 30_000);

  it('files only in the assistant’s area, asks a party for a code once a minute, and replays a repeated request', async () => {
    const { occurredAt, location, eligibility } = reportBody();
    const elsewhere = await Client.as(server, {
      sub: 'assistant-3',
      role: 'assistant',
      organisation: '江北服务站',
      district: 'jiangbei',
    });
    const refused = await elsewhere.post('/assistant/cases', {
      occurredAt,
      location,
      eligibility,
      parties: { A: partyInput({ plate: '渝A10005' }), B: { ...partyBInput(), plate: '渝B10005' } },
    });
    expect(refused).toMatchObject({ status: 422, body: { code: 'OUTSIDE_ASSISTANT_AREA' } });

    const caseId = await filedCase(['渝A10006', '渝B10006']);
    expect((await assistant.post(`/cases/${caseId}/parties/A/confirmation-code`)).body).toMatchObject({
      code: 'NO_AGREEMENT_PROPOSED',
    });
    await assistant.post(`/cases/${caseId}/agreement`, { allocation: { A: 'FULL', B: 'NONE' } });
    const key = { 'idempotency-key': `code-${caseId}` };
    const first = await assistant.post(`/cases/${caseId}/parties/A/confirmation-code`, undefined, key);
    const sentBefore = sms.sent.length;
    const replayed = await assistant.post(`/cases/${caseId}/parties/A/confirmation-code`, undefined, key);
    expect(replayed).toMatchObject({ status: 202, body: first.body });
    const tooSoon = await assistant.post(`/cases/${caseId}/parties/A/confirmation-code`);
    expect(tooSoon).toMatchObject({ status: 422, body: { code: 'CONFIRMATION_CODE_TOO_SOON' } });
    expect(sms.sent.length).toBe(sentBefore);
    expect((await assistant.post(`/cases/${caseId}/parties/C/confirmation-code`)).status).toBe(400);
  }, 30_000);

  it('issues development tokens for assistants with their organisation and area only', async () => {
    const anonymous = new Client(server.baseUrl);
    const withoutOrganisation = await anonymous.post('/auth/dev-token', {
      sub: 'a',
      role: 'assistant',
      district: 'yuzhong',
    });
    expect(withoutOrganisation).toMatchObject({ status: 400, body: { errors: [{ field: 'organisation' }] } });
    const withoutArea = await anonymous.post('/auth/dev-token', {
      sub: 'a',
      role: 'assistant',
      organisation: ORGANISATION,
    });
    expect(withoutArea).toMatchObject({ status: 400, body: { errors: [{ field: 'district' }] } });
    const driver = await Client.as(server, { sub: 'driver-z', role: 'driver' });
    expect((await driver.post('/assistant/cases', {})).status).toBe(403);
  });
});

async function uploadFor(client: Client, caseId: string, party: 'A' | 'B', kind: string) {
  const form = new FormData();
  form.append('kind', kind);
  form.append('party', party);
  form.append('file', new Blob([new Uint8Array(await makeJpeg())]), 'photo.jpg');
  const response = await client.raw('POST', `/cases/${caseId}/photos`, form);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
