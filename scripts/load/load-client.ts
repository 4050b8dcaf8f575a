/**
 * HTTP for virtual users: every call is timed under its command's name, and every answer that is
 * not one the story expects is kept as an error with its status and problem code.
 */
export interface CallRecord {
  name: string;
  status: number;
  ms: number;
  /** When the server answered a 2xx: the command was acknowledged. */
  acknowledged: boolean;
}

export interface LoadError {
  name: string;
  status: number;
  code?: string;
  detail?: string;
}

export class Recorder {
  readonly latencies = new Map<string, number[]>();
  readonly errors: LoadError[] = [];
  /** Answers the story expects and tolerates (e.g. 503 PHOTO_QUEUE_FULL), by name and status. */
  readonly tolerated = new Map<string, number>();
  calls = 0;

  record(call: CallRecord): void {
    this.calls += 1;
    const samples = this.latencies.get(call.name) ?? [];
    samples.push(call.ms);
    this.latencies.set(call.name, samples);
  }

  tolerate(name: string, status: number): void {
    const key = `${name} ${status}`;
    this.tolerated.set(key, (this.tolerated.get(key) ?? 0) + 1);
  }
}

export class UnexpectedAnswer extends Error {
  constructor(readonly answer: LoadError) {
    super(`${answer.name}: ${answer.status} ${answer.code ?? ''} ${answer.detail ?? ''}`.trim());
    this.name = 'UnexpectedAnswer';
  }
}

export interface Answer<T> {
  status: number;
  body: T;
  headers: Headers;
}

export class LoadClient {
  constructor(
    readonly baseUrl: string,
    private readonly recorder: Recorder,
    readonly token?: string,
  ) {}

  static async as(baseUrl: string, recorder: Recorder, claims: Record<string, string>): Promise<LoadClient> {
    const anonymous = new LoadClient(baseUrl, recorder);
    const reply = await anonymous.send<{ token: string }>('dev-token', 'POST', '/auth/dev-token', claims, [201]);
    return new LoadClient(baseUrl, recorder, reply.body.token);
  }

  /**
   * Sends one request, timed from the first byte sent to the whole answer read. A status outside
   * `expected` is recorded as an error and thrown, unless it is in `tolerated`.
   */
  async send<T = Record<string, unknown>>(
    name: string,
    method: string,
    path: string,
    body?: unknown,
    expected: readonly number[] = [200, 201, 202],
    tolerated: readonly number[] = [],
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = this.token ? { authorization: `Bearer ${this.token}` } : {};
    let payload: RequestInit['body'];
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    const started = process.hrtime.bigint();
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        ...(payload !== undefined ? { body: payload } : {}),
      });
      text = await response.text();
    } catch (error) {
      const failure: LoadError = { name, status: 0, detail: error instanceof Error ? error.message : String(error) };
      this.recorder.errors.push(failure);
      throw new UnexpectedAnswer(failure);
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const ok = expected.includes(response.status);
    this.recorder.record({ name, status: response.status, ms, acknowledged: response.ok });
    const parsed = (
      text && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text
    ) as T;
    if (!ok) {
      if (tolerated.includes(response.status)) {
        this.recorder.tolerate(name, response.status);
      } else {
        const problem = parsed as { code?: string; detail?: string };
        const failure: LoadError = {
          name,
          status: response.status,
          ...(problem.code ? { code: problem.code } : {}),
          ...(problem.detail ? { detail: problem.detail } : {}),
        };
        this.recorder.errors.push(failure);
        throw new UnexpectedAnswer(failure);
      }
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
