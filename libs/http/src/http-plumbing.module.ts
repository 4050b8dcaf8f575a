import { Global, Module } from '@nestjs/common';
import { CommandGateway } from './commands';
import { MultipartIdempotencyInterceptor } from './idempotency.interceptor';
import { LiveStreams } from './live-stream';
import { ReadYourWrites } from './read-your-writes';

/**
 * What every context's routes use: read-your-writes, live streams, the command gateway and the
 * multipart idempotency. The application provides HTTP_SETTINGS, READ_PROGRESS and the platform's
 * ports (event store, clock, idempotency store).
 */
@Global()
@Module({
  providers: [ReadYourWrites, LiveStreams, CommandGateway, MultipartIdempotencyInterceptor],
  exports: [ReadYourWrites, LiveStreams, CommandGateway, MultipartIdempotencyInterceptor],
})
export class HttpPlumbingModule {}
