import type { CaseEvent } from '../domain/case.events';
import type { CaseIn } from '../domain/case.state';

/** The decision becomes final liability once both parties accepted it, or stayed silent for 3 days. */
export function finalizeDecision(state: CaseIn<'DECIDED' | 'IN_MEDIATION'>, now: string): CaseEvent {
  const { decision } = state;
  return {
    type: 'LiabilityFinalized',
    data: {
      allocation: decision.allocation,
      basis: decision.basis,
      decidedBy: decision.officerId,
      decidedAt: decision.decidedAt,
      reasoning: decision.reasoning,
      finalizedAt: now,
    },
  };
}
