import type { CaseDecisions } from '../domain/case.state';
import { finalizeByMediation } from './finalize-by-mediation/decide';
import { recordClaimMediation } from './record-claim-mediation/decide';
import { referOfflineAfterMediation } from './refer-offline-after-mediation/decide';
import { requestMediation } from './request-mediation/decide';

/** Mediation: a party asks for it on a disputed review; the mediation process records its outcome on the case. */
export const MEDIATION = {
  RequestMediation: requestMediation,
  FinalizeByMediation: finalizeByMediation,
  ReferOfflineAfterMediation: referOfflineAfterMediation,
  RecordClaimMediation: recordClaimMediation,
} satisfies Partial<CaseDecisions>;
