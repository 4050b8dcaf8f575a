import { format } from 'node:util';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../configuration/logging';
import { redactText, redactValue } from './redact';

/** pino's levels, named as LOG_LEVEL names them (Nest's `verbose` and `fatal` included). */
const LEVEL_NAMES: Record<string, LogLevel> = {
  trace: 'debug',
  debug: 'debug',
  info: 'info',
  warn: 'warn',
  error: 'error',
  fatal: 'error',
};

/**
 * Structured logs with pino: one JSON object a line (time, level, context, message, the request id
 * of the request being served, and any fields), every string redacted (redact.ts) before pino
 * writes it. `write` receives each line instead of stdout (the tests read them).
 */
export function createLogger(level: LogLevel | 'silent', write?: (line: string) => void): Logger {
  const destination: DestinationStream | undefined = write ? { write } : undefined;
  const options = {
    level,
    messageKey: 'message',
    base: null,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: LEVEL_NAMES[label] ?? label }) },
    hooks: {
      logMethod(this: Logger, args: unknown[], method: (...args: unknown[]) => void) {
        method.apply(this, redacted(args));
      },
    },
  };
  // Silent (tests that start many applications): no stdout stream, no flush timer.
  return pino(options, destination ?? (level === 'silent' ? { write: () => undefined } : stdoutBuffered()));
}

/** Lines gathered before a write (about 10 access lines); never held longer than LOG_FLUSH_MS. */
export const LOG_BUFFER_BYTES = 4096;
export const LOG_FLUSH_MS = 250;

/**
 * stdout, buffered: pino's default destination wrote every line with its own synchronous
 * write(2) as it was logged (13 % of the CPU of a GET /health, most of its logging share), and
 * writing each line asynchronously cost as much (measured). sonic-boom gathers lines until
 * LOG_BUFFER_BYTES and writes them at once, off the event loop; a quiet server's lines go out
 * within LOG_FLUSH_MS. What is still buffered is written synchronously when the process exits
 * (pino registers that) and flushed when the application shuts down (`flushLogs`); a SIGKILL can
 * lose up to LOG_FLUSH_MS of lines.
 */
function stdoutBuffered(): DestinationStream {
  return pino.destination({ dest: 1, sync: false, minLength: LOG_BUFFER_BYTES, periodicFlush: LOG_FLUSH_MS });
}

/** Resolves once every line logged so far has been handed to the destination. */
export function flushLogs(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}

/**
 * What a logging call is given, redacted: its fields by name and pattern, its message, and an
 * error's stack (flattened to `stack`, as the logs have always carried it).
 */
function redacted(args: unknown[]): unknown[] {
  const [first, ...rest] = args;
  if (typeof first !== 'object' || first === null) return [redactText(format(...args))];
  const { err, ...fields } = first instanceof Error ? { err: first } : (first as Record<string, unknown>);
  const entry = redactValue(fields) as Record<string, unknown>;
  if (err instanceof Error) entry.stack = redactText(err.stack ?? err.message);
  else if (err !== undefined) entry.err = redactValue(err);
  const message =
    rest.length > 0 ? redactText(format(...rest)) : err instanceof Error ? redactText(err.message) : undefined;
  return message === undefined ? [entry] : [entry, message];
}
