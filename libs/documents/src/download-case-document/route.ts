import { Controller, Param, Req, Res } from '@nestjs/common';
import { CASE_ID } from '@quickclaim/accident-case';
import { CurrentPrincipal, Route, endpoint, type Principal, type RoutedRequest } from '@quickclaim/http';
import type { Response } from 'express';
import { DocumentsReader } from '../documents.reader';
import { CASE_DOCUMENT_POLICY, PDF_ANSWER, authorizeCase } from '../http/endpoints';
import { sendPdf } from '../http/send-pdf';

export const DOWNLOAD_AGREEMENT = endpoint({
  method: 'GET',
  path: '/cases/:caseId/documents/agreement.pdf',
  tag: 'documents',
  summary: 'The self-negotiated agreement (自行协商协议书), once both parties signed it',
  description:
    '404 DOCUMENT_NOT_AVAILABLE while liability is not final or was not agreed; 409 RECORDS_ALTERED when the ' +
    "case's records fail their integrity check (no paper is issued from altered records).",
  policy: CASE_DOCUMENT_POLICY,
  produces: 'application/pdf',
  response: PDF_ANSWER,
});

export const DOWNLOAD_DECISION = endpoint({
  method: 'GET',
  path: '/cases/:caseId/documents/decision.pdf',
  tag: 'documents',
  summary: 'The police decision by simple procedure (简易程序事故认定书), once it is final',
  description:
    '404 DOCUMENT_NOT_AVAILABLE while liability is not final or was not decided by an officer; 409 ' +
    "RECORDS_ALTERED when the case's records fail their integrity check.",
  policy: CASE_DOCUMENT_POLICY,
  produces: 'application/pdf',
  response: PDF_ANSWER,
});

/** Each party's papers of the case, made from its stream as stored (docs/adr/0029). */
@Controller()
export class DownloadCaseDocumentRoute {
  constructor(private readonly documents: DocumentsReader) {}

  @Route(DOWNLOAD_AGREEMENT)
  agreement(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: RoutedRequest,
    @Res() response: Response,
  ): Promise<void> {
    return this.download('agreement', caseId, principal, request, response);
  }

  @Route(DOWNLOAD_DECISION)
  decision(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: RoutedRequest,
    @Res() response: Response,
  ): Promise<void> {
    return this.download('decision', caseId, principal, request, response);
  }

  private async download(
    kind: 'agreement' | 'decision',
    caseId: string,
    principal: Principal,
    request: RoutedRequest,
    response: Response,
  ): Promise<void> {
    const events = await this.documents.readCase(caseId);
    authorizeCase(events, principal, request);
    sendPdf(response, await this.documents.caseDocument(kind, caseId, events));
  }
}
