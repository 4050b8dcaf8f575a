import type { ClaimCommandOf } from '../../domain/claim.commands';
import type { ClaimEvent } from '../../domain/claim.events';
import { requireSettlementToDecide, requireText } from '../../domain/claim.rules';
import type { OpenedClaimState } from '../../domain/claim.state';

/**
 * The handling insurer's adjuster sends a settlement held for review (flagged, or above the
 * straight-through amount) for investigation, with a note of what is to be looked into; it is
 * approved or declined from there.
 */
export function openInvestigation(command: ClaimCommandOf<'OpenInvestigation'>, state: OpenedClaimState): ClaimEvent[] {
  requireSettlementToDecide(state, 'OpenInvestigation', command.insurer);
  const note = requireText(command.note, 'note', 'NOTE_REQUIRED', 'Say what the investigation is to look into');
  return [{ type: 'ClaimInvestigationOpened', data: { note, openedBy: command.adjusterId, openedAt: command.now } }];
}
