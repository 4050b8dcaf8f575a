import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BLOB_STORE, ID_GENERATOR, type BlobStore, type IdGenerator } from '@quickclaim/platform';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { CaseGateway } from '../cases/case-gateway';
import { photoUrls } from '../cases/case-view.presenter';
import { PhotoKindField } from '../cases/schemas';
import { PHOTO_KINDS } from '@quickclaim/accident-case';
import { CaseIdPipe } from '../http/case-id.pipe';
import { ProblemException } from '../http/problem';
import { parseInput } from '../http/validation';
import { MultipartIdempotencyInterceptor } from '../idempotency/idempotency.interceptor';
import { FraudIndexes, PhotoPipeline, PhotoRejected, type ProcessedPhoto } from '@quickclaim/evidence';
import { FraudSignals } from '../evidence/fraud-signals.service';
import { PhotoAdmissionInterceptor } from './photo-admission';

const Variant = z.enum(['thumbnail', 'preview', 'original']);

const DERIVATIVE = {
  thumbnail: { suffix: '.thumbnail.webp', contentType: 'image/webp' },
  preview: { suffix: '.preview.jpg', contentType: 'image/jpeg' },
} as const;

/** Photo evidence (api.md): the original is kept byte for byte; derivatives carry no metadata. */
@ApiTags('photos')
@ApiBearerAuth()
@Controller('cases/:caseId/photos')
export class PhotosController {
  constructor(
    private readonly cases: CaseGateway,
    private readonly pipeline: PhotoPipeline,
    private readonly fraud: FraudSignals,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post()
  @HttpCode(201)
  @UseInterceptors(PhotoAdmissionInterceptor, FileInterceptor('file'), MultipartIdempotencyInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Upload a photo of the scene (multipart fields file and kind)' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: { file: { type: 'string', format: 'binary' }, kind: { type: 'string', enum: [...PHOTO_KINDS] } },
    },
  })
  async upload(
    @Param('caseId', CaseIdPipe) caseId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ) {
    const { state } = await this.cases.visibleCase(caseId, principal, [FraudIndexes.projection]);
    const { kind } = parseInput(PhotoKindField, body);
    if (!file || file.size === 0) {
      throw new ProblemException(415, 'UNSUPPORTED_IMAGE', 'The file is missing or empty', [
        { field: 'file', message: 'must be a photo' },
      ]);
    }
    const photo = await this.processed(file.buffer);
    const flags = await this.fraud.forPhoto(caseId, state, photo);
    // All three durable before the event that refers to them is appended.
    await Promise.all([
      this.blobs.put(photo.sha256, file.buffer, photo.contentType),
      this.blobs.put(`${photo.sha256}${DERIVATIVE.preview.suffix}`, photo.preview, DERIVATIVE.preview.contentType),
      this.blobs.put(
        `${photo.sha256}${DERIVATIVE.thumbnail.suffix}`,
        photo.thumbnail,
        DERIVATIVE.thumbnail.contentType,
      ),
    ]);
    const photoId = this.ids.uuid();
    await this.cases.execute(caseId, principal, request, {
      type: 'AttachPhoto',
      driverId: principal.sub,
      photo: {
        photoId,
        kind,
        sha256: photo.sha256,
        sizeBytes: photo.sizeBytes,
        width: photo.width,
        height: photo.height,
        format: photo.format,
        ...(photo.takenAt ? { takenAt: photo.takenAt } : {}),
        ...(photo.position ? { position: photo.position } : {}),
        perceptualHash: photo.perceptualHash,
        flags,
      },
    });
    return {
      photoId,
      kind,
      sha256: photo.sha256,
      width: photo.width,
      height: photo.height,
      format: photo.format,
      ...(photo.takenAt ? { takenAt: photo.takenAt } : {}),
      flags,
      urls: photoUrls(caseId, photoId),
    };
  }

  private async processed(bytes: Buffer): Promise<ProcessedPhoto> {
    try {
      return await this.pipeline.process(bytes);
    } catch (error) {
      if (!(error instanceof PhotoRejected)) throw error;
      throw new ProblemException(error.reason === 'IMAGE_TOO_LARGE' ? 413 : 415, error.reason, error.message);
    }
  }

  @Get(':photoId/:variant')
  @ApiOperation({ summary: 'Photo bytes: thumbnail or preview for anyone who sees the case; original restricted' })
  async download(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('photoId') photoId: string,
    @Param('variant') variantParam: string,
    @CurrentPrincipal() principal: Principal,
    @Res() response: Response,
  ): Promise<void> {
    const variant = Variant.safeParse(variantParam);
    if (!variant.success) throw new ProblemException(404, 'PHOTO_NOT_FOUND', 'No such photo variant');
    const { state } = await this.cases.visibleCase(caseId, principal);
    const photo = state.photos.find((candidate) => candidate.photoId === photoId);
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
