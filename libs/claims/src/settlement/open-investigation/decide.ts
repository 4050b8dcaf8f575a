import type { ClaimCommandOf } from '../../domain/claim.commands';
import { refuse } from '../../domain/claim.errors';
import type { ClaimEvent } from '../../domain/claim.events';
import { requireHandlingInsurer, requireStatus } from '../../domain/claim.rules';
import type { OpenedClaimState } from '../../domain/claim.state';

/**
 * The handling insurer's adjuster sends a settlement held for review (flagged, or above the
 * straight-through amount) for investigation, with a note of what is to be looked into; it is
 * approved or declined from there.
 */
export function openInvestigation(command: ClaimCommandOf<'OpenInvestigation'>, state: OpenedClaimState): ClaimEvent[] {
  requireHandlingInsurer(state, command.insurer);
  const { settlement } = requireStatus(state, 'OpenInvestigation');
  if (!settlement) throw refuse.rule('NOT_SETTLED_YET', 'The settlement is not calculated yet');
  const note = command.note.trim();
  if (!note) {
    throw refuse.invalid('NOTE_REQUIRED', 'Say what the investigation is to look into', [
      { field: 'note', message: 'must not be empty' },
    ]);
  }
  return [{ type: 'ClaimInvestigationOpened', data: { note, openedBy: command.adjusterId, openedAt: command.now } }];
}
