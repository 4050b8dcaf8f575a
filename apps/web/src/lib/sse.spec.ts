import { EventStreamParser, readEventStream, reconnectDelayMs, type StreamEvent } from './sse';

describe('reading server-sent events', () => {
  it('dispatches an event at the blank line, with its type and id', () => {
    const parser = new EventStreamParser();
    expect(parser.push('event: queue\nid: 42\ndata: {"items":[]}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'queue', id: '42', data: '{"items":[]}' }]);
  });

  it('assembles events split anywhere across chunks, even inside a CRLF', () => {
    const stream = 'event: case\r\ndata: {"a":\r\ndata: 1}\r\n\r\n';
    for (let cut = 1; cut < stream.length; cut += 1) {
      const parser = new EventStreamParser();
      const events = [...parser.push(stream.slice(0, cut)), ...parser.push(stream.slice(cut))];
      expect(events).toEqual([{ event: 'case', id: '', data: '{"a":\n1}' }]);
    }
  });

  it('skips comments and keep-alives, and dispatches nothing for an event without data', () => {
    const parser = new EventStreamParser();
    expect(parser.push(': keep-alive\n\nevent: queue\n\n:another\r\r')).toEqual([]);
  });

  it('defaults the type to message and keeps the last id for later events', () => {
    const parser = new EventStreamParser();
    expect(parser.push('id: 7\ndata: one\n\ndata: two\n\n')).toEqual([
      { event: 'message', id: '7', data: 'one' },
      { event: 'message', id: '7', data: 'two' },
    ]);
  });

  it('drops only one space after the colon, and reads a field without a colon as empty', () => {
    const parser = new EventStreamParser();
    expect(parser.push('data:  two spaces\ndata\n\n')).toEqual([{ event: 'message', id: '', data: ' two spaces\n' }]);
  });

  it('remembers the retry the server asks for, ignoring nonsense', () => {
    const parser = new EventStreamParser();
    parser.push('retry: 2000\n\nretry: soon\n\n');
    expect(parser.retryMs).toBe(2000);
  });

  it('reads a byte stream whose multi-byte characters are cut between chunks', async () => {
    const bytes = new TextEncoder().encode('event: case\ndata: {"district":"渝中"}\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 5) controller.enqueue(bytes.slice(offset, offset + 5));
        controller.close();
      },
    });
    const seen: StreamEvent[] = [];
    await readEventStream(body, (event) => seen.push(event));
    expect(seen).toEqual([{ event: 'case', id: '', data: '{"district":"渝中"}' }]);
  });

  it('backs off between reconnections up to half a minute', () => {
    expect([1, 2, 3, 4, 10].map((failures) => reconnectDelayMs(failures, null))).toEqual([
      1000, 2000, 4000, 8000, 30_000,
    ]);
    expect(reconnectDelayMs(1, 2000)).toBe(2000);
  });
});
