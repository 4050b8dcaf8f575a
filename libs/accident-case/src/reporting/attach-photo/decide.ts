import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireParty, requireStatus } from '../../domain/case.rules';
import type { AttachedPhoto, ReportedCaseState } from '../../domain/case.state';
import { MAX_PHOTOS_PER_CASE, type PartyId, type PhotoEvidence } from '../../domain/case.types';

/** A party attaches a photo the evidence pipeline read; the same photo again is done, the same bytes refused. */
export function attachPhoto(command: CaseCommandOf<'AttachPhoto'>, state: ReportedCaseState): CaseEvent[] {
  const party = requireParty(state, command.driverId);
  const { photos } = requireStatus(state, 'AttachPhoto');
  return photoAttached(photos, command.photo, { party, uploadedBy: command.driverId, attachedAt: command.now });
}

/** A photo of a party joins the case's photos, by whoever uploaded it (a driver, or an assistant for a party). */
export function photoAttached(
  photos: readonly AttachedPhoto[],
  photo: PhotoEvidence,
  by: { party: PartyId; uploadedBy: string; attachedAt: string; onBehalfOf?: PartyId },
): CaseEvent[] {
  if (photos.some((attached) => attached.photoId === photo.photoId)) return [];
  if (photos.some((attached) => attached.sha256 === photo.sha256)) {
    throw refuse.conflict('PHOTO_ALREADY_ATTACHED', 'This photo is already attached to the case');
  }
  if (photos.length >= MAX_PHOTOS_PER_CASE) {
    throw refuse.rule('TOO_MANY_PHOTOS', `A case holds at most ${MAX_PHOTOS_PER_CASE} photos`);
  }
  return [{ type: 'PhotoAttached', data: { ...photo, ...by } }];
}
