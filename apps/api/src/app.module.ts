import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type Provider,
  type Type,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { join } from 'node:path';
import { CqrsModule } from '@nestjs/cqrs';
import { AccidentCaseModule, CONFIRMATION_CODE_KEY } from '@quickclaim/accident-case';
import { ClaimsModule } from '@quickclaim/claims';
import { MediationModule } from '@quickclaim/mediation';
import { EvidenceModule, PHOTO_QUEUE_SETTINGS } from '@quickclaim/evidence';
import { HTTP_SETTINGS, HttpPlumbingModule, IdempotencyInterceptor, READ_PROGRESS } from '@quickclaim/http';
import {
  AUDIT_SIGNING,
  BLOB_STORE,
  CLOCK,
  EVENT_STORE,
  ID_GENERATOR,
  IDEMPOTENCY_STORE,
  MESSAGE_BUS,
  NOTIFICATION_GATEWAY,
  READ_STORE,
  type BlobStore,
  type EventStore,
  type IdempotencyStore,
  type MessageBus,
  type NotificationGateway,
  type ReadStore,
} from '@quickclaim/platform';
import type { ProjectionRunner } from '@quickclaim/platform/eventsourcing';
import {
  BACKGROUND_PROCESSES,
  ProcessesModule,
  backgroundSettings,
  type BackgroundProcesses,
} from '@quickclaim/processes';
import { PROJECTION_RUNNER, ReadSideModule } from '@quickclaim/read-side';
import { DocumentsModule } from '@quickclaim/documents';
import { API_ROUTES } from './api-routes';
import { Checkpoints } from './audit/checkpoints';
import { IntegrityAtStart } from './audit/integrity-at-start';
import { loadAuditSigning } from './audit/signing-key';
import { DevelopmentTokenService } from './auth/dev-token.service';
import { DevTokenController } from './auth/dev-token.controller';
import { JwtTokenService } from './auth/jwt-token.service';
import { PolicyGuard } from './auth/policy.guard';
import { loadOrCreateSecret } from './auth/secret-file';
import { TOKEN_SERVICE } from './auth/token.service';
import type { AppConfig } from './config';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { RateLimiter, connectCountersInMongo, countersInMemory } from './http/rate-limiter';
import type { Infrastructure } from './infrastructure';
import { Metrics } from './ops/metrics';
import { ReadSideMetrics } from './ops/read-side.metrics';
import { RequestMetricsInterceptor } from './ops/request-metrics.interceptor';
import { APP_CONFIG } from './tokens';

/** Starts the read side and the background processes with the application, and closes the stores after it. */
class Lifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    @Inject(PROJECTION_RUNNER) private readonly projections: ProjectionRunner,
    @Inject(BACKGROUND_PROCESSES) private readonly background: BackgroundProcesses,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(BLOB_STORE) private readonly blobStore: BlobStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(IDEMPOTENCY_STORE) private readonly idempotency: IdempotencyStore,
    @Inject(NOTIFICATION_GATEWAY) private readonly notificationGateway: NotificationGateway,
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
    await this.notificationGateway.close();
  }
}

/** The adapters chosen for this process and the settings the libraries read, visible to every module. */
@Global()
@Module({})
class InfrastructureModule {
  static register(config: AppConfig, infrastructure: Infrastructure): DynamicModule {
    const providers: (Provider & { provide: unknown })[] = [
      { provide: APP_CONFIG, useValue: config },
      { provide: EVENT_STORE, useValue: infrastructure.eventStore },
      { provide: BLOB_STORE, useValue: infrastructure.blobStore },
      { provide: IDEMPOTENCY_STORE, useValue: infrastructure.idempotencyStore },
      { provide: CLOCK, useValue: infrastructure.clock },
      { provide: ID_GENERATOR, useValue: infrastructure.ids },
      { provide: MESSAGE_BUS, useValue: infrastructure.messageBus },
      { provide: READ_STORE, useValue: infrastructure.readStore },
      { provide: NOTIFICATION_GATEWAY, useValue: infrastructure.notificationGateway },
      {
        provide: CONFIRMATION_CODE_KEY,
        useFactory: () =>
          config.confirmationCodeSecret !== undefined
            ? new TextEncoder().encode(config.confirmationCodeSecret)
            : loadOrCreateSecret(join(config.dataDir, 'confirmation-codes.secret')),
      },
      { provide: AUDIT_SIGNING, useValue: loadAuditSigning(config.auditKey, config.dataDir) },
      {
        provide: HTTP_SETTINGS,
        useValue: {
          readYourWritesTimeoutMs: config.readYourWritesTimeoutMs,
          liveStreamKeepAliveMs: config.liveStreamKeepAliveMs,
        },
      },
      { provide: READ_PROGRESS, useExisting: PROJECTION_RUNNER },
      { provide: Metrics, useClass: Metrics },
      {
        provide: PHOTO_QUEUE_SETTINGS,
        inject: [Metrics],
        useFactory: (metrics: Metrics) => ({
          photoQueueMaxBytes: config.photoQueueMaxBytes,
          maxUploadBytes: config.maxUploadBytes,
          metrics: metrics.registry,
        }),
      },
    ];
    return {
      module: InfrastructureModule,
      providers,
      exports: providers.map((provider) => provider.provide) as (symbol | Type)[],
    };
  }
}

/**
 * Composition: the adapters, the contexts' modules (each wires its own routes, handlers and read
 * models), and what holds for every request (the policy guard, metrics, idempotency, problem+json).
 */
@Module({})
export class AppModule {
  static register(config: AppConfig, infrastructure: Infrastructure): DynamicModule {
    const auth = config.security.auth;
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.register(config, infrastructure),
        CqrsModule.forRoot(),
        HttpPlumbingModule,
        ReadSideModule.register({ timeZone: config.timeZone }),
        EvidenceModule.register({
          fraud: config.fraud,
          timeZone: config.timeZone,
          maxUploadBytes: config.maxUploadBytes,
        }),
        AccidentCaseModule,
        ClaimsModule,
        MediationModule,
        ProcessesModule.register({
          dataDir: config.dataDir,
          readYourWritesTimeoutMs: config.readYourWritesTimeoutMs,
          ...backgroundSettings(config),
          smsTexts: { linkBaseUrl: config.smsLinkBaseUrl, timeZone: config.timeZone },
        }),
        DocumentsModule.register({ publicUrl: config.publicUrl, timeZone: config.timeZone }),
      ],
      controllers: API_ROUTES.filter((route) => auth.mode === 'development' || route !== DevTokenController),
      providers: [
        {
          provide: TOKEN_SERVICE,
          useFactory: () =>
            auth.mode === 'development' ? new DevelopmentTokenService(config.dataDir) : new JwtTokenService(auth),
        },
        {
          // Several API instances share one MongoDB: their limits are counted there, together.
          provide: RateLimiter,
          useFactory: async () =>
            new RateLimiter(
              config.security.rateLimits,
              config.readStore === 'mongodb'
                ? await connectCountersInMongo(config.mongodbUrl ?? '')
                : countersInMemory(),
            ),
        },
        ReadSideMetrics,
        IntegrityAtStart,
        Checkpoints,
        Lifecycle,
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_INTERCEPTOR, useClass: RequestMetricsInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
