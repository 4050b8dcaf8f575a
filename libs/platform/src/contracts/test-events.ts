import { randomUUID } from 'node:crypto';
import type { Actor, EventToAppend } from '../ports/event-store.port';

export interface TestEventOptions {
  /** A random UUID unless given (`testEventId` makes predictable ones). */
  eventId?: string;
  actor?: Actor;
  schemaVersion?: number;
}

/** An event for a test to append: the type and data it is about, and metadata nobody looks at. */
export function testEvent(
  type: string,
  data: Record<string, unknown> = {},
  options: TestEventOptions = {},
): EventToAppend {
  return {
    eventId: options.eventId ?? randomUUID(),
    type,
    data,
    metadata: {
      correlationId: 'c',
      causationId: 'c',
      actor: options.actor ?? { sub: 'driver-a', role: 'driver' },
      recordedAt: '2026-11-22T08:00:00.000Z',
      schemaVersion: options.schemaVersion ?? 1,
    },
  };
}

/** The `n`-th predictable event id; two writers of one store need different 8-hex-digit prefixes. */
export function testEventId(n: number, prefix = '00000000'): string {
  return `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
}
