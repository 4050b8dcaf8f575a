import type { LoggerService, LogLevel as NestLogLevel } from '@nestjs/common';
import type { LogLevel } from '../configuration/logging';
import { redactText, redactValue } from './redact';
import { requestContext } from './request-context';

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * Structured logs: one JSON object a line (time, level, context, message, the request id of the
 * request being served, and any fields), every string redacted (redact.ts) on the way out.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly minimum: LogLevel = 'info',
    private readonly write: (line: string) => void = (line) => void process.stdout.write(line),
  ) {}

  log(message: unknown, ...params: unknown[]): void {
    this.emit('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.emit('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.emit('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.emit('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.emit('debug', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.emit('error', message, params);
  }

  setLogLevels(_levels: NestLogLevel[]): void {
    // The level comes from LOG_LEVEL; Nest's own list is not used.
  }

  private emit(level: LogLevel, message: unknown, params: unknown[]): void {
    if (RANK[level] < RANK[this.minimum]) return;
    const rest = [...params];
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stack = rest.find((param): param is string => typeof param === 'string' && param.includes('\n'));
    const fields =
      typeof message === 'object' && message !== null && !(message instanceof Error)
        ? (redactValue(message) as Record<string, unknown>)
        : { message: redactText(message instanceof Error ? message.message : String(message)) };
    const requestId = requestContext.getStore()?.requestId;
    const entry = {
      time: new Date().toISOString(),
      level,
      ...(context !== undefined ? { context } : {}),
      ...fields,
      ...(requestId !== undefined ? { requestId } : {}),
      ...(stack !== undefined ? { stack: redactText(stack) } : {}),
      ...(message instanceof Error && stack === undefined ? { stack: redactText(message.stack ?? '') } : {}),
    };
    this.write(`${JSON.stringify(entry)}\n`);
  }
}
