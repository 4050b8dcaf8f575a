import { readPiece, refuse, wholeNumber, type Environment } from '@quickclaim/platform/config/piece';
import { z } from 'zod';

const schema = z
  .object({
    MAX_UPLOAD_BYTES: wholeNumber('MAX_UPLOAD_BYTES', 20 * 1024 * 1024),
    PHOTO_QUEUE_MAX_BYTES: wholeNumber('PHOTO_QUEUE_MAX_BYTES', 128 * 1024 * 1024),
  })
  .superRefine((variables, context) => {
    if (variables.PHOTO_QUEUE_MAX_BYTES < variables.MAX_UPLOAD_BYTES) {
      refuse(context, 'PHOTO_QUEUE_MAX_BYTES must be at least MAX_UPLOAD_BYTES, or no large photo could ever be taken');
    }
  })
  .transform((variables) => ({
    /** Largest photo accepted (413 beyond). */
    maxUploadBytes: variables.MAX_UPLOAD_BYTES,
    /**
     * Upload bytes the photo queue may hold at once (bodies being received, waiting or in the
     * pipeline); an upload beyond it is refused with 503 and Retry-After before its body is read.
     */
    photoQueueMaxBytes: variables.PHOTO_QUEUE_MAX_BYTES,
  }));

export type PhotosConfig = z.output<typeof schema>;

export function photosConfig(env: Environment): PhotosConfig {
  return readPiece(schema, {
    MAX_UPLOAD_BYTES: env.MAX_UPLOAD_BYTES,
    PHOTO_QUEUE_MAX_BYTES: env.PHOTO_QUEUE_MAX_BYTES,
  });
}
