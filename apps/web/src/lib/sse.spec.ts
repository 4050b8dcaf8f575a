import { eventStreamParser, readEventStream, reconnectDelayMs, type StreamEvent } from './sse';

/** A parser whose completed events are collected, and a feed that returns those a chunk completed. */
function collecting() {
  const seen: StreamEvent[] = [];
  const parser = eventStreamParser((event) => seen.push(event));
  const push = (chunk: string) => {
    const before = seen.length;
    parser.feed(chunk);
    return seen.slice(before);
  };
  return { parser, push };
}

describe('reading server-sent events', () => {
  it('dispatches an event at the blank line, with its type and id', () => {
    const { push } = collecting();
    expect(push('event: queue\nid: 42\ndata: {"items":[]}\n')).toEqual([]);
    expect(push('\n')).toEqual([{ event: 'queue', id: '42', data: '{"items":[]}' }]);
  });

  it('assembles events split anywhere across chunks, even inside a CRLF', () => {
    const stream = 'event: case\r\ndata: {"a":\r\ndata: 1}\r\n\r\n';
    for (let cut = 1; cut < stream.length; cut += 1) {
      const { push } = collecting();
      const events = [...push(stream.slice(0, cut)), ...push(stream.slice(cut))];
      expect(events).toEqual([{ event: 'case', id: '', data: '{"a":\n1}' }]);
    }
  });

  it('skips comments and keep-alives, and dispatches nothing for an event without data', () => {
    const { push } = collecting();
    expect(push(': keep-alive\n\nevent: queue\n\n:another\r\r')).toEqual([]);
  });

  it('defaults the type to message and keeps the last id for later events', () => {
    const { push } = collecting();
    expect(push('id: 7\ndata: one\n\ndata: two\n\n')).toEqual([
      { event: 'message', id: '7', data: 'one' },
      { event: 'message', id: '7', data: 'two' },
    ]);
  });

  it('drops only one space after the colon, and reads a field without a colon as empty', () => {
    const { push } = collecting();
    expect(push('data:  two spaces\ndata\n\n')).toEqual([{ event: 'message', id: '', data: ' two spaces\n' }]);
  });

  it('remembers the retry the server asks for, ignoring nonsense', () => {
    const { parser, push } = collecting();
    push('retry: 2000\n\nretry: soon\n\n');
    expect(parser.retryMs).toBe(2000);
  });

  it('forgets a half-read event on reconnecting, keeping the last id and the retry', () => {
    const { parser, push } = collecting();
    push('retry: 3000\nid: 9\ndata: one\n\nevent: case\ndata: {"cut":');
    parser.reconnect();
    expect(push('data: two\n\n')).toEqual([{ event: 'message', id: '9', data: 'two' }]);
    expect(parser.retryMs).toBe(3000);
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
    await readEventStream(
      body,
      eventStreamParser((event) => seen.push(event)),
    );
    expect(seen).toEqual([{ event: 'case', id: '', data: '{"district":"渝中"}' }]);
  });

  it('backs off between reconnections up to half a minute', () => {
    expect([1, 2, 3, 4, 10].map((failures) => reconnectDelayMs(failures, null))).toEqual([
      1000, 2000, 4000, 8000, 30_000,
    ]);
    expect(reconnectDelayMs(1, 2000)).toBe(2000);
  });
});
