import type { CaseDecisions } from '../domain/case.state';
import { attachPhotoForParty } from './attach-photo-for-party/decide';
import { confirmOwnParty } from './confirm-own-party/decide';
import { confirmParty } from './confirm-party/decide';
import { declareCircumstancesForParty } from './declare-circumstances-for-party/decide';
import { handToPoliceDesk } from './hand-to-police-desk/decide';
import { recordAgreement } from './record-agreement/decide';
import { sendConfirmationCode } from './send-confirmation-code/decide';

/**
 * Assistance: an assistant files the case for both parties on the scene (the filing itself opens
 * the stream, see file-case/), acts for each party, and each party confirms what was recorded.
 */
export const ASSISTANCE = {
  AttachPhotoForParty: attachPhotoForParty,
  DeclareCircumstancesForParty: declareCircumstancesForParty,
  RecordAgreement: recordAgreement,
  SendConfirmationCode: sendConfirmationCode,
  ConfirmParty: confirmParty,
  ConfirmOwnParty: confirmOwnParty,
  HandToPoliceDesk: handToPoliceDesk,
} satisfies Partial<CaseDecisions>;
