import type { CaseCommandOf } from '../domain/case.commands';
import type { CaseEvent } from '../domain/case.events';
import type { ReportedCaseState } from '../domain/case.state';
import { attachPhoto } from './attach-photo/decide';
import { declareCircumstances } from './declare-circumstances/decide';
import { joinCase } from './join-case/decide';
import { withdrawCase } from './withdraw-case/decide';

/** Reporting: the case is put together by its two drivers (the report itself opens the stream). */
export type ReportingCommand = CaseCommandOf<'JoinCase' | 'AttachPhoto' | 'DeclareCircumstances' | 'WithdrawCase'>;

export function decideReporting(command: ReportingCommand, state: ReportedCaseState): CaseEvent[] {
  switch (command.type) {
    case 'JoinCase':
      return joinCase(command, state);
    case 'AttachPhoto':
      return attachPhoto(command, state);
    case 'DeclareCircumstances':
      return declareCircumstances(command, state);
    case 'WithdrawCase':
      return withdrawCase(command, state);
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}
