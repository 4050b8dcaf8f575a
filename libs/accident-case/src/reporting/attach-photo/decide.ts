import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireParty, requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { MAX_PHOTOS_PER_CASE } from '../../domain/case.types';

/** A party attaches a photo the evidence pipeline read; the same photo again is done, the same bytes refused. */
export function attachPhoto(command: CaseCommandOf<'AttachPhoto'>, state: ReportedCaseState): CaseEvent[] {
  const party = requireParty(state, command.driverId);
  const { photos } = requireStatus(state, 'AttachPhoto');
  const { photo } = command;
  if (photos.some((attached) => attached.photoId === photo.photoId)) return [];
  if (photos.some((attached) => attached.sha256 === photo.sha256)) {
    throw refuse.conflict('PHOTO_ALREADY_ATTACHED', 'This photo is already attached to the case');
  }
  if (photos.length >= MAX_PHOTOS_PER_CASE) {
    throw refuse.rule('TOO_MANY_PHOTOS', `A case holds at most ${MAX_PHOTOS_PER_CASE} photos`);
  }
  return [{ type: 'PhotoAttached', data: { ...photo, party, uploadedBy: command.driverId, attachedAt: command.now } }];
}
