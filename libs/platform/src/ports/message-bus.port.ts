export const MESSAGE_BUS = Symbol('MESSAGE_BUS');

export interface BusMessage {
  topic: string;
  /** Messages with one key keep their order: the stream id. */
  key: string;
  /** JSON, with a `version` field (docs/messages.md). */
  value: Record<string, unknown>;
  /** e.g. `event-id`: consumers deduplicate by it. */
  headers: Record<string, string>;
}

export type MessageHandler = (message: BusMessage) => Promise<void>;

export interface BusSubscription {
  stop(): Promise<void>;
}

/**
 * Topics between QuickClaim and the insurers' systems. Delivery is at least once: a message is
 * acknowledged to its group only after the handler resolved, so handlers must be idempotent.
 */
export interface MessageBus {
  /** Resolves once the bus has durably accepted every message. */
  publish(messages: readonly BusMessage[]): Promise<void>;
  /** Each message of the topic reaches one handler of the group, from the group's last acknowledged offset. */
  subscribe(topic: string, group: string, handler: MessageHandler): Promise<BusSubscription>;
  close(): Promise<void>;
}

export class MessageBusUnavailableError extends Error {
  readonly code = 'MESSAGE_BUS_UNAVAILABLE';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MessageBusUnavailableError';
  }
}
