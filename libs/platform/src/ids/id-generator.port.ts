import { randomInt, randomUUID } from 'node:crypto';

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

/** Predictable ids for tests: valid UUIDs counting up from 1, and join codes counting from 100000. */
export class SequentialIdGenerator implements IdGenerator {
  private uuids = 0;
  private codes = 0;

  uuid(): string {
    this.uuids += 1;
    return `00000000-0000-4000-8000-${this.uuids.toString(16).padStart(12, '0')}`;
  }

  joinCode(): string {
    this.codes += 1;
    return String(100_000 + this.codes);
  }
}
