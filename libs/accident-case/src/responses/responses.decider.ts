import type { CaseDecisions } from '../domain/case.state';
import { acceptLiability } from './accept-liability/decide';
import { closeResponsePeriod } from './close-response-period/decide';
import { disputeLiability } from './dispute-liability/decide';

/** Responses: the parties accept or dispute the police decision; 3 days of silence is acceptance. */
export const RESPONSES = {
  AcceptLiability: acceptLiability,
  DisputeLiability: disputeLiability,
  CloseResponsePeriod: closeResponsePeriod,
} satisfies Partial<CaseDecisions>;
