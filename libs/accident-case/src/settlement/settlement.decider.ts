import type { CaseDecisions } from '../domain/case.state';
import { closeCase } from './close-case/decide';
import { recordClaimsOpened } from './record-claims-opened/decide';

/** Settlement bookkeeping: the claims process tells the case its claims opened, then that all closed. */
export const SETTLEMENT = {
  RecordClaimsOpened: recordClaimsOpened,
  CloseCase: closeCase,
} satisfies Partial<CaseDecisions>;
