import { caseAnchorRevision, caseDocumentAt, verificationPath } from '@quickclaim/documents';
import type { SuccessResponse } from '@quickclaim/http';
import { EVENT_STORE, type EventStore } from '@quickclaim/platform';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { declaredRoutes } from '../../src/auth/routes';
import { Client, eventually, makeJpeg, startServer, type TestServer } from '../harness';
import { assistedStory, castOf, mediatedClaimStory, settledStory, type SettledStory, type StoryCast } from '../story';

/**
 * The access matrix: every endpoint × every role (and no token at all) × the caller's own object,
 * someone else's, and one that does not exist, each cell with the exact status it must get.
 *
 * The expectations are written here by hand from api.md and domain.md, not derived from the
 * policy table they check. Commands are sent with a body that is not valid (an undeclared field,
 * or any field where none is taken), so a caller who passes every access rule gets 400 and the
 * matrix records nothing: the event store's head must not move. Reads return 200 and their body
 * must match the documented response schema exactly (no undocumented field).
 */

type Principal = 'anonymous' | 'driver' | 'officer' | 'adjuster' | 'auditor' | 'admin' | 'assistant' | 'mediator';
type Target = 'own' | 'other' | 'nonexistent';
type ObjectKind = 'case' | 'claim' | 'payout' | 'photo' | 'original' | 'mediation';
/** `stream`: a server-sent event feed, read until its headers and then left. */
type Send = 'get' | 'json' | 'none' | 'multipart' | 'stream';

interface Endpoint {
  method: 'GET' | 'POST';
  /** The route as the policy names it. */
  route: string;
  /** A photo route is checked once per variant. */
  variant?: 'thumbnail' | 'preview' | 'original';
  object?: ObjectKind;
  send: Send;
  /** Who may call it at all (api.md); `public` means no token needed. */
  roles: readonly Exclude<Principal, 'anonymous'>[] | 'public';
  /** The status of a call that passes every access rule. */
  passes: number;
  /** The problem code of a call that passes every rule yet finds nothing (a document not issued). */
  passCode?: string;
  /** Where a principal's own object differs (the assistant's case was agreed, the others' decided). */
  passesFor?: Partial<Record<Principal, { passes: number; passCode?: string }>>;
}

const PARTIES = ['driver'] as const;
/** Who acts for a party on a case: the party, or the assistant who filed it (issue 15.1). */
const PARTIES_AND_ASSISTANTS = ['driver', 'assistant'] as const;
/** Mediators (issue 15.2) read the cases a mediation of their committee was asked on. */
const CASE_READERS = ['driver', 'officer', 'adjuster', 'auditor', 'assistant', 'mediator'] as const;
const AUDIT_READERS = ['driver', 'officer', 'auditor'] as const;
const CASE_DOCUMENT_READERS = ['driver', 'officer', 'auditor', 'assistant'] as const;

const ENDPOINTS: readonly Endpoint[] = [
  { method: 'POST', route: '/auth/dev-token', send: 'json', roles: 'public', passes: 400 },
  { method: 'GET', route: '/health', send: 'get', roles: 'public', passes: 200 },
  { method: 'GET', route: '/metrics', send: 'get', roles: 'public', passes: 200 },
  { method: 'GET', route: '/admin/projections', send: 'get', roles: ['admin'], passes: 200 },
  { method: 'POST', route: '/admin/projections/:name/rebuild', send: 'none', roles: ['admin'], passes: 400 },
  { method: 'POST', route: '/cases', send: 'json', roles: PARTIES, passes: 400 },
  { method: 'POST', route: '/cases/:caseId/join', object: 'case', send: 'json', roles: PARTIES, passes: 400 },
  { method: 'POST', route: '/cases/join', send: 'json', roles: PARTIES, passes: 400 },
  {
    method: 'POST',
    route: '/cases/:caseId/photos',
    object: 'case',
    send: 'multipart',
    roles: PARTIES_AND_ASSISTANTS,
    passes: 400,
  },
  ...(['thumbnail', 'preview', 'original'] as const).map((variant) => ({
    method: 'GET' as const,
    route: '/cases/:caseId/photos/:photoId/:variant',
    variant,
    object: variant === 'original' ? ('original' as const) : ('photo' as const),
    send: 'get' as const,
    roles: CASE_READERS,
    passes: 200,
  })),
  ...['circumstances', 'agreement', 'liability/dispute', 'withdraw'].map((action) => ({
    method: 'POST' as const,
    route: `/cases/:caseId/${action}`,
    object: 'case' as const,
    send: 'json' as const,
    roles: ['circumstances', 'agreement'].includes(action) ? PARTIES_AND_ASSISTANTS : PARTIES,
    passes: 400,
  })),
  ...['agreement/sign', 'police-review', 'liability/accept'].map((action) => ({
    method: 'POST' as const,
    route: `/cases/:caseId/${action}`,
    object: 'case' as const,
    send: 'none' as const,
    roles: action === 'police-review' ? PARTIES_AND_ASSISTANTS : PARTIES,
    passes: 400,
  })),
  { method: 'GET', route: '/cases/:caseId', object: 'case', send: 'get', roles: CASE_READERS, passes: 200 },
  { method: 'GET', route: '/cases/:caseId/stream', object: 'case', send: 'stream', roles: CASE_READERS, passes: 200 },
  { method: 'GET', route: '/me/cases', send: 'get', roles: PARTIES, passes: 200 },
  {
    method: 'POST',
    route: '/claims/:claimId/assessment/accept',
    object: 'claim',
    send: 'none',
    roles: PARTIES,
    passes: 400,
  },
  {
    method: 'POST',
    route: '/claims/:claimId/assessment/reject',
    object: 'claim',
    send: 'json',
    roles: PARTIES,
    passes: 400,
  },
  {
    method: 'GET',
    route: '/claims/:claimId',
    object: 'claim',
    send: 'get',
    roles: ['driver', 'adjuster', 'auditor'],
    passes: 200,
  },
  { method: 'GET', route: '/desk/queue', send: 'get', roles: ['officer'], passes: 200 },
  { method: 'GET', route: '/desk/queue/stream', send: 'stream', roles: ['officer'], passes: 200 },
  { method: 'POST', route: '/cases/:caseId/assignment', object: 'case', send: 'none', roles: ['officer'], passes: 400 },
  ...['liability/decision', 'evidence-request', 'referral'].map((action) => ({
    method: 'POST' as const,
    route: `/cases/:caseId/${action}`,
    object: 'case' as const,
    send: 'json' as const,
    roles: ['officer'] as const,
    passes: 400,
  })),
  { method: 'GET', route: '/insurer/claims', send: 'get', roles: ['adjuster'], passes: 200 },
  {
    method: 'POST',
    route: '/claims/:claimId/assessment',
    object: 'claim',
    send: 'json',
    roles: ['adjuster'],
    passes: 400,
  },
  {
    method: 'POST',
    route: '/claims/:claimId/approval',
    object: 'claim',
    send: 'none',
    roles: ['adjuster'],
    passes: 400,
  },
  { method: 'GET', route: '/insurer/payouts', send: 'get', roles: ['adjuster'], passes: 200 },
  // Issue 13: held settlements reviewed, and the insurer's pages live.
  ...['decline', 'investigation'].map((action) => ({
    method: 'POST' as const,
    route: `/claims/:claimId/${action}`,
    object: 'claim' as const,
    send: 'json' as const,
    roles: ['adjuster'] as const,
    passes: 400,
  })),
  ...['claims', 'payouts'].map((list) => ({
    method: 'GET' as const,
    route: `/insurer/${list}/stream`,
    send: 'stream' as const,
    roles: ['adjuster'] as const,
    passes: 200,
  })),
  {
    method: 'POST',
    route: '/insurer/payouts/:payoutId/result',
    object: 'payout',
    send: 'json',
    roles: ['adjuster'],
    passes: 400,
  },
  // Assistance (issue 15.1): the assistant files and acts for the parties; a party confirms on their phone.
  { method: 'POST', route: '/assistant/cases', send: 'json', roles: ['assistant'], passes: 400 },
  { method: 'GET', route: '/assistant/cases', send: 'get', roles: ['assistant'], passes: 200 },
  {
    method: 'POST',
    route: '/cases/:caseId/parties/:party/confirmation-code',
    object: 'case',
    send: 'none',
    roles: ['assistant'],
    passes: 400,
  },
  {
    method: 'POST',
    route: '/cases/:caseId/parties/:party/confirmation',
    object: 'case',
    send: 'json',
    roles: ['assistant'],
    passes: 400,
  },
  { method: 'POST', route: '/cases/:caseId/confirmation', object: 'case', send: 'json', roles: PARTIES, passes: 400 },
  // Mediation (issue 15.2): a party asks on a disputed review or an assessment rejected twice; the mediator mediates.
  { method: 'POST', route: '/cases/:caseId/mediation', object: 'case', send: 'json', roles: PARTIES, passes: 400 },
  { method: 'POST', route: '/claims/:claimId/mediation', object: 'claim', send: 'json', roles: PARTIES, passes: 400 },
  { method: 'GET', route: '/mediator/mediations', send: 'get', roles: ['mediator'], passes: 200 },
  {
    method: 'GET',
    route: '/mediations/:mediationId',
    object: 'mediation',
    send: 'get',
    roles: ['driver', 'mediator', 'auditor'],
    passes: 200,
  },
  ...(['take', 'proposal', 'end'] as const).map((action) => ({
    method: 'POST' as const,
    route: `/mediations/:mediationId/${action}`,
    object: 'mediation' as const,
    send: action === 'take' ? ('none' as const) : ('json' as const),
    roles: ['mediator'] as const,
    passes: 400,
  })),
  ...(['sign', 'refusal'] as const).map((action) => ({
    method: 'POST' as const,
    route: `/mediations/:mediationId/${action}`,
    object: 'mediation' as const,
    send: action === 'sign' ? ('none' as const) : ('json' as const),
    roles: PARTIES,
    passes: 400,
  })),
  ...['events', 'state', 'verification'].map((part) => ({
    method: 'GET' as const,
    route: `/audit/cases/:caseId/${part}`,
    object: 'case' as const,
    send: 'get' as const,
    roles: AUDIT_READERS,
    passes: 200,
  })),
  ...['events', 'state'].map((part) => ({
    method: 'GET' as const,
    route: `/audit/claims/:claimId/${part}`,
    object: 'claim' as const,
    send: 'get' as const,
    roles: ['adjuster', 'auditor'] as const,
    passes: 200,
  })),
  { method: 'GET', route: '/audit/cases', send: 'get', roles: ['auditor'], passes: 200 },
  { method: 'POST', route: '/audit/checkpoints', send: 'none', roles: ['auditor'], passes: 400 },
  { method: 'GET', route: '/audit/checkpoints/latest', send: 'get', roles: ['adjuster', 'auditor'], passes: 200 },
  // The stories below were decided by an officer: their decision exists, their agreement never will.
  {
    method: 'GET',
    route: '/cases/:caseId/documents/agreement.pdf',
    object: 'case',
    send: 'get',
    roles: CASE_DOCUMENT_READERS,
    passes: 404,
    passCode: 'DOCUMENT_NOT_AVAILABLE',
    passesFor: { assistant: { passes: 200 } },
  },
  {
    method: 'GET',
    route: '/cases/:caseId/documents/decision.pdf',
    object: 'case',
    send: 'get',
    roles: CASE_DOCUMENT_READERS,
    passes: 200,
    passesFor: { assistant: { passes: 404, passCode: 'DOCUMENT_NOT_AVAILABLE' } },
  },
  {
    method: 'GET',
    route: '/claims/:claimId/documents/settlement.pdf',
    object: 'claim',
    send: 'get',
    roles: ['driver', 'adjuster', 'auditor'],
    passes: 200,
  },
  {
    method: 'GET',
    route: '/verify/:kind/:subjectId/:revisions/:fingerprint',
    send: 'get',
    roles: 'public',
    passes: 200,
  },
];

const PRINCIPALS: readonly Principal[] = [
  'anonymous',
  'driver',
  'officer',
  'adjuster',
  'auditor',
  'admin',
  'assistant',
  'mediator',
];
const TARGETS: readonly Target[] = ['own', 'other', 'nonexistent'];

interface Cell {
  endpoint: Endpoint;
  principal: Principal;
  target: Target | null;
  expected: number;
  /** Where a refusal and a pass share a status, the code that tells them apart. */
  expectedCode?: string;
}

/**
 * The rules of domain.md, by hand: a role the endpoint does not admit gets 403 whatever the
 * object; an object that does not exist, or that is someone else's, is 404; the auditor reads
 * everyone's; your own passes.
 */
function expectedStatus(endpoint: Endpoint, principal: Principal, target: Target | null): number {
  if (endpoint.roles === 'public') return endpoint.passes;
  if (principal === 'anonymous') return 401;
  if (!endpoint.roles.includes(principal)) return 403;
  // A mediator sees a case's photos without their originals (they uploaded none).
  if (endpoint.object === 'original' && principal === 'mediator' && target !== 'nonexistent') return 404;
  if (target === 'own' && endpoint.passesFor?.[principal]) return endpoint.passesFor[principal].passes;
  if (target === null || target === 'own') return endpoint.passes;
  if (target === 'other' && principal === 'auditor') return endpoint.passes;
  return 404;
}

const CELLS: Cell[] = ENDPOINTS.flatMap((endpoint) =>
  PRINCIPALS.flatMap((principal) =>
    (endpoint.object ? TARGETS : [null]).map((target) => ({
      endpoint,
      principal,
      target,
      expected: expectedStatus(endpoint, principal, target),
      ...(endpoint.passCode || endpoint.passesFor ? { expectedCode: expectedCode(endpoint, principal, target) } : {}),
    })),
  ),
);

/** For an endpoint whose pass is a 404 of its own: that code on a pass, the object's not-found code on a refusal. */
function expectedCode(endpoint: Endpoint, principal: Principal, target: Target | null): string | undefined {
  const status = expectedStatus(endpoint, principal, target);
  if (status !== 404) return undefined;
  const passed = target === 'own' || (target === 'other' && principal === 'auditor');
  const own = target === 'own' ? endpoint.passesFor?.[principal] : undefined;
  if (own) return own.passCode;
  return passed ? endpoint.passCode : endpoint.object === 'claim' ? 'CLAIM_NOT_FOUND' : 'CASE_NOT_FOUND';
}

const label = (cell: Cell) =>
  `${cell.endpoint.method} ${cell.endpoint.route}${cell.endpoint.variant ? ` (${cell.endpoint.variant})` : ''} ` +
  `as ${cell.principal}${cell.target ? `, ${cell.target} object` : ''} → ${cell.expected}`;

describe('the access matrix', () => {
  let server: TestServer;
  let eventStore: EventStore;
  let clients: Record<Principal, Client>;
  let own: SettledStory;
  /** The assistant's own case: the one they filed (with the photos they took for party A). */
  let assisted: SettledStory;
  let other: SettledStory;
  /** Mediations of an assessment rejected twice: the own one in yuzhong (driver-a's case), another in jiangbei. */
  let mediated: SettledStory & { mediationId: string };
  let otherMediated: SettledStory & { mediationId: string };
  let ownCast: StoryCast;
  let headBefore: number;
  let ownDecisionVerification: string;
  let checked = 0;
  let documentedResponses: ReadonlyMap<string, SuccessResponse>;

  beforeAll(async () => {
    server = await startServer({ env: { SIMULATED_PAYOUT_DELAY_MS: '0' } });
    eventStore = server.app.get<EventStore>(EVENT_STORE);
    ownCast = await castOf(server, { a: 'driver-a', b: 'driver-b', district: 'yuzhong', insurers: ['PICC', 'CPIC'] });
    const otherCast = await castOf(server, {
      a: 'driver-c',
      b: 'driver-d',
      district: 'jiangbei',
      insurers: ['PAIC', 'CLIC'],
    });
    own = await settledStory(ownCast, {
      district: 'yuzhong',
      insurers: ['PICC', 'CPIC'],
      plates: ['渝A11111', '渝B22222'],
    });
    other = await settledStory(otherCast, {
      district: 'jiangbei',
      insurers: ['PAIC', 'CLIC'],
      plates: ['渝C33333', '渝D44444'],
    });
    const assistant = await Client.as(server, {
      sub: 'assistant-1',
      role: 'assistant',
      organisation: '渝中区警保联动服务站',
      district: 'yuzhong',
    });
    assisted = await assistedStory(assistant, { district: 'yuzhong', plates: ['渝E55555', '渝F66666'] });
    mediated = await mediatedClaimStory(ownCast, {
      district: 'yuzhong',
      insurers: ['PICC', 'CPIC'],
      plates: ['渝G77777', '渝H88888'],
    });
    otherMediated = await mediatedClaimStory(otherCast, {
      district: 'jiangbei',
      insurers: ['PAIC', 'CLIC'],
      plates: ['渝J99999', '渝K12121'],
    });
    const mediator = await Client.as(server, {
      sub: 'mediator-1',
      role: 'mediator',
      committee: 'yuzhong-insurance-mediation',
    });
    // The mediation process opened the mediation and recorded it on its case before the head is read.
    await eventually(async () => {
      expect((await mediator.get(`/cases/${mediated.caseId}`)).status).toBe(200);
      expect((await mediator.get(`/mediations/${mediated.mediationId}`)).status).toBe(200);
      const auditor = await Client.as(server, { sub: 'auditor-1', role: 'auditor' });
      expect((await auditor.get(`/mediations/${otherMediated.mediationId}`)).status).toBe(200);
      expect((await auditor.get(`/cases/${otherMediated.caseId}`)).body).toMatchObject({ status: 'SETTLING' });
    });
    clients = {
      anonymous: new Client(server.baseUrl),
      driver: ownCast.driverA,
      officer: ownCast.officer,
      adjuster: ownCast.adjusterA,
      auditor: await Client.as(server, { sub: 'auditor-1', role: 'auditor' }),
      admin: await Client.as(server, { sub: 'admin-1', role: 'admin' }),
      assistant,
      mediator,
    };
    // The SMS of both police decisions are recorded as sent once the consumer took them: before the head is read.
    await eventually(async () => {
      const sent = (await eventStore.readAll()).filter((event) => event.type === 'NotificationSent');
      expect(sent).toHaveLength(4);
    });
    const ownEvents = await eventStore.readStream(`case-${own.caseId}`);
    ownDecisionVerification = verificationPath(
      caseDocumentAt('decision', own.caseId, ownEvents, caseAnchorRevision('decision', ownEvents)!)!.reference,
    );
    // A signed checkpoint exists, as the platform signs one every AUDIT_CHECKPOINT_INTERVAL_MS.
    expect((await clients.auditor.post('/audit/checkpoints')).status).toBe(200);
    headBefore = await eventStore.headPosition();
    documentedResponses = new Map(
      declaredRoutes(server.app).flatMap((route) => (route.endpoint ? [[route.key, route.endpoint.response]] : [])),
    );
  }, 60_000);

  afterAll(async () => {
    process.stdout.write(`security matrix: ${checked} of ${CELLS.length} cells checked\n`);
    await server?.close();
  });

  it('covers every route the application serves', () => {
    const served = new Set(declaredRoutes(server.app).map((route) => route.key));
    const checkedRoutes = new Set(ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.route}`));
    expect([...served].filter((route) => !checkedRoutes.has(route))).toEqual([]);
    expect([...checkedRoutes].filter((route) => !served.has(route))).toEqual([]);
  });

  /** Ids of the own / other / nonexistent object of each kind, as the principal relates to them. */
  function path(cell: Cell): string {
    const { endpoint, target } = cell;
    if (endpoint.route.startsWith('/verify/')) return ownDecisionVerification;
    const mine = cell.principal === 'assistant' ? assisted : cell.principal === 'mediator' ? mediated : own;
    const story = target === 'own' ? mine : target === 'other' ? other : null;
    const missing = randomUUID();
    const photoOf = (found: SettledStory | null) => (found ? found.photoIds[0]! : randomUUID());
    const payoutFor = (found: SettledStory | null, insurer: string) =>
      found?.payouts.find((payout) => payout.payer === insurer)?.payoutId ?? missing;
    return endpoint.route
      .replace(':caseId', story?.caseId ?? missing)
      .replace(':photoId', photoOf(story))
      .replace(':variant', endpoint.variant ?? '')
      .replace(':claimId', story?.claims.A ?? missing)
      .replace(':payoutId', payoutFor(story, target === 'own' ? 'PICC' : 'CLIC'))
      .replace(
        ':mediationId',
        target === 'own' ? mediated.mediationId : target === 'other' ? otherMediated.mediationId : missing,
      )
      .replace(':party', 'A')
      .replace(':name', 'case-views');
  }

  async function send(cell: Cell): Promise<{ response: Response; body: ArrayBuffer }> {
    const client = clients[cell.principal];
    const url = path(cell);
    if (cell.endpoint.send === 'stream') {
      const abort = new AbortController();
      const response = await fetch(`${server.baseUrl}${url}`, {
        headers: client.token ? { authorization: `Bearer ${client.token}` } : {},
        signal: abort.signal,
      });
      // A feed never ends: a refusal is read whole, an open stream is left after its headers.
      const body = response.ok ? new ArrayBuffer(0) : await response.arrayBuffer();
      abort.abort();
      return { response, body };
    }
    const response = await request(cell, client, url);
    return { response, body: await response.arrayBuffer() };
  }

  async function request(cell: Cell, client: Client, url: string): Promise<Response> {
    switch (cell.endpoint.send) {
      case 'get':
      case 'stream':
        return client.raw('GET', url);
      case 'json':
        return client.raw('POST', url, JSON.stringify({ injected: 'CLOSED', status: 'LIABILITY_FINAL' }), {
          'content-type': 'application/json',
        });
      case 'none':
        return client.raw('POST', url, JSON.stringify({ status: 'CLOSED' }), { 'content-type': 'application/json' });
      case 'multipart': {
        const form = new FormData();
        form.append('kind', 'SELFIE');
        form.append('file', new Blob([new Uint8Array(await makeJpeg())]), 'photo.jpg');
        return client.raw('POST', url, form);
      }
      default: {
        const exhaustive: never = cell.endpoint.send;
        return exhaustive;
      }
    }
  }

  it.each(CELLS.map((cell) => [label(cell), cell] as const))('%s', async (_label, cell) => {
    const { response, body } = await send(cell);
    const contentType = response.headers.get('content-type') ?? '';
    expect({ status: response.status, problem: problemCode(contentType, body) }).toMatchObject({
      status: cell.expected,
      ...(cell.expectedCode ? { problem: cell.expectedCode } : {}),
    });
    if (response.status >= 400) {
      expect(contentType).toContain('application/problem+json');
    } else {
      expectDocumented(documentedResponses, cell, contentType, body);
    }
    checked += 1;
  });

  it('recorded nothing: every command cell was refused before it reached the event store', async () => {
    expect(await eventStore.headPosition()).toBe(headBefore);
  });
});

function problemCode(contentType: string, body: ArrayBuffer): string | undefined {
  if (!contentType.includes('json')) return undefined;
  return (JSON.parse(Buffer.from(body).toString('utf8')) as { code?: string }).code;
}

function expectDocumented(
  documentedResponses: ReadonlyMap<string, SuccessResponse>,
  cell: Cell,
  contentType: string,
  body: ArrayBuffer,
): void {
  const documented = documentedResponses.get(`${cell.endpoint.method} ${cell.endpoint.route}`);
  if (!documented) throw new Error(`no documented response for ${cell.endpoint.route}`);
  if ('json' in documented) {
    expect(contentType).toContain('application/json');
    const parsed = (documented.json as z.ZodType).safeParse(JSON.parse(Buffer.from(body).toString('utf8')));
    expect(parsed.error?.issues ?? []).toEqual([]);
  } else if ('binary' in documented) {
    expect(documented.binary).toContain(contentType);
  } else {
    expect(contentType).toContain(documented.text);
  }
}
