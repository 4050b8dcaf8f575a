/**
 * The shapes of the API as the consoles read them, derived from the types generated from its
 * OpenAPI document (schema.d.ts, `npm run gen:api-types`). The documented bodies are inline in
 * the document, so they are reached by path and method; the paths are the stable part of the
 * contract (operation ids follow the controllers' names).
 */
import type { components, paths } from './schema';

/** In place of a shape the document lacks, so that any use of it fails to compile instead of passing as never. */
interface NotInTheContract<What extends string> {
  readonly notInTheContract: What;
}

type Operation<P extends keyof paths, M extends 'get' | 'post'> = NonNullable<paths[P][M]>;

/** The JSON body of an operation's success answer. */
type Answer<P extends keyof paths, M extends 'get' | 'post', S extends number = 200> =
  Operation<P, M> extends { responses: { [status in S]: { content: { 'application/json': infer Body } } } }
    ? Body
    : NotInTheContract<`${M} ${P} ${S} application/json`>;

/** The JSON body an operation takes. */
type Body<P extends keyof paths> =
  Operation<P, 'post'> extends { requestBody: { content: { 'application/json': infer Taken } } }
    ? Taken
    : NotInTheContract<`post ${P} body`>;

/** GET /cases/{caseId}: what the caller may see of a case (issue 13: ADR 32). */
export type CaseView = Answer<'/cases/{caseId}', 'get'>;
export type PartyView = CaseView['parties'][number];
export type PhotoView = CaseView['photos'][number];
export type CaseStatus = CaseView['status'];
export type PartyId = PartyView['party'];
export type Allocation = NonNullable<CaseView['agreement']>['allocation'];
export type LiabilityLevel = Allocation[PartyId];
export type PhotoKind = PhotoView['kind'];

export type CaseSummaries = Answer<'/me/cases', 'get'>;
export type DeskQueue = Answer<'/desk/queue', 'get'>;

export type ClaimView = Answer<'/claims/{claimId}', 'get'>;
export type ClaimStatus = ClaimView['status'];
export type PayoutView = ClaimView['payouts'][number];
export type Coverage = PayoutView['coverages'][number];
export type ClaimList = Answer<'/insurer/claims', 'get'>;
export type PayoutList = Answer<'/insurer/payouts', 'get'>;

export type AuditEvents = Answer<'/audit/cases/{caseId}/events', 'get'>;
export type AuditState = Answer<'/audit/cases/{caseId}/state', 'get'>;
export type AuditVerification = Answer<'/audit/cases/{caseId}/verification', 'get'>;
export type AuditClaimEvents = Answer<'/audit/claims/{claimId}/events', 'get'>;
export type FoundCases = Answer<'/audit/cases', 'get'>;

/** What a driver tells about their car and insurance, as POST /cases and both joins take it. */
export type PartyInput = Body<'/cases'>['party'];
export type EligibilityCondition = keyof Body<'/cases'>['eligibility'];
export type Eligibility = Body<'/cases'>['eligibility'];

/** The answers of the commands whose answer the consoles read. */
export type ReportAnswer = Answer<'/cases', 'post', 201>;
export type JoinAnswer = Answer<'/cases/join', 'post'> | Answer<'/cases/{caseId}/join', 'post'>;
export type PhotoAnswer = Answer<'/cases/{caseId}/photos', 'post', 201>;
export type DevToken = Answer<'/auth/dev-token', 'post', 201>;

/** Issue 15: the assistants' console, a party's own confirmation, the documents' verification. */
export type AssistedCases = Answer<'/assistant/cases', 'get'>;
export type AssistedCase = AssistedCases['items'][number];
export type FileCaseBody = Body<'/assistant/cases'>;
export type FileCaseAnswer = Answer<'/assistant/cases', 'post', 201>;
export type ConfirmationCodeAnswer = Answer<'/cases/{caseId}/parties/{party}/confirmation-code', 'post', 202>;
export type OwnConfirmationAnswer = Answer<'/cases/{caseId}/confirmation', 'post'>;
export type Assistance = NonNullable<CaseView['assistance']>;
export type Verification = Answer<'/verify/{kind}/{subjectId}/{revisions}/{fingerprint}', 'get'>;

/** RFC 9457 problem details as the consoles keep them (a network failure has no type or title). */
export type Problem = Pick<components['schemas']['Problem'], 'status' | 'detail' | 'code' | 'errors'>;

/** Fails to compile when a list below misses a value of the contract's union, or has one too many. */
type Exactly<List extends readonly string[], Union extends string> = [Union] extends [List[number]]
  ? [List[number]] extends [Union]
    ? List
    : never
  : never;

export const PHOTO_KINDS = [
  'FRONT_SIDE',
  'REAR_SIDE',
  'POINT_OF_IMPACT',
  'DAMAGE_DETAIL',
  'PLATE',
  'DOCUMENT',
  'SCENE',
  'OTHER',
] as const satisfies Exactly<readonly PhotoKind[], PhotoKind>;
export const REQUIRED_PHOTO_KINDS: readonly PhotoKind[] = ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT'];

export const SITUATION_CODES = Array.from({ length: 21 }, (_, index) => `S${String(index + 1).padStart(2, '0')}`);
export const MAX_SITUATIONS = 3;

export const ELIGIBILITY_CONDITIONS = [
  'noInjuries',
  'vehiclesMovable',
  'licencesValid',
  'compulsoryInsurance',
  'noIntoxication',
  'platesValid',
  'nobodyLeft',
  'notDeliberate',
] as const satisfies Exactly<readonly EligibilityCondition[], EligibilityCondition>;

/** What a flag found (issue 13): one entry per flag with details, on a case, a photo or a claim. */
export type FlagDetail = CaseView['flagDetails'][number];
export type NextStep = NonNullable<CaseView['nextStep']>;
export type Hold = NonNullable<ClaimView['hold']>;
export type HoldReason = Hold['reason'];

/** Issue 15.2: online mediation (ADR 33). */
export type Mediation = Answer<'/mediations/{mediationId}', 'get'>;
export type MediationStatus = Mediation['status'];
export type MediationQueue = Answer<'/mediator/mediations', 'get'>;
export type ProposalBody = Body<'/mediations/{mediationId}/proposal'>;
export type ProposedVehicle = ProposalBody['vehicles'][number];
export type ProposedLine = ProposedVehicle['lines'][number];
export type MediatedCoverage = ProposedLine['coverage'];
export type CaseMediationRef = NonNullable<CaseView['mediations']>[number];
