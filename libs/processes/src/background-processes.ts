import {
  NotificationsConsumer,
  PayoutResultsConsumer,
  Relay,
  SimulatedInsurers,
  type SimulatedInsurersSettings,
  type SmsTextSettings,
} from '@quickclaim/integration';
import { DEFAULT_SETTLEMENT_RULES } from '@quickclaim/claims';
import type { ProcessesConfig } from '@quickclaim/platform/config/processes';
import type {
  Clock,
  EventStore,
  IdGenerator,
  MessageBus,
  NotificationGateway,
  PositionCheckpoint,
} from '@quickclaim/platform';
import { ProcessRunner, type HandlerFailure } from '@quickclaim/platform/eventsourcing';
import { ClaimsProcess, type ClaimsProcessSettings, type ClaimsProcessViews } from './claims.process';
import type { ProcessCommands, ProcessLog } from './process-commands';
import { ResponsePeriodSweeper } from './response-period.sweeper';

export interface BackgroundDependencies {
  eventStore: EventStore;
  bus: MessageBus;
  clock: Clock;
  /** Ids of the events the processes record themselves (the records of sent SMS). */
  ids: IdGenerator;
  commands: ProcessCommands;
  checkpoints: { claimsProcess: PositionCheckpoint; relay: PositionCheckpoint };
  /** The read models, where this process can read them; without them the sweeper cannot run. */
  views: ClaimsProcessViews | null;
  settlement: ClaimsProcessSettings;
  /** The built-in payment systems of the embedded default, or null where real insurers answer. */
  simulatedInsurers: SimulatedInsurersSettings | null;
  /** How often overdue response periods are closed; 0 leaves it to whoever calls `sweeper.sweep()`. */
  sweepEveryMs: number;
  /** Where the SMS requests of the bus are sent, and how their texts are written. */
  notifications: { gateway: NotificationGateway; texts: SmsTextSettings };
  log: ProcessLog;
}

/**
 * What the background processes take from the configuration (the processes and settlement
 * pieces), alike in the API process and in apps/relay.
 */
export function backgroundSettings(
  config: ProcessesConfig & { straightThroughLimitFen: number },
): Pick<BackgroundDependencies, 'settlement' | 'simulatedInsurers' | 'sweepEveryMs'> {
  return {
    settlement: { rules: DEFAULT_SETTLEMENT_RULES, straightThroughLimitFen: config.straightThroughLimitFen },
    simulatedInsurers:
      config.paymentGateway === 'simulated'
        ? { delayMs: config.simulatedPayoutDelayMs, failFirstAttempts: config.simulatedPayoutFailFirstAttempts }
        : null,
    sweepEveryMs: config.deadlineSweepMs,
  };
}

/**
 * Everything that reacts to events rather than to requests: the claims process manager and the
 * relay fed from `$all`, payout results and SMS requests from the bus, the response-period
 * sweeper, and (embedded default) the simulated insurers. The API runs it in process by default; in production
 * `apps/relay` runs the one instance, and the API instances run none (PROCESSES=external).
 */
export class BackgroundProcesses {
  readonly sweeper: ResponsePeriodSweeper | null;
  private readonly runner: ProcessRunner;
  private readonly consumers: { start(): Promise<void>; stop(): Promise<void> }[];
  private started = false;

  constructor(private readonly deps: BackgroundDependencies) {
    const { eventStore, bus, clock, commands, checkpoints, views, log } = deps;
    this.runner = new ProcessRunner(eventStore, [
      new ClaimsProcess(commands, eventStore, clock, checkpoints.claimsProcess, deps.settlement, views, log),
      new Relay(eventStore, bus, checkpoints.relay),
    ]);
    this.consumers = [
      new PayoutResultsConsumer(
        bus,
        (claimId, command, context) => commands.onClaim(claimId, command, context),
        clock,
        log,
      ),
      new NotificationsConsumer({
        bus,
        gateway: deps.notifications.gateway,
        eventStore,
        clock,
        ids: deps.ids,
        texts: deps.notifications.texts,
        log,
      }),
      ...(deps.simulatedInsurers ? [new SimulatedInsurers(bus, deps.simulatedInsurers)] : []),
    ];
    this.sweeper = views ? new ResponsePeriodSweeper(commands, views, clock, log) : null;
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.runner.start();
    for (const consumer of this.consumers) await consumer.start();
    this.sweeper?.start(this.deps.sweepEveryMs);
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.sweeper?.stop();
    for (const consumer of this.consumers) await consumer.stop();
    await this.runner.stop();
  }

  /** The position every reaction has handled: for /health and its lag. */
  position(): number {
    return this.runner.currentPosition();
  }

  failures(): readonly HandlerFailure[] {
    return this.runner.failures;
  }
}
