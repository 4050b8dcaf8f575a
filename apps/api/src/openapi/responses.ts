import { z } from 'zod';

/** What the operations and sign-in routes answer on success (the contexts document their own). */

const instant = z.string();

export const DevToken = z.strictObject({ token: z.string() });

const check = z.strictObject({ status: z.enum(['up', 'down']), error: z.string().optional() });
export const Health = z.strictObject({
  status: z.enum(['ok', 'degraded']),
  checks: z.strictObject({
    eventStore: check,
    readStore: check,
    /** The chains of the stored events, verified at start (ADR 34). */
    integrity: z.strictObject({
      status: z.enum(['up', 'down']),
      state: z.enum(['off', 'checking', 'done', 'partial']),
      events: z.number().int(),
      problems: z.number().int(),
      found: z.array(z.string()),
    }),
    projections: z.strictObject({
      status: z.enum(['up', 'down']),
      position: z.number().int(),
      lag: z.number().int(),
      failures: z.number().int(),
    }),
  }),
});

const projectionFailure = z.strictObject({
  position: z.number().int(),
  streamId: z.string(),
  eventType: z.string(),
  message: z.string(),
});
export const ProjectionStates = z.strictObject({
  items: z.array(
    z.strictObject({
      name: z.string(),
      generation: z.number().int(),
      version: z.number().int(),
      position: z.number().int(),
      lag: z.number().int(),
      failureCount: z.number().int(),
      failures: z.array(projectionFailure),
      rebuilding: z
        .strictObject({
          generation: z.number().int(),
          position: z.number().int(),
          head: z.number().int(),
          startedAt: instant,
          eventsPerSecond: z.number().optional(),
          secondsLeft: z.number().nullable().optional(),
        })
        .nullable(),
      lastRebuild: z
        .union([
          z.strictObject({
            projection: z.string(),
            generation: z.number().int(),
            position: z.number().int(),
            events: z.number().int(),
            seconds: z.number(),
            eventsPerSecond: z.number(),
            failures: z.number().int(),
            swapped: z.boolean(),
          }),
          z.strictObject({ error: z.string() }),
        ])
        .nullable(),
    }),
  ),
});
export const RebuildAccepted = z.strictObject({
  projection: z.string(),
  status: z.literal('REBUILDING'),
  requestedAt: instant,
});

const streamHead = z.strictObject({ revision: z.number().int(), position: z.number().int(), hash: z.string() });

/** The head of every stream, signed with the platform's Ed25519 key (ADR 34). */
export const SignedCheckpoint = z.strictObject({
  checkpoint: z.strictObject({
    version: z.literal(1),
    signedAt: z.string(),
    position: z.number().int(),
    streams: z.number().int(),
    events: z.number().int(),
    missingPositions: z.array(z.tuple([z.number().int(), z.number().int()])),
    heads: z.record(z.string(), streamHead),
  }),
  signature: z.string(),
  keyId: z.string(),
  publicKey: z.string(),
});
