import { Controller, Inject, Param, Res } from '@nestjs/common';
import { ProblemException, Route, endpoint } from '@quickclaim/http';
import { BLOB_STORE, type BlobStore } from '@quickclaim/platform';
import type { Response } from 'express';
import { z } from 'zod';
import { caseObject } from '../../access/case.object';
import { PHOTO_VARIANTS } from '../../domain/case.types';
import { CASE_ID, CASE_READERS } from '../../http/endpoints';
import { CaseViewReader } from '../case-view.reader';

const Variant = z.enum(PHOTO_VARIANTS);

/** Where the pipeline's derivatives are stored beside the original (keyed by its SHA-256). */
export const DERIVATIVE = {
  thumbnail: { suffix: '.thumbnail.webp', contentType: 'image/webp' },
  preview: { suffix: '.preview.jpg', contentType: 'image/jpeg' },
} as const;

export const DOWNLOAD_PHOTO = endpoint({
  method: 'GET',
  path: '/cases/:caseId/photos/:photoId/:variant',
  tag: 'photos',
  summary: 'Photo bytes: thumbnail or preview for anyone who sees the case; original restricted',
  policy: { roles: CASE_READERS, object: caseObject('view', 'seesCase', 'seesPhoto'), body: 'none' },
  response: { status: 200, binary: ['image/jpeg', 'image/webp', 'image/png', 'image/heif', 'image/avif'] },
});

@Controller()
export class DownloadPhotoRoute {
  constructor(
    private readonly reader: CaseViewReader,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  @Route(DOWNLOAD_PHOTO)
  async download(
    @Param('caseId', CASE_ID) caseId: string,
    @Param('photoId') photoId: string,
    @Param('variant') variantParam: string,
    @Res() response: Response,
  ): Promise<void> {
    const variant = Variant.safeParse(variantParam);
    if (!variant.success) throw new ProblemException(404, 'PHOTO_NOT_FOUND', 'No such photo variant');
    const document = await this.reader.get(caseId);
    const photo = document?.state.photos.find((candidate) => candidate.photoId === photoId);
    if (!photo) throw new ProblemException(404, 'PHOTO_NOT_FOUND', 'No such photo');
    const key = variant.data === 'original' ? photo.sha256 : `${photo.sha256}${DERIVATIVE[variant.data].suffix}`;
    const blob = await this.blobs.get(key);
    if (!blob) throw new ProblemException(404, 'PHOTO_NOT_FOUND', 'The photo bytes are missing');
    response
      .status(200)
      .type(blob.contentType)
      .setHeader('Cache-Control', 'private, max-age=31536000, immutable')
      .setHeader('ETag', `"${key}"`)
      .setHeader('X-Content-Type-Options', 'nosniff')
      .send(blob.bytes);
  }
}
