import type { CaseCommandOf } from '../../domain/case.commands';
import type { CaseEvent } from '../../domain/case.events';
import { requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { photoAttached } from '../../reporting/attach-photo/decide';
import { requireFilingAssistant } from '../assistance.rules';

/** The assistant attaches a photo for a party, under the rules of a driver's photos; they are its uploader. */
export function attachPhotoForParty(
  command: CaseCommandOf<'AttachPhotoForParty'>,
  state: ReportedCaseState,
): CaseEvent[] {
  requireFilingAssistant(state, command.assistantId);
  const { photos } = requireStatus(state, 'AttachPhotoForParty');
  return photoAttached(photos, command.photo, {
    party: command.party,
    uploadedBy: command.assistantId,
    attachedAt: command.now,
    onBehalfOf: command.party,
  });
}
