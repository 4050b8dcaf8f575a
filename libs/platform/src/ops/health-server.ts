import { createServer, type Server } from 'node:http';

export interface HealthReport {
  healthy: boolean;
  /** Served as JSON: each adapter's status, positions and lag. */
  body: Record<string, unknown>;
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * `GET /health` for a process that serves no HTTP of its own (the projector, the relay), so an
 * orchestrator can probe it: 200 when every check passes, 503 otherwise; anything else is 404.
 */
export async function startHealthServer(
  port: number,
  check: () => Promise<HealthReport>,
  host = '0.0.0.0',
): Promise<HealthServer> {
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/health') {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"status":404}');
      return;
    }
    check().then(
      (report) =>
        response
          .writeHead(report.healthy ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
          .end(JSON.stringify({ status: report.healthy ? 'ok' : 'degraded', ...report.body })),
      (error: unknown) =>
        response
          .writeHead(503, { 'content-type': 'application/json' })
          .end(JSON.stringify({ status: 'degraded', error: error instanceof Error ? error.message : String(error) })),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Runs a readiness probe, turning a failure into `{ status: 'down', error }`. */
export async function probe(run: () => Promise<unknown>): Promise<{ status: 'up' | 'down'; error?: string }> {
  try {
    await run();
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}
