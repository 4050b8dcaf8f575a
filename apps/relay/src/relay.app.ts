import { CaseViews } from '@quickclaim/accident-case';
import { ClaimViews } from '@quickclaim/claims';
import type {
  Clock,
  EventStore,
  IdGenerator,
  MessageBus,
  NotificationGateway,
  PositionCheckpoint,
  ReadStore,
} from '@quickclaim/platform';
import { StoredCheckpoint, StoredProgress } from '@quickclaim/platform/eventsourcing';
import { FileCheckpoint } from '@quickclaim/platform/files';
import { probe, type HealthReport } from '@quickclaim/platform/ops';
import {
  BackgroundProcesses,
  backgroundSettings,
  directCommands,
  type ClaimsProcessViews,
} from '@quickclaim/processes';
import { join } from 'node:path';
import type { RelayConfig } from './relay.config';

export interface RelayDependencies {
  eventStore: EventStore;
  bus: MessageBus;
  /** Where the SMS requests of the bus are sent. */
  notificationGateway: NotificationGateway;
  /** The read models (MongoDB in production); null runs without views, checkpoints in files. */
  readStore: ReadStore | null;
  clock: Clock;
  ids: IdGenerator;
  settings: Pick<
    RelayConfig,
    | 'dataDir'
    | 'straightThroughLimitFen'
    | 'deadlineSweepMs'
    | 'readYourWritesTimeoutMs'
    | 'paymentGateway'
    | 'simulatedPayoutDelayMs'
    | 'simulatedPayoutFailFirstAttempts'
    | 'smsLinkBaseUrl'
    | 'timeZone'
  >;
  log: (message: string) => void;
}

export interface RunningRelay {
  background: BackgroundProcesses;
  health(): Promise<HealthReport>;
  stop(): Promise<void>;
}

/**
 * Everything that reacts to events, as one process (production runs exactly one): `$all` → Kafka
 * from its checkpoint, payout results from Kafka → claim commands, SMS requests → the SMS gateway, the claims process manager and
 * the response-period sweeper, appending straight to the event store. With a read store, the
 * process managers read the views and keep their checkpoints there, so the process keeps nothing
 * on its own disk and a replacement resumes where it stopped.
 */
export async function startRelay(dependencies: RelayDependencies): Promise<RunningRelay> {
  const { eventStore, bus, notificationGateway, readStore, clock, ids, settings, log } = dependencies;
  const checkpoint = (name: string): Promise<PositionCheckpoint> =>
    readStore
      ? StoredCheckpoint.open(readStore, name)
      : Promise.resolve(new FileCheckpoint(join(settings.dataDir, 'checkpoints', `${name}.json`)));
  const views = readStore ? await readViews(readStore, settings.readYourWritesTimeoutMs) : null;
  const background = new BackgroundProcesses({
    eventStore,
    bus,
    clock,
    ids,
    commands: directCommands({ eventStore, clock, ids }),
    checkpoints: { claimsProcess: await checkpoint('claims-process'), relay: await checkpoint('relay') },
    views,
    ...backgroundSettings(settings),
    notifications: {
      gateway: notificationGateway,
      texts: { linkBaseUrl: settings.smsLinkBaseUrl, timeZone: settings.timeZone },
    },
    log: { warn: log },
  });
  await background.start();
  if (!views) log('no read store: the response-period sweeper is off; the process managers fold the streams');
  log('relay started');
  return {
    background,
    health: async () => {
      let head = -1;
      const checks = {
        eventStore: await probe(async () => {
          head = await eventStore.headPosition();
        }),
        ...(readStore ? { readStore: await probe(() => readStore.ping()) } : {}),
      };
      const position = background.position();
      return {
        healthy: Object.values(checks).every((check) => check.status === 'up'),
        body: {
          checks,
          processes: { position, lag: Math.max(0, head - position), failures: background.failures().length },
        },
      };
    },
    stop: () => background.stop(),
  };
}

async function readViews(readStore: ReadStore, timeoutMs: number): Promise<ClaimsProcessViews> {
  const progress = new StoredProgress(readStore, [CaseViews.projection, ClaimViews.projection]);
  await progress.refresh();
  return { cases: new CaseViews(readStore), claims: new ClaimViews(readStore), progress, timeoutMs };
}
