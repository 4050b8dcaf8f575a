import type { ReadStore } from '@quickclaim/platform';
import { DESK_QUEUE_COLLECTION, DESK_QUEUE_SCHEMA, type DeskQueueDocument } from './desk-queue.projection';

export const DESK_QUEUE = Symbol('DESK_QUEUE');

/** The police desk's queue: the cases of a district waiting for an officer, earliest deadline first. */
export class DeskQueue {
  static readonly projection = DESK_QUEUE_SCHEMA.projection;

  constructor(private readonly store: ReadStore) {}

  /**
   * `officerId`: the officer asking; a review is not in the queue of the officer whose decision
   * was disputed, who may not take it (REVIEW_NEEDS_ANOTHER_OFFICER).
   */
  waiting(district: string, limit: number, officerId?: string): Promise<DeskQueueDocument[]> {
    return this.store.find<DeskQueueDocument>(
      DESK_QUEUE_COLLECTION,
      { district, onDesk: true, ...(officerId !== undefined ? { excludedOfficer: { $ne: officerId } } : {}) },
      { sort: { deadline: 1 }, limit },
    );
  }
}
