export const NOTIFICATION_GATEWAY = Symbol('NOTIFICATION_GATEWAY');

/** One text message to one phone. */
export interface TextMessage {
  /**
   * Stable for the message: the same id sent twice is the same message (a redelivery), which the
   * far end is asked to deliver once (an HTTP gateway gets it as the `Idempotency-Key`).
   */
  id: string;
  to: string;
  text: string;
}

export interface SentReceipt {
  id: string;
  /** The far end's reference for the message, for support and audit. */
  reference: string;
  /** How many tries it took, the first included. */
  attempts: number;
}

/**
 * The SMS gateway: sends a driver a text. Sending resolves once the far end accepted the message;
 * it rejects with NotificationRejectedError when the far end refused this message for good (a
 * number it cannot reach, a text it will not send: trying again cannot help), and with
 * NotificationUnavailableError when it could not be reached or failed (trying later may help).
 */
export interface NotificationGateway {
  /** Which adapter this is (`simulated`, `http`), for the records of what was sent. */
  readonly name: string;
  send(message: TextMessage): Promise<SentReceipt>;
  close(): Promise<void>;
}

/** The far end refused the message for good. */
export class NotificationRejectedError extends Error {
  readonly code = 'NOTIFICATION_REJECTED';

  constructor(
    message: string,
    readonly attempts = 1,
  ) {
    super(message);
    this.name = 'NotificationRejectedError';
  }
}

/** The far end could not be reached, timed out or failed; the message may be sent later. */
export class NotificationUnavailableError extends Error {
  readonly code = 'NOTIFICATION_GATEWAY_UNAVAILABLE';

  constructor(
    message: string,
    readonly attempts = 1,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'NotificationUnavailableError';
  }
}

/** 13800000001 → 138****0001: enough to tell numbers apart in records, not enough to call one. */
export function maskedPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}
