/**
 * Server-sent events read from a fetch body (EventSource cannot send the bearer token). The
 * parser follows the WHATWG event-stream rules: lines end in LF, CRLF or CR; `data` lines join
 * with LF; a blank line dispatches; `:` starts a comment; one space after the colon is dropped.
 */

export interface StreamEvent {
  event: string;
  data: string;
  id: string;
}

export class EventStreamParser {
  private buffer = '';
  private data: string[] = [];
  private eventType = '';
  private lastEventId = '';
  private pendingCarriageReturn = false;
  /** The reconnection delay the server asked for, if any. */
  retryMs: number | null = null;

  /** Feeds a decoded chunk; returns the events it completed. */
  push(chunk: string): StreamEvent[] {
    let text = chunk;
    if (this.pendingCarriageReturn && text.startsWith('\n')) text = text.slice(1);
    this.pendingCarriageReturn = false;
    this.buffer += text;
    const events: StreamEvent[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.buffer);
      if (!match) break;
      // A CR at the very end may be the first half of a CRLF split across chunks.
      if (match[0] === '\r' && match.index === this.buffer.length - 1) this.pendingCarriageReturn = true;
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      const event = this.line(line);
      if (event) events.push(event);
    }
    return events;
  }

  private line(line: string): StreamEvent | null {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.eventType = value;
        break;
      case 'data':
        this.data.push(value);
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retryMs = Number(value);
        break;
      default:
        break;
    }
    return null;
  }

  private dispatch(): StreamEvent | null {
    const data = this.data;
    const eventType = this.eventType;
    this.data = [];
    this.eventType = '';
    if (data.length === 0) return null;
    return { event: eventType || 'message', data: data.join('\n'), id: this.lastEventId };
  }
}

/** Reads a streaming response to its end (or until aborted), handing each event over. */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: StreamEvent) => void,
  parser = new EventStreamParser(),
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      for (const event of parser.push(decoder.decode(value, { stream: true }))) onEvent(event);
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
