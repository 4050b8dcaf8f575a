/**
 * The event the append benchmarks write (bench:eventstore, bench:peer): a photo attached to a
 * case, ~800 bytes of data and metadata once serialised, fresh ids each time.
 */
import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@quickclaim/platform';

export function photoAttached(index: number): EventToAppend {
  return {
    eventId: randomUUID(),
    type: 'PhotoAttached',
    data: {
      photoId: randomUUID(),
      kind: 'FRONT_SIDE',
      sha256: 'a'.repeat(64),
      sizeBytes: 2_345_678 + index,
      width: 4000,
      height: 3000,
      format: 'jpeg',
      flags: [],
      party: 'A',
      uploadedBy: 'driver-a',
      attachedAt: '2026-11-22T08:00:00.000Z',
    },
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { sub: 'driver-a', role: 'driver' },
      recordedAt: '2026-11-22T08:00:00.000Z',
      schemaVersion: 1,
    },
  };
}
