import type { CaseDecisions } from '../domain/case.state';
import { proposeAgreement } from './propose-agreement/decide';
import { signAgreement } from './sign-agreement/decide';

/** Agreement: the drivers settle liability themselves, FULL/NONE only. */
export const AGREEMENT = {
  ProposeAgreement: proposeAgreement,
  SignAgreement: signAgreement,
} satisfies Partial<CaseDecisions>;
