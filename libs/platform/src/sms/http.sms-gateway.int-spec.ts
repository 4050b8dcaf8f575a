import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeNotificationGatewayContract } from '../contracts/notification-gateway.contract';
import {
  NotificationRejectedError,
  NotificationUnavailableError,
  type TextMessage,
} from '../ports/notification-gateway.port';
import { HttpSmsGateway, type HttpSmsGatewaySettings } from './http.sms-gateway';

interface Request {
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/**
 * A provider's SMS API on a local port: accepts `{ id, to, text }`, delivers each idempotency key
 * once, and can be told to be down, to refuse a number, to answer a given status a number of
 * times first, or to hang.
 */
class FakeSmsProvider {
  readonly requests: Request[] = [];
  private readonly delivered = new Map<string, TextMessage>();
  private readonly refused = new Set<string>();
  private down = false;
  private hang = false;
  private answersFirst: { status: number; headers?: Record<string, string> }[] = [];
  private server: Server | null = null;

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/sms`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  received = (): TextMessage[] => [...this.delivered.values()];
  goDown = (): void => void (this.down = true);
  comeUp = (): void => void (this.down = false);
  refuseNumber = (phone: string): void => void this.refused.add(phone);
  hangUp = (): void => void (this.hang = true);
  answerFirst(...answers: { status: number; headers?: Record<string, string> }[]): void {
    this.answersFirst.push(...answers);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    this.requests.push({ headers: request.headers, body });
    if (this.hang) return;
    const scripted = this.answersFirst.shift();
    if (scripted) return void response.writeHead(scripted.status, scripted.headers ?? {}).end();
    if (this.down) return void response.writeHead(503).end();
    if (this.refused.has(String(body.to))) return void response.writeHead(422).end('{"error":"unreachable number"}');
    const key = String(request.headers['idempotency-key']);
    if (!this.delivered.has(key)) {
      this.delivered.set(key, { id: String(body.id), to: String(body.to), text: String(body.text) });
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ reference: `P-${key}` }));
  }
}

const NO_PAUSE = { pause: async () => undefined, random: () => 0.5 };

describeNotificationGatewayContract('HTTP', async () => {
  const provider = new FakeSmsProvider();
  const url = await provider.start();
  const gateway = new HttpSmsGateway({ url, timeoutMs: 2000, attempts: 2, backoff: NO_PAUSE });
  return { gateway, farEnd: provider, close: () => provider.stop() };
});

describe('the HTTP SMS gateway', () => {
  let provider: FakeSmsProvider;
  let url: string;
  const pauses: number[] = [];
  const gateway = (settings: Partial<HttpSmsGatewaySettings> = {}) =>
    new HttpSmsGateway({
      url,
      timeoutMs: 2000,
      attempts: 4,
      backoff: { baseMs: 100, maxMs: 1000, random: () => 0.5, pause: async (ms) => void pauses.push(ms) },
      ...settings,
    });
  const message: TextMessage = { id: 'sms-1', to: '13800000001', text: '【快处快赔】验证码 100001' };

  beforeEach(async () => {
    provider = new FakeSmsProvider();
    url = await provider.start();
    pauses.length = 0;
  });
  afterEach(() => provider.stop());

  it('POSTs the message as JSON with its id as the idempotency key and the bearer token', async () => {
    const receipt = await gateway({ token: 'secret-token' }).send(message);
    expect(receipt).toEqual({ id: 'sms-1', reference: 'P-sms-1', attempts: 1 });
    expect(provider.requests).toEqual([
      {
        headers: expect.objectContaining({
          'content-type': 'application/json',
          'idempotency-key': 'sms-1',
          authorization: 'Bearer secret-token',
        }),
        body: { id: 'sms-1', to: '13800000001', text: '【快处快赔】验证码 100001' },
      },
    ]);
  });

  it('tries again after growing, jittered pauses while the far end fails, and counts the tries', async () => {
    provider.answerFirst({ status: 503 }, { status: 500 }, { status: 429 });
    const receipt = await gateway().send(message);
    expect(receipt.attempts).toBe(4);
    expect(pauses).toEqual([50, 100, 200]);
    expect(provider.received()).toEqual([message]);
  });

  it('waits as long as the far end’s Retry-After asks, up to the cap', async () => {
    provider.answerFirst(
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 503, headers: { 'retry-after': '30' } },
    );
    await gateway().send(message);
    expect(pauses).toEqual([50, 1000]);
  });

  it('gives up after its tries with the gateway unavailable, and how many tries it made', async () => {
    provider.goDown();
    const sending = gateway({ attempts: 3 }).send(message);
    await expect(sending).rejects.toBeInstanceOf(NotificationUnavailableError);
    await expect(sending).rejects.toMatchObject({ attempts: 3, message: expect.stringContaining('HTTP 503') });
    expect(provider.requests).toHaveLength(3);
  });

  it('times out a far end that does not answer, and tries again', async () => {
    provider.hangUp();
    const sending = gateway({ attempts: 2, timeoutMs: 100 }).send(message);
    await expect(sending).rejects.toMatchObject({
      name: 'NotificationUnavailableError',
      message: expect.stringContaining('no answer within 100 ms'),
    });
    expect(provider.requests).toHaveLength(2);
  });

  it('does not try again when the far end refuses the message', async () => {
    provider.refuseNumber('13800000001');
    await expect(gateway().send(message)).rejects.toBeInstanceOf(NotificationRejectedError);
    expect(provider.requests).toHaveLength(1);
    expect(pauses).toEqual([]);
  });

  it('reports an address nothing listens on as unavailable', async () => {
    await provider.stop();
    await expect(gateway({ attempts: 2 }).send(message)).rejects.toMatchObject({
      name: 'NotificationUnavailableError',
      message: expect.stringContaining('unreachable'),
    });
  });
});
