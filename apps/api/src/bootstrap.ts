import { Logger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import type { AppConfig } from './config';
import { bodyParserErrorHandler } from './http/problem-details.filter';
import { requestIdMiddleware } from './http/request-id';
import { buildInfrastructure, type Infrastructure } from './infrastructure';
import { readAfterMiddleware } from './read-side/read-your-writes';

const JSON_BODY_LIMIT = '256kb';

/** Builds the whole HTTP application; main.ts listens, tests listen on a random port. */
export async function createApp(
  config: AppConfig,
  overrides: Partial<Infrastructure> = {},
  options: { logger?: false } = {},
): Promise<INestApplication> {
  const infrastructure = await buildInfrastructure(config, overrides);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, infrastructure), {
    bodyParser: false,
    abortOnError: false,
    ...(options.logger === false ? { logger: false } : {}),
  });
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  app.use(readAfterMiddleware);
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT, strict: true });
  app.use(bodyParserErrorHandler);
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('QuickClaim')
      .setDescription('Online quick processing of minor traffic accidents, and quick claims')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  Logger.log(`event store: ${config.eventStore}; data: ${config.dataDir}; auth: ${config.authMode}`, 'QuickClaim');
  return app;
}
