import { Body, Controller, Inject, Param, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  FraudIndexes,
  FraudSignals,
  PhotoAdmissionInterceptor,
  PhotoPipeline,
  PhotoRejected,
  type ProcessedPhoto,
} from '@quickclaim/evidence';
import {
  CurrentPrincipal,
  MultipartIdempotencyInterceptor,
  ProblemException,
  Route,
  endpoint,
  valid,
  type Principal,
} from '@quickclaim/http';
import { BLOB_STORE, ID_GENERATOR, type BlobStore, type IdGenerator } from '@quickclaim/platform';
import type { Request } from 'express';
import { z } from 'zod';
import { caseObject } from '../../access/case.object';
import { CaseCommands } from '../../application/case-commands';
import { CaseViewReader } from '../../case-views/case-view.reader';
import { photoUrls } from '../../case-views/present';
import { PHOTO_KINDS } from '../../domain/case.types';
import { PartyField, partyActedFor } from '../../assistance/acting-for';
import { CASE_ID, PARTIES_AND_ASSISTANTS } from '../../http/endpoints';
import { PhotoKinds } from '../../http/inputs';
import { PhotoResponse } from '../../http/responses';
import { DERIVATIVE } from '../../case-views/download-photo/route';

/** `party`: the party an assistant uploads it for (a driver's photo is their own party's). */
export const PhotoKindField = z.strictObject({ kind: PhotoKinds, party: PartyField.optional() });

/**
 * The case is read from its view before anything is processed: a photo is only run through the
 * pipeline for a party of the case (the view gives the accident's time and place for the fraud
 * signals too). The handler applies the same rule to the case it folds when attaching.
 */
export const ATTACH_PHOTO = endpoint({
  method: 'POST',
  path: '/cases/:caseId/photos',
  tag: 'photos',
  summary: 'Upload a photo of the scene (multipart fields file and kind; an assistant adds party)',
  policy: {
    roles: PARTIES_AND_ASSISTANTS,
    object: caseObject('view', 'seesCase'),
    limit: 'uploads',
    body: 'multipart',
  },
  multipart: {
    type: 'object',
    required: ['file', 'kind'],
    properties: {
      file: { type: 'string', format: 'binary' },
      kind: { type: 'string', enum: [...PHOTO_KINDS] },
      party: {
        type: 'string',
        enum: ['A', 'B'],
        description: 'The party an assistant uploads it for; drivers leave it out',
      },
    },
  },
  response: { status: 201, json: PhotoResponse },
});

/** Photo evidence (api.md): the original is kept byte for byte; derivatives carry no metadata. */
@Controller()
export class AttachPhotoRoute {
  constructor(
    private readonly cases: CaseCommands,
    private readonly reader: CaseViewReader,
    private readonly pipeline: PhotoPipeline,
    private readonly fraud: FraudSignals,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Route(ATTACH_PHOTO)
  @UseInterceptors(PhotoAdmissionInterceptor, FileInterceptor('file'), MultipartIdempotencyInterceptor)
  async upload(
    @Param('caseId', CASE_ID) caseId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body(valid(PhotoKindField)) { kind, party }: z.infer<typeof PhotoKindField>,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    const document = await this.reader.get(caseId, [FraudIndexes.projection]);
    if (!document) throw new ProblemException(404, 'CASE_NOT_FOUND', 'No such case');
    const forParty = partyActedFor(driver, party);
    if (!file || file.size === 0) {
      throw new ProblemException(415, 'UNSUPPORTED_IMAGE', 'The file is missing or empty', [
        { field: 'file', message: 'must be a photo' },
      ]);
    }
    const photo = await this.processed(file.buffer);
    const { occurredAt, location } = document.state;
    const signals = await this.fraud.forPhoto(caseId, { occurredAt, location: location ?? { lat: 0, lng: 0 } }, photo);
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
    const evidence = {
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
      flags: signals.flags,
      flagDetails: signals.details,
    };
    await this.cases.execute(
      request,
      driver,
      caseId,
      forParty
        ? { type: 'AttachPhotoForParty', assistantId: driver.sub, party: forParty, photo: evidence }
        : { type: 'AttachPhoto', driverId: driver.sub, photo: evidence },
    );
    return {
      photoId,
      kind,
      sha256: photo.sha256,
      width: photo.width,
      height: photo.height,
      format: photo.format,
      ...(photo.takenAt ? { takenAt: photo.takenAt } : {}),
      // Kept for the contract; drivers are not shown signals of fraud (officers and adjusters are).
      flags: [],
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
}
