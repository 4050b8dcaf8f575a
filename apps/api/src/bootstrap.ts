import {
  Inject,
  Logger,
  Module,
  type DynamicModule,
  type INestApplication,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { assertPolicyCoversRoutes } from './auth/policy-coverage';
import { declaredRoutes } from './auth/routes';
import type { AppConfig } from './config';
import { bodyParserErrorHandler } from './http/problem-details.filter';
import { buildInfrastructure, type Infrastructure } from './infrastructure';
import { LoggerModule, PinoLogger, Logger as PinoNestLogger } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';
import { accessLog } from './logging/access-log';
import { createLogger, flushLogs } from './logging/logger';
import { completeOpenApi } from './openapi/document';
import { serveWebConsoles } from './web/web-consoles';
import { readAfterMiddleware, requestIdMiddleware } from '@quickclaim/http';

/** Builds the whole HTTP application; main.ts listens, tests listen on a random port. */
export async function createApp(
  config: AppConfig,
  overrides: Partial<Infrastructure> = {},
  options: { logger?: false; logSink?: (line: string) => void } = {},
): Promise<INestApplication> {
  const infrastructure = await buildInfrastructure(config, overrides);
  const pino = createLogger(
    options.logSink === undefined && options.logger === false ? 'silent' : config.security.logLevel,
    options.logSink,
  );
  const app = await NestFactory.create<NestExpressApplication>(
    LoggedApplication.register(AppModule.register(config, infrastructure), pino),
    {
      bodyParser: false,
      abortOnError: false,
      logger: new PinoNestLogger(new PinoLogger({ pinoHttp: { logger: pino } }), {}),
    },
  );
  assertPolicyCoversRoutes(app);
  app.disable('x-powered-by');
  app.set('trust proxy', config.security.trustProxy);
  app.use(requestIdMiddleware);
  app.use(accessLog(pino));
  app.use(readAfterMiddleware);
  app.use(securityHeaders());
  app.use(noStoreByDefault);
  if (config.security.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.security.corsOrigins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id', 'read-after'],
      exposedHeaders: ['retry-after', 'x-request-id', 'etag', 'event-position'],
      credentials: false,
      maxAge: 600,
    });
  }
  app.useBodyParser('json', { limit: config.security.maxJsonBodyBytes, strict: true });
  app.use(bodyParserErrorHandler);
  app.enableShutdownHooks();
  serveWebConsoles(app, config.webDir);
  const document = completeOpenApi(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('QuickClaim')
        .setDescription('Online quick processing of minor traffic accidents, and quick claims')
        .setVersion('1')
        .addBearerAuth()
        .build(),
      // Each endpoint names its own tag; a controller is one use case, not a section of the API.
      { autoTagControllers: false },
    ),
    declaredRoutes(app).flatMap((route) => (route.endpoint ? [route.endpoint] : [])),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  Logger.log(
    `event store: ${config.eventStore}; data: ${config.dataDir}; auth: ${config.security.auth.mode}`,
    'QuickClaim',
  );
  return app;
}

/**
 * The application with nestjs-pino: Nest's own logs and every `Logger` go through pino, and while
 * a request is served through the request's logger (bound to its id by pino-http, installed first
 * in `createApp` so that every answered request gets its line).
 */
const PINO = Symbol('pino');

@Module({})
class LoggedApplication implements OnApplicationShutdown {
  constructor(@Inject(PINO) private readonly logger: Pino) {}

  static register(application: DynamicModule, logger: Pino): DynamicModule {
    return {
      module: LoggedApplication,
      imports: [LoggerModule.forRoot({ pinoHttp: { logger }, useExisting: true }), application],
      providers: [{ provide: PINO, useValue: logger }],
    };
  }

  /** The destination writes asynchronously: what is buffered goes out before the process ends. */
  onApplicationShutdown(): Promise<void> {
    return flushLogs(this.logger);
  }
}

/**
 * helmet's defaults, with two changes for this application: images may come from blob: and data:
 * URLs (the consoles preview a photo before uploading it), and no upgrade-insecure-requests, since
 * the embedded default serves plain HTTP on the local network.
 */
function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
  });
}

/** Answers carry personal data: no shared cache may keep them unless a route says otherwise (photos). */
function noStoreByDefault(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}
