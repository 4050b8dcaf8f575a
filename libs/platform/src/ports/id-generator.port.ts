import { createHash, randomInt, randomUUID } from 'node:crypto';

export const ID_GENERATOR = Symbol('ID_GENERATOR');

/** The only source of new identifiers, so tests can predict them. */
export interface IdGenerator {
  /** A UUID: event ids must be UUIDs for EventStoreDB. */
  uuid(): string;
  /** The short code a reporter gives the other driver to join the case. */
  joinCode(): string;
}

export class RandomIdGenerator implements IdGenerator {
  uuid(): string {
    return randomUUID();
  }

  joinCode(): string {
    return String(randomInt(0, 1_000_000)).padStart(6, '0');
  }
}

/**
 * Predictable ids for tests: valid UUIDs counting up from 1, and join codes counting from 100000.
 * Two generators feeding one store need different prefixes (8 hex digits), or their event ids meet.
 */
export class SequentialIdGenerator implements IdGenerator {
  private uuids = 0;
  private codes = 0;

  constructor(private readonly prefix = '00000000') {
    if (!/^[0-9a-f]{8}$/.test(prefix)) throw new Error(`A UUID prefix is 8 hex digits, got "${prefix}"`);
  }

  uuid(): string {
    this.uuids += 1;
    return `${this.prefix}-0000-4000-8000-${this.uuids.toString(16).padStart(12, '0')}`;
  }

  joinCode(): string {
    this.codes += 1;
    return String(100_000 + this.codes);
  }
}

/**
 * The same UUID-shaped id for the same parts, every time: what a process manager uses so that
 * reacting twice to one event addresses the same claim or payout instead of making a new one.
 */
export function derivedId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
