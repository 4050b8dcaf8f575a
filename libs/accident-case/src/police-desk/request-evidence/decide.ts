import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireText } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { isPhotoKind } from '../../domain/case.types';
import { requireHolder } from '../desk.rules';

/** The holding officer asks the parties for more photos, which releases the hold. */
export function requestEvidence(command: CaseCommandOf<'RequestEvidence'>, state: ReportedCaseState): CaseEvent[] {
  requireHolder(state, command);
  const kinds = [...new Set(command.kinds)];
  if (kinds.length === 0 || !kinds.every(isPhotoKind)) {
    throw refuse.invalid('INVALID_PHOTO_KINDS', 'Name at least one known photo kind', [
      { field: 'kinds', message: 'must list known photo kinds' },
    ]);
  }
  const note = requireText(command.note, 'note', 'NOTE_REQUIRED');
  return [{ type: 'EvidenceRequested', data: { officerId: command.officerId, kinds, note, requestedAt: command.now } }];
}
