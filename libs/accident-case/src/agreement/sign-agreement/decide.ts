import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireParty, requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';

/** The other party signs the proposed agreement: liability is final on both signatures. */
export function signAgreement(command: CaseCommandOf<'SignAgreement'>, state: ReportedCaseState): CaseEvent[] {
  const party = requireParty(state, command.driverId);
  const { agreement } = requireStatus(state, 'SignAgreement');
  if (!agreement) throw refuse.rule('NO_AGREEMENT_PROPOSED', 'There is no proposed agreement to sign');
  if (agreement.signedBy.includes(party)) {
    throw refuse.conflict('ALREADY_SIGNED', 'You have already signed this agreement');
  }
  const now = command.now;
  return [
    { type: 'AgreementSigned', data: { party, signedAt: now } },
    {
      type: 'LiabilityFinalized',
      data: { allocation: agreement.allocation, basis: 'AGREEMENT', decidedAt: now, finalizedAt: now },
    },
  ];
}
