import type { CaseCommandOf } from '../domain/case.commands';
import type { CaseEvent } from '../domain/case.events';
import type { ReportedCaseState } from '../domain/case.state';
import { proposeAgreement } from './propose-agreement/decide';
import { signAgreement } from './sign-agreement/decide';

/** Agreement: the drivers settle liability themselves, FULL/NONE only. */
export type AgreementCommand = CaseCommandOf<'ProposeAgreement' | 'SignAgreement'>;

export function decideAgreement(command: AgreementCommand, state: ReportedCaseState): CaseEvent[] {
  switch (command.type) {
    case 'ProposeAgreement':
      return proposeAgreement(command, state);
    case 'SignAgreement':
      return signAgreement(command, state);
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}
