import { Api } from './client';
import { followLive, type LiveStatus } from './live';
import { createQueryClient, live } from './queries';

/** A response whose body the test writes event by event, and closes to drop the connection. */
function openStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, {
      headers: { 'content-type': 'text/event-stream', date: new Date(Date.now() - 4000).toUTCString() },
    }),
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    drop: () => controller.close(),
  };
}

describe('following a live view', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
    jest.useRealTimers();
  });

  function fetchServing(...answers: (() => Response)[]) {
    const paths: string[] = [];
    global.fetch = (async (path: string) => {
      paths.push(path);
      const answer = answers.shift();
      if (!answer) throw new TypeError('offline');
      return answer();
    }) as typeof fetch;
    return paths;
  }

  it('writes each snapshot of its event into the query cache, and reconnects after a drop', async () => {
    jest.useFakeTimers({ now: Date.parse('2026-11-22T08:00:00Z') });
    const first = openStream();
    const second = openStream();
    const paths = fetchServing(
      () => first.response,
      () => second.response,
    );
    const client = createQueryClient(new Api('token'));
    const source = live.deskQueue();
    const statuses: Partial<LiveStatus>[] = [];
    const controller = new AbortController();
    followLive(new Api('token'), client, source, (change) => statuses.push(change), controller.signal);
    await jest.advanceTimersByTimeAsync(0);
    first.send('event: other\ndata: {"items":["not this"]}\n\n');
    first.send('event: queue\ndata: {"items":["one"]}\n\n');
    await jest.advanceTimersByTimeAsync(0);
    expect(client.getQueryData(source.queryKey)).toEqual({ items: ['one'] });
    expect(statuses).toContainEqual({ connected: true, error: null });
    expect(statuses.find((status) => status.skewMs !== undefined)?.skewMs).toBeGreaterThanOrEqual(3000);

    first.drop();
    await jest.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toEqual({ connected: false });
    expect(paths).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1000);
    second.send('event: queue\ndata: {"items":["two"]}\n\n');
    await jest.advanceTimersByTimeAsync(0);
    expect(paths).toEqual(['/desk/queue/stream', '/desk/queue/stream']);
    expect(client.getQueryData(source.queryKey)).toEqual({ items: ['two'] });
    controller.abort();
  });

  it('stops for good when the API refuses the stream', async () => {
    jest.useFakeTimers();
    const paths = fetchServing(() =>
      Response.json({ status: 403, code: 'ROLE_NOT_ALLOWED', detail: 'no' }, { status: 403 }),
    );
    const statuses: Partial<LiveStatus>[] = [];
    const source = live.case('c1');
    followLive(
      new Api('token'),
      createQueryClient(new Api('token')),
      source,
      (change) => statuses.push(change),
      new AbortController().signal,
    );
    await jest.advanceTimersByTimeAsync(60_000);
    expect(paths).toEqual(['/cases/c1/stream']);
    expect(statuses.at(-1)).toMatchObject({ connected: false, error: { problem: { code: 'ROLE_NOT_ALLOWED' } } });
  });

  it('backs off while the network is down, and stops when the view closes', async () => {
    jest.useFakeTimers();
    const paths = fetchServing();
    const controller = new AbortController();
    followLive(
      new Api('token'),
      createQueryClient(new Api('token')),
      live.case('c1'),
      () => undefined,
      controller.signal,
    );
    await jest.advanceTimersByTimeAsync(0);
    await jest.advanceTimersByTimeAsync(1000 + 2000 + 4000);
    expect(paths).toHaveLength(4);
    controller.abort();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(paths).toHaveLength(4);
  });
});
