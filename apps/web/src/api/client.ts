import { readEventStream, type EventStreamParser } from '../lib/sse';
import type { Problem } from './types';

const NETWORK_RETRY_DELAY_MS = 800;

/** A refusal of the API, with its problem details (a stable `code` to translate). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.code);
    this.name = 'ApiError';
  }
}

/** Anything a request threw, as the ApiError the screens show (a network failure has status 0). */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ status: 0, code: 'NETWORK', detail: error instanceof Error ? error.message : String(error) });
}

/** A key per user action: the retry after a dropped connection records nothing twice (api.md, Idempotency-Key). */
export function newIdempotencyKey(): string {
  // getRandomValues, unlike randomUUID, also exists on plain-HTTP pages (a phone on the LAN).
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as Partial<Problem>;
    if (typeof body.code === 'string') {
      return {
        status: response.status,
        detail: body.detail ?? '',
        code: body.code,
        ...(body.errors ? { errors: body.errors } : {}),
      };
    }
  } catch {
    // not problem+json: described below by the status alone
  }
  return {
    status: response.status,
    detail: text.slice(0, 200) || response.statusText,
    code: `HTTP_${response.status}`,
  };
}

/** The API on the page's own origin, speaking for one signed-in identity. */
export class Api {
  constructor(
    private readonly token: string | null,
    private readonly onUnauthorized: () => void = () => undefined,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...extra };
  }

  /**
   * One request; `attempts` > 1 only for requests carrying an Idempotency-Key, which a phone on a
   * weak connection may safely send again when the first try never got an answer.
   */
  private async send(path: string, init: RequestInit, attempts = 1): Promise<Response> {
    let response: Response | undefined;
    for (let attempt = 1; !response; attempt += 1) {
      try {
        response = await fetch(path, init);
      } catch {
        if (init.signal?.aborted || attempt >= attempts) {
          throw new ApiError({ status: 0, code: 'NETWORK', detail: 'network' });
        }
        await new Promise((resolve) => setTimeout(resolve, NETWORK_RETRY_DELAY_MS));
      }
    }
    if (response.status === 401 && this.token) this.onUnauthorized();
    if (!response.ok) throw new ApiError(await problemOf(response));
    return response;
  }

  private async json<T>(response: Response): Promise<T> {
    const text = await response.text();
    return (text ? JSON.parse(text) : {}) as T;
  }

  async get<T>(path: string, signal?: AbortSignal): Promise<T> {
    return this.json<T>(
      await this.send(path, { headers: this.headers({ accept: 'application/json' }), ...(signal ? { signal } : {}) }),
    );
  }

  async post<T = Record<string, unknown>>(path: string, body?: unknown): Promise<T> {
    return this.json<T>(
      await this.send(
        path,
        {
          method: 'POST',
          headers: this.headers({
            'content-type': 'application/json',
            accept: 'application/json',
            'idempotency-key': newIdempotencyKey(),
          }),
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        },
        2,
      ),
    );
  }

  async upload<T>(path: string, form: FormData): Promise<T> {
    return this.json<T>(
      await this.send(
        path,
        {
          method: 'POST',
          headers: this.headers({ accept: 'application/json', 'idempotency-key': newIdempotencyKey() }),
          body: form,
        },
        2,
      ),
    );
  }

  /** Image bytes need the bearer token, so <img> shows them from a blob: URL. */
  async blobUrl(path: string): Promise<string> {
    const response = await this.send(path, { headers: this.headers() });
    return URL.createObjectURL(await response.blob());
  }

  /**
   * Follows a server-sent event stream into `parser` until it ends or `signal` aborts. Resolves
   * when the server closed it; rejects with ApiError when refused, or on a network failure.
   */
  async stream(
    path: string,
    parser: EventStreamParser,
    signal: AbortSignal,
    onOpen: (serverDate: string | null) => void = () => undefined,
  ): Promise<void> {
    const response = await this.send(path, { headers: this.headers({ accept: 'text/event-stream' }), signal });
    if (!response.body) throw new ApiError({ status: 0, code: 'NETWORK', detail: 'no stream' });
    onOpen(response.headers.get('date'));
    parser.reconnect();
    await readEventStream(response.body, parser);
  }
}
