import {
  Global,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  Inject,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import { MulterModule } from '@nestjs/platform-express';
import { AccidentCaseModule, CASE_VIEWS, type CaseViews } from '@quickclaim/accident-case';
import { FRAUD_INDEXES, FraudIndexes, PhotoPipeline } from '@quickclaim/evidence';
import { SLA_METRICS, SlaMetrics, readModels } from '@quickclaim/read-side';
import { FraudSignals } from './evidence/fraud-signals.service';
import {
  BLOB_STORE,
  CLOCK,
  EVENT_STORE,
  ID_GENERATOR,
  IDEMPOTENCY_STORE,
  FileCheckpoint,
  ProjectionRunner,
  READ_STORE,
  type BlobStore,
  type Clock,
  type MessageBus,
  MESSAGE_BUS,
  type EventStore,
  type IdempotencyStore,
  type ReadStore,
} from '@quickclaim/platform';
import { AuditController } from './audit/audit.controller';
import { DocumentsModule } from './documents/documents.module';
import { DevelopmentTokenService } from './auth/dev-token.service';
import { DevTokenController } from './auth/dev-token.controller';
import { JwtTokenService } from './auth/jwt-token.service';
import { PolicyGuard } from './auth/policy.guard';
import { PolicyObjects } from './auth/policy-objects';
import { TOKEN_SERVICE } from './auth/token.service';
import { RateLimiter } from './http/rate-limiter';
import { CaseGateway } from './cases/case-gateway';
import { ClaimGateway } from './claims/claim-gateway';
import { ClaimsController } from './claims/claims.controller';
import { CasesController } from './cases/cases.controller';
import type { AppConfig } from './config';
import { DeskController } from './desk/desk.controller';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { LiveStreams } from './http/live-stream';
import { IdempotencyInterceptor, MultipartIdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import type { Infrastructure } from './infrastructure';
import { Metrics } from './ops/metrics';
import { OpsController } from './ops/ops.controller';
import { RequestMetricsInterceptor } from './ops/request-metrics.interceptor';
import { PhotosController } from './photos/photos.controller';
import { PhotoAdmission, PhotoAdmissionInterceptor } from './photos/photo-admission';
import { APP_CONFIG, BACKGROUND, PROJECTION_RUNNER } from './tokens';
import { BackgroundProcesses, ResponsePeriodSweeper, type ProcessCommands } from '@quickclaim/processes';
import { ExecuteCaseCommand } from '@quickclaim/accident-case';
import { ExecuteClaimCommand } from '@quickclaim/claims';
import { CLAIM_VIEWS, ClaimsModule, DEFAULT_SETTLEMENT_RULES, type ClaimViews } from '@quickclaim/claims';
import { join } from 'node:path';
import { ProjectionsController } from './ops/projections.controller';
import { ReadSideMetrics } from './ops/read-side.metrics';
import { ReadYourWrites } from './read-side/read-your-writes';

/** Starts the read side and the background processes with the application, and closes the stores after it. */
class Lifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    @Inject(PROJECTION_RUNNER) private readonly projections: ProjectionRunner,
    @Inject(BACKGROUND) private readonly background: BackgroundProcesses,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(BLOB_STORE) private readonly blobStore: BlobStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(IDEMPOTENCY_STORE) private readonly idempotency: IdempotencyStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.projections === 'embedded') await this.projections.start();
    else await this.projections.follow();
    if (this.config.processes === 'embedded') await this.background.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.background.stop();
    await this.projections.stop();
    await this.eventStore.close();
    await this.readStore.close();
    await this.blobStore.close();
    await this.idempotency.close?.();
    await this.bus.close();
  }
}

/** The adapters chosen for this process, visible to every module (the bounded contexts inject ports). */
@Global()
@Module({})
class InfrastructureModule {
  static register(config: AppConfig, infrastructure: Infrastructure): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      { provide: EVENT_STORE, useValue: infrastructure.eventStore },
      { provide: BLOB_STORE, useValue: infrastructure.blobStore },
      { provide: IDEMPOTENCY_STORE, useValue: infrastructure.idempotencyStore },
      { provide: CLOCK, useValue: infrastructure.clock },
      { provide: ID_GENERATOR, useValue: infrastructure.ids },
      { provide: MESSAGE_BUS, useValue: infrastructure.messageBus },
      { provide: READ_STORE, useValue: infrastructure.readStore },
    ];
    return { module: InfrastructureModule, providers, exports: providers.map((provider) => provider.provide) };
  }
}

@Module({})
export class AppModule {
  static register(config: AppConfig, infrastructure: Infrastructure): DynamicModule {
    const auth = config.security.auth;
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.register(config, infrastructure),
        CqrsModule.forRoot(),
        AccidentCaseModule,
        ClaimsModule,
        DocumentsModule,
        MulterModule.register({
          limits: { fileSize: config.maxUploadBytes, files: 1, fields: 4, parts: 6, fieldSize: 1024 },
        }),
      ],
      controllers: [
        ...(auth.mode === 'development' ? [DevTokenController] : []),
        CasesController,
        DeskController,
        PhotosController,
        AuditController,
        ClaimsController,
        OpsController,
        ProjectionsController,
      ],
      providers: [
        {
          provide: TOKEN_SERVICE,
          useFactory: () =>
            auth.mode === 'development' ? new DevelopmentTokenService(config.dataDir) : new JwtTokenService(auth),
        },
        { provide: RateLimiter, useFactory: () => new RateLimiter(config.security.rateLimits) },
        PolicyObjects,
        {
          provide: FRAUD_INDEXES,
          inject: [READ_STORE],
          useFactory: (store: ReadStore) => new FraudIndexes(store, config.fraud.similarPhotoMaxDistance),
        },
        { provide: SLA_METRICS, inject: [READ_STORE], useFactory: (store: ReadStore) => new SlaMetrics(store) },
        { provide: PhotoPipeline, useFactory: () => new PhotoPipeline(config.timeZone) },
        FraudSignals,
        {
          provide: PROJECTION_RUNNER,
          inject: [EVENT_STORE, READ_STORE, CLOCK],
          useFactory: (eventStore: EventStore, readStore: ReadStore, clock: Clock) =>
            new ProjectionRunner(eventStore, readStore, readModels({ timeZone: config.timeZone }), {
              clock,
              log: (message) => new Logger('ReadModels').log(message),
            }),
        },
        {
          provide: BACKGROUND,
          inject: [EVENT_STORE, CommandBus, CLOCK, MESSAGE_BUS, CASE_VIEWS, CLAIM_VIEWS, PROJECTION_RUNNER],
          useFactory: (
            eventStore: EventStore,
            commandBus: CommandBus,
            clock: Clock,
            bus: MessageBus,
            cases: CaseViews,
            claims: ClaimViews,
            progress: ProjectionRunner,
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
              commands,
              checkpoints: {
                claimsProcess: new FileCheckpoint(join(config.dataDir, 'checkpoints', 'claims-process.json')),
                relay: new FileCheckpoint(join(config.dataDir, 'checkpoints', 'relay.json')),
              },
              views: { cases, claims, progress, timeoutMs: config.readYourWritesTimeoutMs },
              settlement: { rules: DEFAULT_SETTLEMENT_RULES, straightThroughLimitFen: config.straightThroughLimitFen },
              simulatedInsurers:
                config.paymentGateway === 'simulated'
                  ? {
                      delayMs: config.simulatedPayoutDelayMs,
                      failFirstAttempts: config.simulatedPayoutFailFirstAttempts,
                    }
                  : null,
              sweepEveryMs: config.deadlineSweepMs,
              log: { warn: (message) => logger.warn(message) },
            });
          },
        },
        {
          // The sweeper runs on its timer; tests and operators may also sweep at once.
          provide: ResponsePeriodSweeper,
          inject: [BACKGROUND],
          useFactory: (background: BackgroundProcesses) => background.sweeper,
        },
        ReadYourWrites,
        ReadSideMetrics,
        Metrics,
        CaseGateway,
        ClaimGateway,
        MultipartIdempotencyInterceptor,
        LiveStreams,
        PhotoAdmission,
        PhotoAdmissionInterceptor,
        Lifecycle,
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_INTERCEPTOR, useClass: RequestMetricsInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
