import type { CaseCommandOf } from '../domain/case.commands';
import type { CaseEvent } from '../domain/case.events';
import type { ReportedCaseState } from '../domain/case.state';
import { decideLiability } from './decide-liability/decide';
import { referOffline } from './refer-offline/decide';
import { requestEvidence } from './request-evidence/decide';
import { requestPoliceDecision } from './request-police-decision/decide';
import { takeCase } from './take-case/decide';

/** The police desk: the drivers ask, an officer of the district takes the case and decides within 5 minutes. */
export type PoliceDeskCommand = CaseCommandOf<
  'RequestPoliceDecision' | 'TakeCase' | 'DecideLiability' | 'RequestEvidence' | 'ReferOffline'
>;

export function decidePoliceDesk(command: PoliceDeskCommand, state: ReportedCaseState): CaseEvent[] {
  switch (command.type) {
    case 'RequestPoliceDecision':
      return requestPoliceDecision(command, state);
    case 'TakeCase':
      return takeCase(command, state);
    case 'DecideLiability':
      return decideLiability(command, state);
    case 'RequestEvidence':
      return requestEvidence(command, state);
    case 'ReferOffline':
      return referOffline(command, state);
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}
