import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger, PinoLogger } from 'nestjs-pino';
// nestjs-pino keeps one logger for lines written outside a request per process; each test makes its own.
import { __resetOutOfContextForTests } from 'nestjs-pino/PinoLogger';
import { accessLog } from './access-log';
import { pino } from 'pino';
import { createLogger, flushLogs, LOG_BUFFER_BYTES, LOG_FLUSH_MS } from './logger';

describe('logs (pino through nestjs-pino)', () => {
  const capture = (level: 'debug' | 'info' | 'warn' | 'error' = 'info') => {
    const lines: Record<string, unknown>[] = [];
    const pino = createLogger(level, (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
    return { pino, logger: new Logger(new PinoLogger({ pinoHttp: { logger: pino } }), {}), lines };
  };

  beforeEach(() => __resetOutOfContextForTests());

  it('writes one object a line with time, level, context and message, redacted', () => {
    const { logger, lines } = capture();
    logger.log('sent SMS to 13800000002', 'Notifications');
    expect(lines).toEqual([
      { time: expect.any(String), level: 'info', context: 'Notifications', message: 'sent SMS to 138****0002' },
    ]);
  });

  it('keeps the stack of an error, redacted, and merges structured fields', () => {
    const { logger, lines } = capture();
    logger.error('GET /x failed', 'Error: boom for 13800000002\n    at somewhere', 'HTTP');
    logger.log({ message: 'request', status: 200, authorization: 'Bearer secret' }, 'HTTP');
    expect(lines[0]).toMatchObject({
      level: 'error',
      message: 'GET /x failed',
      stack: expect.stringContaining('138****0002'),
    });
    expect(lines[1]).toMatchObject({ message: 'request', status: 200, authorization: '[REDACTED]' });
  });

  it('drops what is below the configured level', () => {
    const { logger, lines } = capture('warn');
    logger.debug('noise');
    logger.log('info');
    logger.warn('kept');
    logger.fatal('kept too');
    expect(lines.map((line) => line.level)).toEqual(['warn', 'error']);
  });

  it('binds the request id to the request’s logger, and writes one redacted request line once answered', () => {
    const { pino, lines } = capture();
    const request = Object.assign(new EventEmitter(), {
      id: 'req-42',
      method: 'GET',
      url: '/me/cases?phone=13800000001',
      originalUrl: '/me/cases?phone=13800000001',
      headers: {},
      ip: '10.0.0.7',
      principal: { sub: 'driver-1', role: 'driver' },
    }) as unknown as IncomingMessage & { log: { warn(message: string): void } };
    const response = Object.assign(new EventEmitter(), { statusCode: 200 }) as unknown as ServerResponse;
    accessLog(pino)(request, response, () => undefined);
    request.log.warn('slow');
    pino.warn('outside');
    response.emit('finish');
    expect(lines.map(({ message, requestId }) => ({ message, requestId }))).toEqual([
      { message: 'slow', requestId: 'req-42' },
      { message: 'outside', requestId: undefined },
      { message: 'request', requestId: 'req-42' },
    ]);
    expect(lines[2]).toMatchObject({
      level: 'info',
      method: 'GET',
      path: '/me/cases?phone=138****0001',
      status: 200,
      ip: '10.0.0.7',
      sub: 'driver-1',
      role: 'driver',
      durationMs: expect.any(Number),
    });
  });

  it('writes to stdout in buffered writes off the event loop, and flushes what it holds when asked', async () => {
    const logger = createLogger('error');
    const stream = (logger as unknown as Record<symbol, Record<string, unknown>>)[pino.symbols.streamSym];
    expect(stream).toMatchObject({ sync: false, fd: 1, minLength: LOG_BUFFER_BYTES, _periodicFlush: LOG_FLUSH_MS });
    await expect(flushLogs(logger)).resolves.toBeUndefined();
  });

  it('flushes a sink that writes at once without waiting', async () => {
    const { pino: logger, lines } = capture();
    logger.info('written');
    await flushLogs(logger);
    expect(lines).toEqual([expect.objectContaining({ message: 'written' })]);
  });
});
