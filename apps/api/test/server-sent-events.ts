import type { Client } from './harness';

export interface ServerSentEvent {
  event: string;
  id: string;
  data: unknown;
}

/** Reads server-sent events from a streaming fetch, one at a time, as a browser's reader would. */
export class EventReader {
  private buffer = '';
  private readonly decoder = new TextDecoder();

  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  static async open(client: Client, path: string): Promise<{ response: Response; events: EventReader }> {
    const response = await client.raw('GET', path, undefined, { accept: 'text/event-stream' });
    return { response, events: new EventReader(response.body!.getReader()) };
  }

  async next(): Promise<ServerSentEvent> {
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end >= 0) {
        const frame = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const fields = Object.fromEntries(
          frame
            .split('\n')
            .filter((line) => line !== '' && !line.startsWith(':'))
            .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trimStart()]),
        );
        if (fields.data === undefined) continue;
        return { event: fields.event ?? 'message', id: fields.id ?? '', data: JSON.parse(fields.data) };
      }
      const { value, done } = await this.reader.read();
      if (done) throw new Error('the stream ended');
      this.buffer += this.decoder.decode(value, { stream: true });
    }
  }

  async close(): Promise<void> {
    await this.reader.cancel();
  }
}
