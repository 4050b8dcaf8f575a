import type { CaseCommandOf } from '../domain/case.commands';
import type { CaseEvent } from '../domain/case.events';
import type { ReportedCaseState } from '../domain/case.state';
import { closeCase } from './close-case/decide';
import { recordClaimsOpened } from './record-claims-opened/decide';

/** Settlement bookkeeping: the claims process tells the case its claims opened, then that all closed. */
export type SettlementCommand = CaseCommandOf<'RecordClaimsOpened' | 'CloseCase'>;

export function decideSettlement(command: SettlementCommand, state: ReportedCaseState): CaseEvent[] {
  switch (command.type) {
    case 'RecordClaimsOpened':
      return recordClaimsOpened(command, state);
    case 'CloseCase':
      return closeCase(command, state);
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}
