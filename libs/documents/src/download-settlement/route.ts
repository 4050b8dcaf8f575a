import { Controller, Param, Req, Res } from '@nestjs/common';
import { CLAIM_ID } from '@quickclaim/claims';
import { CurrentPrincipal, Route, endpoint, type Principal, type RoutedRequest } from '@quickclaim/http';
import type { Response } from 'express';
import { DocumentsReader } from '../documents.reader';
import { PDF_ANSWER, SETTLEMENT_DOCUMENT_POLICY, authorizeClaim } from '../http/endpoints';
import { sendPdf } from '../http/send-pdf';

export const DOWNLOAD_SETTLEMENT = endpoint({
  method: 'GET',
  path: '/claims/:claimId/documents/settlement.pdf',
  tag: 'documents',
  summary: 'The settlement of a claim (理赔结算单), once every payout is confirmed',
  description:
    '404 DOCUMENT_NOT_AVAILABLE until every payout is confirmed; 409 RECORDS_ALTERED when the claim or its ' +
    'case fails its integrity check.',
  policy: SETTLEMENT_DOCUMENT_POLICY,
  produces: 'application/pdf',
  response: PDF_ANSWER,
});

@Controller()
export class DownloadSettlementRoute {
  constructor(private readonly documents: DocumentsReader) {}

  @Route(DOWNLOAD_SETTLEMENT)
  async settlement(
    @Param('claimId', CLAIM_ID) claimId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: RoutedRequest,
    @Res() response: Response,
  ): Promise<void> {
    const events = await this.documents.readClaim(claimId);
    authorizeClaim(events, principal, request);
    sendPdf(response, await this.documents.settlementDocument(claimId, events));
  }
}
