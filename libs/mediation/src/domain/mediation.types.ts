/** The two parties of an accident case. */
export const MEDIATION_PARTIES = ['A', 'B'] as const;
export type MediationParty = (typeof MEDIATION_PARTIES)[number];

/**
 * What a mediation is about: a review disputed again (`LIABILITY`: no claim is open yet, the
 * agreement names the amounts of each vehicle), or an assessment its claimant rejected twice
 * (`ASSESSMENT`: the agreement names the amounts of that one claim).
 */
export const MEDIATION_KINDS = ['LIABILITY', 'ASSESSMENT'] as const;
export type MediationKind = (typeof MEDIATION_KINDS)[number];

export const MEDIATION_STATUSES = ['REQUESTED', 'ASSIGNED', 'PROPOSED', 'AGREED', 'FAILED'] as const;
export type MediationStatus = (typeof MEDIATION_STATUSES)[number];

/** Why a mediation failed: its mediator ended it, a party refused the proposal, or a stage's time ran out. */
export const MEDIATION_FAILURE_CAUSES = ['MEDIATOR_ENDED', 'PARTY_REFUSED', 'DEADLINE_PASSED'] as const;
export type MediationFailureCause = (typeof MEDIATION_FAILURE_CAUSES)[number];

/**
 * The insurance a mediated line is charged to: the other party's compulsory (交强险) or
 * third-party (三者险) insurance, or the vehicle's own own-damage insurance (车损险).
 */
export const MEDIATED_COVERAGES = ['COMPULSORY', 'THIRD_PARTY', 'OWN_DAMAGE'] as const;
export type MediatedCoverage = (typeof MEDIATED_COVERAGES)[number];

/** One line of a mediated agreement: whose policy pays, under which cover, how much (integer fen). */
export interface MediatedLine {
  payerParty: MediationParty;
  coverage: MediatedCoverage;
  amountFen: number;
}

/** What one damaged vehicle is paid under the agreement. */
export interface MediatedVehicle {
  party: MediationParty;
  lines: MediatedLine[];
}

export interface MediationPartyFile {
  party: MediationParty;
  /** Absent for a party an assistant filed for who never confirmed on their own phone: they cannot sign. */
  driverId?: string;
  insurer: string;
  plate: string;
}

/** One assessment an `ASSESSMENT` mediation is about, with the claimant's rejection of it. */
export interface AssessmentOnRecord {
  lineItems: { description: string; amountFen: number }[];
  totalFen: number;
  assessedBy: string;
  assessedAt: string;
  rejection?: { reason: string; rejectedAt: string };
}

/** What opens a mediation and stays with it. */
export interface MediationOpening {
  mediationId: string;
  kind: MediationKind;
  caseId: string;
  /** The claim an `ASSESSMENT` mediation is about. */
  claimId?: string;
  district: string;
  /** The people's mediation committee whose mediators may take it. */
  committee: string;
  parties: MediationPartyFile[];
  requestedBy: MediationParty;
  reason: string;
  requestedAt: string;
  /** On an assessment: every assessment of the claim and its rejection, as the mediator reads them. */
  assessments?: AssessmentOnRecord[];
}

export interface Proposal {
  vehicles: MediatedVehicle[];
  note?: string;
  proposedAt: string;
}

export interface Failure {
  cause: MediationFailureCause;
  reason: string;
  /** The mediator who ended it, or the party who refused. */
  by?: string;
  failedAt: string;
}

/** Each stage (to be taken, to be proposed, to be signed) has this long before the sweep fails the mediation. */
export const MEDIATION_STAGE_MINUTES = 3 * 24 * 60;

export function stageDeadline(from: string): string {
  return new Date(new Date(from).getTime() + MEDIATION_STAGE_MINUTES * 60_000).toISOString();
}

export const mediationStreamId = (mediationId: string): string => `mediation-${mediationId}`;
