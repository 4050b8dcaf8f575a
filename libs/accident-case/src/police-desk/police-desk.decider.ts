import type { CaseDecisions } from '../domain/case.state';
import { decideLiability } from './decide-liability/decide';
import { referOffline } from './refer-offline/decide';
import { requestEvidence } from './request-evidence/decide';
import { requestPoliceDecision } from './request-police-decision/decide';
import { takeCase } from './take-case/decide';

/** The police desk: the drivers ask, an officer of the district takes the case and decides within 5 minutes. */
export const POLICE_DESK = {
  RequestPoliceDecision: requestPoliceDecision,
  TakeCase: takeCase,
  DecideLiability: decideLiability,
  RequestEvidence: requestEvidence,
  ReferOffline: referOffline,
} satisfies Partial<CaseDecisions>;
