import { JsonLogger } from './json-logger';
import { requestContext } from './request-context';

describe('JSON logger', () => {
  const capture = (level: 'debug' | 'info' | 'warn' | 'error' = 'info') => {
    const lines: Record<string, unknown>[] = [];
    const logger = new JsonLogger(level, (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
    return { logger, lines };
  };

  it('writes one object a line with time, level, context and message, redacted', () => {
    const { logger, lines } = capture();
    logger.log('sent SMS to 13800000002', 'Notifications');
    expect(lines).toEqual([
      { time: expect.any(String), level: 'info', context: 'Notifications', message: 'sent SMS to 138****0002' },
    ]);
  });

  it('adds the request id of the request being served', () => {
    const { logger, lines } = capture();
    requestContext.run({ requestId: 'req-42' }, () => logger.warn('slow', 'HTTP'));
    logger.warn('outside', 'HTTP');
    expect(lines.map((line) => line.requestId)).toEqual(['req-42', undefined]);
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
});
