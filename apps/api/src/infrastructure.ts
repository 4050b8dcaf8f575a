import { Logger } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { RandomIdGenerator, SystemClock, type Clock, type IdGenerator } from '@quickclaim/platform';
import { openStores, type StoreName, type Stores } from '@quickclaim/platform/stores';
import type { AppConfig } from './config';

/** The adapters behind the ports; tests may replace any of them. */
export interface Infrastructure extends Stores {
  clock: Clock;
  ids: IdGenerator;
}

const API_STORES: readonly StoreName[] = [
  'eventStore',
  'blobStore',
  'idempotencyStore',
  'messageBus',
  'readStore',
  'notificationGateway',
];

/** The configured stores (the embedded default needs no server), a real clock and random ids. */
export async function buildInfrastructure(
  config: AppConfig,
  overrides: Partial<Infrastructure> = {},
): Promise<Infrastructure> {
  // The development auth secret and the process managers' checkpoints live here too.
  mkdirSync(config.dataDir, { recursive: true });
  const { close: _closedByTheApplication, ...stores } = await openStores(
    // Nest's logger is the application's by the time an SMS is sent: the simulated gateway's lines join the others.
    { ...config, kafkaClientId: 'quickclaim', simulatedSmsLog: (line) => new Logger('SimulatedSms').log(line) },
    API_STORES,
    overrides,
  );
  return { ...stores, clock: overrides.clock ?? new SystemClock(), ids: overrides.ids ?? new RandomIdGenerator() };
}
