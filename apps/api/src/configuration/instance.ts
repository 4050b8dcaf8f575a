import { oneOf, readPiece, refuse, type Environment } from '@quickclaim/platform/config/piece';
import type { ReadStoreKind } from '@quickclaim/platform/config/read-store';
import { z } from 'zod';

export type ProjectionsMode = 'embedded' | 'external';
export type ProcessesMode = 'embedded' | 'external';

const schema = (readStore: ReadStoreKind) =>
  z
    .object({
      PROJECTIONS: oneOf('PROJECTIONS', ['embedded', 'external'], 'embedded'),
      PROCESSES: oneOf('PROCESSES', ['embedded', 'external'], 'embedded'),
      READ_STORE_CHECKS: oneOf('READ_STORE_CHECKS', ['on', 'off'], 'off'),
    })
    .superRefine((variables, context) => {
      if (variables.PROJECTIONS === 'external' && readStore === 'memory') {
        refuse(context, 'PROJECTIONS=external needs READ_STORE=mongodb: another process cannot feed this one’s memory');
      }
    })
    .transform((variables) => ({
      /** `embedded`: this process feeds the read models; `external`: `apps/projector` does, this process reads and waits. */
      projections: variables.PROJECTIONS as ProjectionsMode,
      /**
       * `embedded`: this process also runs the process managers, the relay, the payout-results consumer
       * and the sweeper; `external`: `apps/relay` runs them (production, where several API instances run).
       */
      processes: variables.PROCESSES as ProcessesMode,
      /** Refuse unindexed read-store queries and freeze stored documents (the tests turn it on). */
      readStoreChecks: variables.READ_STORE_CHECKS === 'on',
    }));

export type InstanceConfig = z.output<ReturnType<typeof schema>>;

/** What this API instance does besides answering requests (ADR 25): feed the read models, run the processes. */
export function instanceConfig(env: Environment, readStore: ReadStoreKind): InstanceConfig {
  return readPiece(schema(readStore), {
    PROJECTIONS: env.PROJECTIONS,
    PROCESSES: env.PROCESSES,
    READ_STORE_CHECKS: env.READ_STORE_CHECKS,
  });
}
