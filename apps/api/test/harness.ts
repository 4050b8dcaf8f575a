import { EVERY_CONDITION_HOLDS } from '@quickclaim/testing';
import type { INestApplication } from '@nestjs/common';
import { FixedClock, SequentialIdGenerator } from '@quickclaim/platform';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createApp } from '../src/bootstrap';
import { loadConfig, type AppConfig } from '../src/config';
import type { Infrastructure } from '../src/infrastructure';

export interface TestServer {
  app: INestApplication;
  baseUrl: string;
  config: AppConfig;
  clock: FixedClock;
  close(): Promise<void>;
}

export const T0 = '2026-11-22T08:00:00.000Z';

/** The embedded default on a random port over real HTTP, with a clock the test moves. */
export async function startServer(
  options: {
    dataDir?: string;
    env?: Record<string, string>;
    clock?: FixedClock;
    overrides?: Partial<Infrastructure>;
    /** Receives the server's JSON log lines (otherwise the server logs nothing). */
    logSink?: (line: string) => void;
  } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'qc-e2e-'));
  const config = loadConfig({ DATA_DIR: dataDir, DEADLINE_SWEEP_MS: '0', READ_STORE_CHECKS: 'on', ...options.env });
  const clock = options.clock ?? new FixedClock(T0);
  const app = await createApp(
    config,
    { clock, ids: new SequentialIdGenerator(), ...options.overrides },
    options.logSink ? { logSink: options.logSink } : { logger: false },
  );
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, baseUrl: `http://127.0.0.1:${address.port}`, config, clock, close: () => app.close() };
}

/**
 * The server of a describe block: started before its tests (then `ready`, to sign in its cast),
 * closed after them. Its fields are the running server's, read when a test uses them.
 */
export function serverForSuite(
  options: Parameters<typeof startServer>[0] = {},
  ready: (server: TestServer) => Promise<void> = async () => undefined,
): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startServer(options);
    await ready(started);
  });
  afterAll(async () => {
    await started?.close();
  });
  const running = (): TestServer => {
    if (!started) throw new Error("The suite's server starts in beforeAll: use it inside a test");
    return started;
  };
  return {
    get app() {
      return running().app;
    },
    get baseUrl() {
      return running().baseUrl;
    },
    get config() {
      return running().config;
    },
    get clock() {
      return running().clock;
    },
    close: () => running().close(),
  };
}

export interface Reply<T = Record<string, unknown>> {
  status: number;
  contentType: string;
  body: T;
}

/** A tiny HTTP client that speaks for one identity. */
export class Client {
  constructor(
    private readonly baseUrl: string,
    readonly token?: string,
  ) {}

  static async as(server: TestServer, claims: Record<string, string>): Promise<Client> {
    const reply = await new Client(server.baseUrl).post<{ token: string }>('/auth/dev-token', claims);
    if (reply.status !== 201) throw new Error(`dev-token failed: ${JSON.stringify(reply.body)}`);
    return new Client(server.baseUrl, reply.body.token);
  }

  get<T = Record<string, unknown>>(path: string): Promise<Reply<T>> {
    return this.send<T>('GET', path);
  }

  post<T = Record<string, unknown>>(
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    return this.send<T>('POST', path, body === undefined ? undefined : JSON.stringify(body), {
      'content-type': 'application/json',
      ...headers,
    });
  }

  async raw(
    method: string,
    path: string,
    body?: RequestInit['body'],
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method,
      ...(body !== undefined ? { body } : {}),
      headers: { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...headers },
    });
  }

  async upload<T = Record<string, unknown>>(
    path: string,
    kind: string,
    bytes: Buffer,
    filename = 'photo.jpg',
  ): Promise<Reply<T>> {
    return this.read<T>(await this.raw('POST', path, photoForm(kind, bytes, filename)));
  }

  async uploadWithKey<T = Record<string, unknown>>(
    path: string,
    kind: string,
    bytes: Buffer,
    key: string,
  ): Promise<Reply<T>> {
    return this.read<T>(await this.raw('POST', path, photoForm(kind, bytes, 'photo.jpg'), { 'idempotency-key': key }));
  }

  private async send<T>(
    method: string,
    path: string,
    body?: string,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    return this.read<T>(await this.raw(method, path, body, headers));
  }

  private async read<T>(response: Response): Promise<Reply<T>> {
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      contentType,
      body: (text && contentType.includes('json') ? JSON.parse(text) : text) as T,
    };
  }
}

function photoForm(kind: string, bytes: Buffer, filename: string): FormData {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', new Blob([new Uint8Array(bytes)]), filename);
  return form;
}

let photoSeed = 0;

/** A small real JPEG, different every call so no two uploads share a hash. */
export async function makeJpeg(): Promise<Buffer> {
  photoSeed += 1;
  return sharp({
    create: {
      width: 64,
      height: 48,
      channels: 3,
      background: { r: (photoSeed * 37) % 256, g: (photoSeed * 11) % 256, b: photoSeed % 256 },
    },
  })
    .jpeg()
    .toBuffer();
}

export function partyInput(overrides: Record<string, unknown> = {}) {
  return {
    driverName: '张三',
    phone: '13800000001',
    licenceNo: '110101199001011234',
    plate: '渝A12345',
    vehicleType: 'small car',
    insurer: 'PICC',
    policyNumber: 'PICC-2026-0001',
    coverage: { thirdPartyLimitFen: 100_000_000, ownDamage: true },
    ...overrides,
  };
}

export function reportBody(overrides: Record<string, unknown> = {}) {
  return {
    occurredAt: '2026-11-22T07:55:00.000Z',
    location: { lat: 29.563, lng: 106.551, address: '重庆市渝中区解放碑', district: 'yuzhong' },
    weather: 'clear',
    description: 'Rear-end at a red light',
    eligibility: EVERY_CONDITION_HOLDS,
    party: partyInput(),
    ...overrides,
  };
}

export const partyBInput = () =>
  partyInput({
    driverName: '李四',
    phone: '13800000002',
    plate: '渝B67890',
    insurer: 'CPIC',
    policyNumber: 'CPIC-2026-0002',
  });

export { eventually } from '@quickclaim/testing';
