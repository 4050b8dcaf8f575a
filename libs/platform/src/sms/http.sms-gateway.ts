import {
  NotificationRejectedError,
  NotificationUnavailableError,
  type NotificationGateway,
  type SentReceipt,
  type TextMessage,
} from '../ports/notification-gateway.port';

/** How long to wait between tries: full jitter over base × 2^(try − 1), capped (as handleCommand's conflicts). */
export interface SmsRetryBackoff {
  baseMs: number;
  maxMs: number;
  /** In [0, 1). */
  random(): number;
  pause(ms: number): Promise<void>;
}

export interface HttpSmsGatewaySettings {
  /** Where messages are POSTed as JSON `{ id, to, text }`. */
  url: string;
  /** Sent as `Authorization: Bearer <token>` when set. */
  token?: string;
  /** Longest wait for one try, answer included. */
  timeoutMs: number;
  /** Tries in all, the first included. */
  attempts: number;
  backoff?: Partial<SmsRetryBackoff>;
}

const DEFAULT_BACKOFF: SmsRetryBackoff = {
  baseMs: 250,
  maxMs: 5000,
  random: Math.random,
  pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Statuses a later try may get past: the far end is busy, slow or failing, not refusing this message. */
const TRANSIENT_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

type TryOutcome =
  | { kind: 'sent'; reference: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'failed'; reason: string; retryAfterMs: number | null; cause?: unknown };

/**
 * An SMS provider over HTTP: one POST per message, with the message id as `Idempotency-Key` so a
 * retried or redelivered message is one SMS at the far end. Each try has its own timeout; a
 * timeout, a network error or a transient status (5xx, 408, 425, 429) is tried again after a
 * jittered, growing pause (a `Retry-After` the far end gives is honoured, up to the cap); any other
 * 4xx is the far end refusing the message, and is not tried again.
 */
export class HttpSmsGateway implements NotificationGateway {
  readonly name = 'http';
  private readonly backoff: SmsRetryBackoff;

  constructor(private readonly settings: HttpSmsGatewaySettings) {
    if (settings.attempts < 1) throw new Error('An HTTP SMS gateway needs at least one attempt');
    this.backoff = { ...DEFAULT_BACKOFF, ...settings.backoff };
  }

  async send(message: TextMessage): Promise<SentReceipt> {
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.tryOnce(message);
      if (outcome.kind === 'sent') return { id: message.id, reference: outcome.reference, attempts: attempt };
      if (outcome.kind === 'refused') throw new NotificationRejectedError(outcome.reason, attempt);
      if (attempt >= this.settings.attempts) {
        throw new NotificationUnavailableError(`SMS gateway: ${outcome.reason} (after ${attempt} tries)`, attempt, {
          cause: outcome.cause,
        });
      }
      await this.backoff.pause(this.pauseMs(attempt, outcome.retryAfterMs));
    }
  }

  async close(): Promise<void> {
    return;
  }

  private pauseMs(attempt: number, retryAfterMs: number | null): number {
    const { baseMs, maxMs, random } = this.backoff;
    const jittered = Math.floor(random() * Math.min(maxMs, baseMs * 2 ** (attempt - 1)));
    return retryAfterMs === null ? jittered : Math.min(maxMs, Math.max(jittered, retryAfterMs));
  }

  private async tryOnce(message: TextMessage): Promise<TryOutcome> {
    try {
      const response = await fetch(this.settings.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': message.id,
          ...(this.settings.token ? { authorization: `Bearer ${this.settings.token}` } : {}),
        },
        body: JSON.stringify({ id: message.id, to: message.to, text: message.text }),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      const body = await response.text();
      if (response.ok) return { kind: 'sent', reference: referenceIn(body) ?? message.id };
      const reason = `HTTP ${response.status}`;
      if (!TRANSIENT_STATUSES.has(response.status))
        return { kind: 'refused', reason: `SMS gateway refused: ${reason}` };
      return { kind: 'failed', reason, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
    } catch (error) {
      // A DOMException, which is not an Error of every realm (jest's, for one): told apart by its name.
      const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
      const timedOut = name === 'TimeoutError' || name === 'AbortError';
      return {
        kind: 'failed',
        reason: timedOut ? `no answer within ${this.settings.timeoutMs} ms` : 'unreachable',
        retryAfterMs: null,
        cause: error,
      };
    }
  }
}

/** The far end's reference for the message, when its answer names one (`reference`, `messageId` or `id`). */
function referenceIn(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const reference = parsed.reference ?? parsed.messageId ?? parsed.id;
    return typeof reference === 'string' && reference !== '' ? reference : undefined;
  } catch {
    return undefined;
  }
}

/** `Retry-After` in seconds (the HTTP-date form is left to the backoff). */
function retryAfterMs(header: string | null): number | null {
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  return Number(header.trim()) * 1000;
}
