import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public, Roles } from '../auth/principal';
import { CaseIdPipe, ClaimIdPipe } from '../http/case-id.pipe';
import { DocumentsService, type RenderedDocument, type VerificationAnswer } from './documents.service';

/**
 * Each party's papers as PDFs (docs/adr/0029): who may download is the policy's (policy.ts);
 * a document that does not exist yet is 404 DOCUMENT_NOT_AVAILABLE. The QR code on each leads
 * to the public verification, which answers in JSON.
 */
@ApiTags('documents')
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get('cases/:caseId/documents/agreement.pdf')
  @Roles('driver', 'officer', 'auditor')
  @ApiBearerAuth()
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The self-negotiated agreement (自行协商协议书), once both parties signed it' })
  async agreement(@Param('caseId', CaseIdPipe) caseId: string, @Res() response: Response): Promise<void> {
    send(response, await this.documents.caseDocument('agreement', caseId));
  }

  @Get('cases/:caseId/documents/decision.pdf')
  @Roles('driver', 'officer', 'auditor')
  @ApiBearerAuth()
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The police decision by simple procedure (简易程序事故认定书), once it is final' })
  async decision(@Param('caseId', CaseIdPipe) caseId: string, @Res() response: Response): Promise<void> {
    send(response, await this.documents.caseDocument('decision', caseId));
  }

  @Get('claims/:claimId/documents/settlement.pdf')
  @Roles('driver', 'adjuster', 'auditor')
  @ApiBearerAuth()
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The settlement of a claim (理赔结算单), once every payout is confirmed' })
  async settlement(@Param('claimId', ClaimIdPipe) claimId: string, @Res() response: Response): Promise<void> {
    send(response, await this.documents.settlementDocument(claimId));
  }

  @Get('verify/:kind/:subjectId/:revisions/:fingerprint')
  @Public()
  @ApiOperation({ summary: 'Does a document match the recorded events? Public: what its QR code opens' })
  verify(
    @Param('kind') kind: string,
    @Param('subjectId') subjectId: string,
    @Param('revisions') revisions: string,
    @Param('fingerprint') fingerprint: string,
  ): Promise<VerificationAnswer> {
    return this.documents.verify({ kind, subjectId, revisions, fingerprint });
  }
}

function send(response: Response, document: RenderedDocument): void {
  response
    .status(200)
    .type('application/pdf')
    .setHeader('Content-Disposition', `inline; filename="${document.filename}"`)
    .setHeader('X-Content-Type-Options', 'nosniff')
    .send(document.pdf);
}
