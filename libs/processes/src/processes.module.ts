import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AccidentCaseModule, CASE_VIEWS, ExecuteCaseCommand, type CaseViews } from '@quickclaim/accident-case';
import {
  CLAIM_VIEWS,
  ClaimsModule,
  ExecuteClaimCommand,
  type ClaimViews,
  type SettlementRules,
} from '@quickclaim/claims';
import type { SimulatedInsurersSettings, SmsTextSettings } from '@quickclaim/integration';
import {
  CLOCK,
  EVENT_STORE,
  ID_GENERATOR,
  MESSAGE_BUS,
  NOTIFICATION_GATEWAY,
  type Clock,
  type EventStore,
  type IdGenerator,
  type MessageBus,
  type NotificationGateway,
  type ReadProgress,
} from '@quickclaim/platform';
import { FileCheckpoint } from '@quickclaim/platform/files';
import { PROJECTION_RUNNER } from '@quickclaim/read-side';
import { join } from 'node:path';
import { BackgroundProcesses } from './background-processes';
import type { ProcessCommands } from './process-commands';
import { ResponsePeriodSweeper } from './response-period.sweeper';

export const BACKGROUND_PROCESSES = Symbol('BACKGROUND_PROCESSES');

export interface ProcessesSettings {
  /** Where the processes keep their checkpoints (`<dataDir>/checkpoints`). */
  dataDir: string;
  readYourWritesTimeoutMs: number;
  settlement: { rules: SettlementRules; straightThroughLimitFen: number };
  simulatedInsurers: SimulatedInsurersSettings | null;
  sweepEveryMs: number;
  /** How the texts of SMS are written (their links, their times). */
  smsTexts: SmsTextSettings;
}

/**
 * The background processes of this process (claims process manager, relay, payout results,
 * SMS requests, response-period sweeper), sending their commands through the command bus to the contexts'
 * handlers; whether they run is the application's choice (PROCESSES).
 */
@Module({})
export class ProcessesModule {
  static register(settings: ProcessesSettings): DynamicModule {
    return {
      module: ProcessesModule,
      global: true,
      imports: [AccidentCaseModule, ClaimsModule],
      providers: [
        {
          provide: BACKGROUND_PROCESSES,
          inject: [
            EVENT_STORE,
            CommandBus,
            CLOCK,
            ID_GENERATOR,
            MESSAGE_BUS,
            NOTIFICATION_GATEWAY,
            CASE_VIEWS,
            CLAIM_VIEWS,
            PROJECTION_RUNNER,
          ],
          useFactory: (
            eventStore: EventStore,
            commandBus: CommandBus,
            clock: Clock,
            ids: IdGenerator,
            bus: MessageBus,
            gateway: NotificationGateway,
            cases: CaseViews,
            claims: ClaimViews,
            progress: ReadProgress,
          ) => {
            const commands: ProcessCommands = {
              onCase: (caseId, command, context) =>
                commandBus.execute(new ExecuteCaseCommand(caseId, command, context)),
              onClaim: (claimId, command, context) =>
                commandBus.execute(new ExecuteClaimCommand(claimId, command, context)),
            };
            const logger = new Logger('Processes');
            return new BackgroundProcesses({
              eventStore,
              bus,
              clock,
              ids,
              commands,
              checkpoints: {
                claimsProcess: new FileCheckpoint(join(settings.dataDir, 'checkpoints', 'claims-process.json')),
                relay: new FileCheckpoint(join(settings.dataDir, 'checkpoints', 'relay.json')),
              },
              views: { cases, claims, progress, timeoutMs: settings.readYourWritesTimeoutMs },
              settlement: settings.settlement,
              simulatedInsurers: settings.simulatedInsurers,
              sweepEveryMs: settings.sweepEveryMs,
              notifications: { gateway, texts: settings.smsTexts },
              log: { warn: (message) => logger.warn(message) },
            });
          },
        },
        {
          // The sweeper runs on its timer; tests and operators may also sweep at once.
          provide: ResponsePeriodSweeper,
          inject: [BACKGROUND_PROCESSES],
          useFactory: (background: BackgroundProcesses) => background.sweeper,
        },
      ],
      exports: [BACKGROUND_PROCESSES, ResponsePeriodSweeper],
    };
  }
}
