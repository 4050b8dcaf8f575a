import { createParser } from 'eventsource-parser';

/**
 * Server-sent events read from a fetch body (EventSource cannot send the bearer token), parsed
 * by eventsource-parser (the WHATWG event-stream rules).
 */

export interface StreamEvent {
  event: string;
  data: string;
  /** The last event id seen on the stream, as EventSource's `lastEventId` keeps it. */
  id: string;
}

export interface EventStreamParser {
  /** Feeds a decoded chunk, cut anywhere; completed events go to `onEvent`. */
  feed(chunk: string): void;
  /** A new connection starts: drops a half-read event, keeps the last id and the retry delay. */
  reconnect(): void;
  /** The reconnection delay the server asked for, if any. */
  readonly retryMs: number | null;
}

export function eventStreamParser(onEvent: (event: StreamEvent) => void): EventStreamParser {
  let lastEventId = '';
  let retryMs: number | null = null;
  const parser = createParser({
    onEvent: (message) => {
      if (message.id !== undefined) lastEventId = message.id;
      onEvent({ event: message.event ?? 'message', data: message.data, id: lastEventId });
    },
    onRetry: (ms) => {
      retryMs = ms;
    },
  });
  return {
    feed: (chunk) => parser.feed(chunk),
    reconnect: () => parser.reset(),
    get retryMs() {
      return retryMs;
    },
  };
}

/** Reads a streaming response to its end (or until aborted), feeding the parser. */
export async function readEventStream(body: ReadableStream<Uint8Array>, parser: EventStreamParser): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } finally {
    reader.releaseLock();
  }
}

/** Waits between reconnections: 1 s, 2 s, 4 s … up to 30 s, or what the server asked for. */
export function reconnectDelayMs(failures: number, serverRetryMs: number | null): number {
  const base = serverRetryMs ?? 1000;
  return Math.min(30_000, base * 2 ** Math.max(0, failures - 1));
}
