import { RequestMediationRoute } from './mediation/request-mediation/route';
import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ClaimsModule } from '@quickclaim/claims';
import { READ_STORE, type ReadStore } from '@quickclaim/platform';
import { CaseAccessLoader } from './access/case.object';
import { AssistedCasesRoute } from './assistance/assisted-cases/route';
import { ConfirmOwnPartyRoute } from './assistance/confirm-own-party/route';
import { ConfirmPartyRoute } from './assistance/confirm-party/route';
import { ConfirmationCodes } from './assistance/confirmation-codes';
import { FileCaseRoute } from './assistance/file-case/route';
import { SendConfirmationCodeRoute } from './assistance/send-confirmation-code/route';
import { AcceptLiabilityRoute } from './responses/accept-liability/route';
import { ProposeAgreementRoute } from './agreement/propose-agreement/route';
import { SignAgreementRoute } from './agreement/sign-agreement/route';
import { CaseCommands } from './application/case-commands';
import { ExecuteCaseCommandHandler } from './application/execute-case-command';
import { AuditClaimRoute } from './audit/claim-trail/route';
import { AuditCaseRoute } from './audit/route';
import { FindCaseRoute } from './audit/find-case/route';
import { CaseStreamRoute } from './case-views/case-stream/route';
import { CaseViewReader } from './case-views/case-view.reader';
import { DownloadPhotoRoute } from './case-views/download-photo/route';
import { GetCaseRoute } from './case-views/get-case/route';
import { MyCasesRoute } from './case-views/my-cases/route';
import { DecideLiabilityRoute } from './police-desk/decide-liability/route';
import { DeskQueueRoute } from './police-desk/desk-queue/route';
import { ReferOfflineRoute } from './police-desk/refer-offline/route';
import { RequestEvidenceRoute } from './police-desk/request-evidence/route';
import { RequestPoliceDecisionRoute } from './police-desk/request-police-decision/route';
import { TakeCaseRoute } from './police-desk/take-case/route';
import { CASE_VIEWS, CaseViews } from './case-views/case-views';
import { DESK_QUEUE, DeskQueue } from './police-desk/desk-queue/desk-queue';
import { AttachPhotoRoute } from './reporting/attach-photo/route';
import { DeclareCircumstancesRoute } from './reporting/declare-circumstances/route';
import { JoinCaseRoute } from './reporting/join-case/route';
import { ReportAccidentRoute } from './reporting/report-accident/route';
import { WithdrawCaseRoute } from './reporting/withdraw-case/route';
import { DisputeLiabilityRoute } from './responses/dispute-liability/route';

/** Every endpoint of the accident case, in the order the API documents them. */
export const ACCIDENT_CASE_ROUTES = [
  ReportAccidentRoute,
  JoinCaseRoute,
  AttachPhotoRoute,
  DownloadPhotoRoute,
  DeclareCircumstancesRoute,
  ProposeAgreementRoute,
  SignAgreementRoute,
  RequestPoliceDecisionRoute,
  AcceptLiabilityRoute,
  DisputeLiabilityRoute,
  WithdrawCaseRoute,
  GetCaseRoute,
  MyCasesRoute,
  CaseStreamRoute,
  DeskQueueRoute,
  TakeCaseRoute,
  DecideLiabilityRoute,
  RequestEvidenceRoute,
  ReferOfflineRoute,
  FindCaseRoute,
  AuditCaseRoute,
  // Assistance: an assistant files for both parties on the scene; each party confirms.
  FileCaseRoute,
  AssistedCasesRoute,
  SendConfirmationCodeRoute,
  ConfirmPartyRoute,
  ConfirmOwnPartyRoute,
  AuditClaimRoute,
  // Issue 15.2: a disputed review goes to mediation instead of offline.
  RequestMediationRoute,
];

/**
 * The accident case: its routes, its command handler, its read models and how access to a case
 * is read; the stores, clock and ids come from the platform, the evidence from EvidenceModule,
 * the key of the confirmation codes' hashes (CONFIRMATION_CODE_KEY) from the application.
 */
@Module({
  imports: [CqrsModule, ClaimsModule],
  controllers: ACCIDENT_CASE_ROUTES,
  providers: [
    ExecuteCaseCommandHandler,
    CaseCommands,
    CaseViewReader,
    CaseAccessLoader,
    ConfirmationCodes,
    { provide: CASE_VIEWS, inject: [READ_STORE], useFactory: (store: ReadStore) => new CaseViews(store) },
    { provide: DESK_QUEUE, inject: [READ_STORE], useFactory: (store: ReadStore) => new DeskQueue(store) },
  ],
  exports: [CASE_VIEWS, DESK_QUEUE, CaseAccessLoader],
})
export class AccidentCaseModule {}
