import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ProblemException } from '@quickclaim/http';
import type { Request, Response } from 'express';
import { Gauge, type Registry } from 'prom-client';
import type { Observable } from 'rxjs';

export interface PhotoQueueSettings {
  /** PHOTO_QUEUE_MAX_BYTES: upload bytes the queue may hold at once. */
  photoQueueMaxBytes: number;
  maxUploadBytes: number;
  /** Where the queue's gauges are registered. */
  metrics: Registry;
}

export const PHOTO_QUEUE_SETTINGS = Symbol('PHOTO_QUEUE_SETTINGS');

/** Multipart framing and the `kind` field around the file: a little more than the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
const RETRY_AFTER_SECONDS = 2;

/**
 * The photo queue's memory budget. An upload reserves its declared size before its body is read
 * and keeps it until its response is sent (receiving, waiting for the pipeline, processing and
 * storing all count), so the bytes held by photos never exceed the bound, however many arrive.
 */
@Injectable()
export class PhotoAdmission {
  private reserved = 0;
  private highWater = 0;
  private refusals = 0;
  readonly limitBytes: number;
  readonly largestUploadBytes: number;

  constructor(@Inject(PHOTO_QUEUE_SETTINGS) settings: PhotoQueueSettings) {
    this.limitBytes = settings.photoQueueMaxBytes;
    this.largestUploadBytes = settings.maxUploadBytes + MULTIPART_OVERHEAD_BYTES;
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [settings.metrics],
        collect() {
          this.set(read());
        },
      });
    gauge('quickclaim_photo_queue_bytes', 'Upload bytes the photo queue holds now', () => this.reserved);
    gauge(
      'quickclaim_photo_queue_high_water_bytes',
      'Most upload bytes the photo queue ever held',
      () => this.highWater,
    );
    gauge('quickclaim_photo_queue_limit_bytes', 'PHOTO_QUEUE_MAX_BYTES', () => this.limitBytes);
    gauge('quickclaim_photo_uploads_refused', 'Uploads refused because the photo queue was full', () => this.refusals);
  }

  /** A release function, or null when the bytes do not fit now. */
  tryReserve(bytes: number): (() => void) | null {
    if (this.reserved + bytes > this.limitBytes) {
      this.refusals += 1;
      return null;
    }
    this.reserved += bytes;
    this.highWater = Math.max(this.highWater, this.reserved);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.reserved -= bytes;
    };
  }

  /**
   * How many bytes one upload reserves: its Content-Length, or the largest allowed when none is
   * declared; never more than the whole budget, so one upload alone is always admitted.
   */
  bytesFor(contentLength: string | undefined): number {
    const declared = Number(contentLength);
    const wanted =
      Number.isSafeInteger(declared) && declared > 0
        ? Math.min(declared, this.largestUploadBytes)
        : this.largestUploadBytes;
    return Math.min(wanted, this.limitBytes);
  }

  stats(): { reservedBytes: number; highWaterBytes: number; limitBytes: number; refusals: number } {
    return {
      reservedBytes: this.reserved,
      highWaterBytes: this.highWater,
      limitBytes: this.limitBytes,
      refusals: this.refusals,
    };
  }
}

/**
 * Runs before the multipart parser: an upload that does not fit in the photo queue is answered
 * 503 PHOTO_QUEUE_FULL with Retry-After; its body is drained unread and nothing is stored.
 */
@Injectable()
export class PhotoAdmissionInterceptor implements NestInterceptor {
  constructor(private readonly admission: PhotoAdmission) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const release = this.admission.tryReserve(this.admission.bytesFor(request.header('content-length')));
    if (!release) {
      request.resume();
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      throw new ProblemException(
        503,
        'PHOTO_QUEUE_FULL',
        `Too many photos are being processed; try again in ${RETRY_AFTER_SECONDS} seconds`,
      );
    }
    response.once('close', release);
    return next.handle();
  }
}
