import type { ClaimCommandOf } from '../../domain/claim.commands';
import type { ClaimEvent } from '../../domain/claim.events';
import { requireStatus } from '../../domain/claim.rules';
import type { OpenedClaimState } from '../../domain/claim.state';

/** The mediation process: the claim's mediation failed; the claim leaves the online path with its record (once). */
export function referClaimOffline(command: ClaimCommandOf<'ReferClaimOffline'>, state: OpenedClaimState): ClaimEvent[] {
  if (state.status === 'REFERRED_OFFLINE') return [];
  requireStatus(state, 'ReferClaimOffline');
  return [
    {
      type: 'ClaimReferredOffline',
      data: {
        mediationId: command.mediationId,
        reason: `The mediation failed; the claim continues offline: ${command.reason}`,
        referredAt: command.now,
      },
    },
  ];
}
