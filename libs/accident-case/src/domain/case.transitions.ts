import type { CaseCommandType } from './case.commands';
import type { CaseEvent, CaseEventType } from './case.events';
import type { CaseStatus } from './case.types';

/** Statuses in which liability is not yet final and the case is still online. */
export const OPEN_BEFORE_LIABILITY = [
  'REPORTED',
  'AWAITING_POLICE',
  'UNDER_REVIEW',
  'EVIDENCE_REQUESTED',
  'DECIDED',
  'DISPUTED',
] as const satisfies readonly CaseStatus[];

/** The statuses in which a case waits for an officer of its district. */
export const ON_THE_DESK = ['AWAITING_POLICE', 'UNDER_REVIEW', 'DISPUTED'] as const satisfies readonly CaseStatus[];

interface CommandTransition {
  /** How a refusal names the command: "Cannot <action> while the case is <status>". */
  action: string;
  /** The statuses in which the command may be decided at all. */
  allowedIn: readonly CaseStatus[];
  /** Statuses in which the command already had its effect: asking again changes nothing. */
  doneIn?: readonly CaseStatus[];
}

/**
 * THE state machine of an accident case, in one place: which command may be decided in which
 * status (anything else is refused with INVALID_CASE_STATUS, or the rule named in the command's
 * own decision), and which event leads to which status.
 */
export const CASE_COMMANDS = {
  ReportAccident: { action: 'report an accident', allowedIn: [] },
  JoinCase: { action: 'join', allowedIn: ['REPORTED'] },
  AttachPhoto: {
    action: 'attach a photo',
    allowedIn: ['REPORTED', 'AWAITING_POLICE', 'UNDER_REVIEW', 'EVIDENCE_REQUESTED'],
  },
  DeclareCircumstances: { action: 'declare circumstances', allowedIn: ['REPORTED', 'EVIDENCE_REQUESTED'] },
  WithdrawCase: { action: 'withdraw the case', allowedIn: OPEN_BEFORE_LIABILITY },
  ProposeAgreement: { action: 'propose an agreement', allowedIn: ['REPORTED'] },
  SignAgreement: { action: 'sign an agreement', allowedIn: ['REPORTED'] },
  RequestPoliceDecision: {
    action: 'ask for a police decision',
    allowedIn: ['REPORTED', 'EVIDENCE_REQUESTED'],
    doneIn: ['AWAITING_POLICE', 'UNDER_REVIEW'],
  },
  TakeCase: { action: 'take the case', allowedIn: ['AWAITING_POLICE', 'DISPUTED', 'UNDER_REVIEW'] },
  DecideLiability: { action: 'act on the case', allowedIn: ['UNDER_REVIEW'] },
  RequestEvidence: { action: 'act on the case', allowedIn: ['UNDER_REVIEW'] },
  ReferOffline: { action: 'act on the case', allowedIn: ['UNDER_REVIEW'] },
  AcceptLiability: { action: 'accept the decision', allowedIn: ['DECIDED'] },
  DisputeLiability: { action: 'dispute the decision', allowedIn: ['DECIDED'] },
  CloseResponsePeriod: { action: 'close the response period', allowedIn: ['DECIDED'] },
  RecordClaimsOpened: { action: 'open claims', allowedIn: ['LIABILITY_FINAL'], doneIn: ['SETTLING', 'CLOSED'] },
  CloseCase: { action: 'close the case', allowedIn: ['SETTLING'], doneIn: ['CLOSED'] },
  // Assistance: the filing assistant acts for the parties, who confirm what was recorded.
  FileCase: { action: 'file a case', allowedIn: [] },
  AttachPhotoForParty: {
    action: 'attach a photo',
    allowedIn: ['REPORTED', 'AWAITING_POLICE', 'UNDER_REVIEW', 'EVIDENCE_REQUESTED'],
  },
  DeclareCircumstancesForParty: { action: 'declare circumstances', allowedIn: ['REPORTED', 'EVIDENCE_REQUESTED'] },
  RecordAgreement: { action: 'record an agreement', allowedIn: ['REPORTED'] },
  SendConfirmationCode: { action: 'send a confirmation code', allowedIn: ['REPORTED'] },
  ConfirmParty: { action: 'confirm the agreement', allowedIn: ['REPORTED'] },
  ConfirmOwnParty: { action: 'confirm the agreement', allowedIn: ['REPORTED'] },
  HandToPoliceDesk: {
    action: 'hand the case to the police desk',
    allowedIn: ['REPORTED', 'EVIDENCE_REQUESTED'],
    doneIn: ['AWAITING_POLICE', 'UNDER_REVIEW'],
  },
} as const satisfies Record<CaseCommandType, CommandTransition>;

/** The statuses a command is decided in. */
export type AllowedStatus<Type extends CaseCommandType> = (typeof CASE_COMMANDS)[Type]['allowedIn'][number];

/** The status each event leads to; `null`: the case stays in the status it is in. */
const STATUS_AFTER = {
  AccidentReported: 'REPORTED',
  PartyJoined: null,
  PhotoAttached: null,
  CircumstancesDeclared: null,
  AgreementProposed: null,
  AgreementSigned: null,
  PoliceDecisionRequested: (event) => (event.data.review ? 'DISPUTED' : 'AWAITING_POLICE'),
  OfficerAssigned: 'UNDER_REVIEW',
  LiabilityDecided: 'DECIDED',
  EvidenceRequested: 'EVIDENCE_REQUESTED',
  CaseReferredOffline: 'REFERRED_OFFLINE',
  LiabilityAccepted: null,
  LiabilityDisputed: null,
  LiabilityFinalized: 'LIABILITY_FINAL',
  CaseWithdrawn: 'WITHDRAWN',
  CaseFlagged: null,
  ClaimsOpened: 'SETTLING',
  CaseClosed: 'CLOSED',
  AgreementRecorded: null,
  ConfirmationCodeSent: null,
  ConfirmationCodeRejected: null,
  // Liability is final by the LiabilityFinalized recorded with the second confirmation.
  PartyConfirmed: null,
} as const satisfies {
  [Type in CaseEventType]: CaseStatus | null | ((event: Extract<CaseEvent, { type: Type }>) => CaseStatus);
};

type StatusAfter = typeof STATUS_AFTER;
type Leads<Type extends CaseEventType> = StatusAfter[Type] extends (...args: never[]) => infer S
  ? S
  : Exclude<StatusAfter[Type], null>;
/** The events that move a case into another status. */
export type StatusChangingEvent = Extract<
  CaseEvent,
  { type: { [Type in CaseEventType]: StatusAfter[Type] extends null ? never : Type }[CaseEventType] }
>;

/** The status an event leads to. */
export function statusAfter<Event extends StatusChangingEvent>(event: Event): Leads<Event['type']>;
export function statusAfter(event: CaseEvent): CaseStatus | null;
export function statusAfter(event: CaseEvent): CaseStatus | null {
  const after = STATUS_AFTER[event.type] as CaseStatus | null | ((event: CaseEvent) => CaseStatus);
  return typeof after === 'function' ? after(event) : after;
}

export function isAllowedIn<Type extends CaseCommandType>(
  type: Type,
  status: CaseStatus | 'NONE',
): status is AllowedStatus<Type> {
  return (CASE_COMMANDS[type].allowedIn as readonly string[]).includes(status);
}

export function isAlreadyDoneIn(type: CaseCommandType, status: CaseStatus | 'NONE'): boolean {
  const transition: CommandTransition = CASE_COMMANDS[type];
  return (transition.doneIn ?? []).includes(status as CaseStatus);
}
