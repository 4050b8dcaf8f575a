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
