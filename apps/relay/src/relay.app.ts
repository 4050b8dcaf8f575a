import { claimDecider, claimStreamId } from '@quickclaim/claims';
import { PayoutResultsConsumer, Relay } from '@quickclaim/integration';
import {
  FileCheckpoint,
  ProcessRunner,
  handleCommand,
  type Clock,
  type EventStore,
  type IdGenerator,
  type MessageBus,
} from '@quickclaim/platform';
import { join } from 'node:path';

export interface RelayDependencies {
  eventStore: EventStore;
  bus: MessageBus;
  clock: Clock;
  ids: IdGenerator;
  dataDir: string;
  log: (message: string) => void;
}

export interface RunningRelay {
  stop(): Promise<void>;
}

/**
 * The relay as its own process (production): `$all` → Kafka from its checkpoint, and payout
 * results from Kafka → claim commands, appended straight to the event store.
 */
export async function startRelay(dependencies: RelayDependencies): Promise<RunningRelay> {
  const { eventStore, bus, clock, ids, dataDir, log } = dependencies;
  const runner = new ProcessRunner(eventStore, [
    new Relay(eventStore, bus, new FileCheckpoint(join(dataDir, 'checkpoints', 'relay.json'))),
  ]);
  const consumer = new PayoutResultsConsumer(
    bus,
    (claimId, command, context) =>
      handleCommand({ eventStore, clock, ids }, claimStreamId(claimId), claimDecider, command, context),
    clock,
    { warn: log },
  );
  runner.start();
  await consumer.start();
  log('relay started');
  return {
    stop: async () => {
      await consumer.stop();
      await runner.stop();
    },
  };
}
