import { probe, startHealthServer } from './health-server';

describe('the health server of a process without HTTP', () => {
  it('answers 200 while healthy, 503 when a check fails, 404 elsewhere', async () => {
    let healthy = true;
    const server = await startHealthServer(
      0,
      async () => ({ healthy, body: { checks: { eventStore: await probe(async () => undefined) }, lag: 0 } }),
      '127.0.0.1',
    );
    try {
      const url = `http://127.0.0.1:${server.port}`;
      const ok = await fetch(`${url}/health`);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ status: 'ok', checks: { eventStore: { status: 'up' } }, lag: 0 });
      healthy = false;
      const degraded = await fetch(`${url}/health`);
      expect(degraded.status).toBe(503);
      expect(await degraded.json()).toMatchObject({ status: 'degraded' });
      expect((await fetch(`${url}/metrics`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('reports a failing probe as down with its reason', async () => {
    expect(
      await probe(async () => {
        throw new Error('connection refused');
      }),
    ).toEqual({ status: 'down', error: 'connection refused' });
  });
});
