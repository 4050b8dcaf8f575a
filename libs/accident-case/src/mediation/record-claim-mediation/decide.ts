import type { CaseCommandOf } from '../../domain/case.commands';
import type { CaseEvent } from '../../domain/case.events';
import { requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { mediationCommitteeOf } from '../../domain/districts';

/** The mediation process: a claim of the case is in mediation, so the committee's mediators see the case (once). */
export function recordClaimMediation(
  command: CaseCommandOf<'RecordClaimMediation'>,
  state: ReportedCaseState,
): CaseEvent[] {
  const settling = requireStatus(state, 'RecordClaimMediation');
  if ((settling.mediations ?? []).some((mediation) => mediation.mediationId === command.mediationId)) return [];
  return [
    {
      type: 'ClaimMediationRecorded',
      data: {
        mediationId: command.mediationId,
        claimId: command.claimId,
        committee: mediationCommitteeOf(settling.district),
        recordedAt: command.now,
      },
    },
  ];
}
