import { Controller, Param } from '@nestjs/common';
import { Route, endpoint } from '@quickclaim/http';
import { DocumentsReader, type VerificationAnswer } from '../documents.reader';
import { DocumentVerification } from '../http/responses';

export const VERIFY_DOCUMENT = endpoint({
  method: 'GET',
  path: '/verify/:kind/:subjectId/:revisions/:fingerprint',
  tag: 'documents',
  summary: 'Does a document match the recorded events? Public: what its QR code opens',
  description:
    'valid: false with NO_MATCH for any reference that does not match (a guessed URL learns nothing), or ' +
    'RECORDS_ALTERED when the reference matches but the records fail their integrity check. 404 ' +
    'DOCUMENT_NOT_FOUND for a path that cannot be a document reference.',
  policy: { roles: 'public', body: 'none' },
  response: { status: 200, json: DocumentVerification },
});

@Controller()
export class VerifyDocumentRoute {
  constructor(private readonly documents: DocumentsReader) {}

  @Route(VERIFY_DOCUMENT)
  verify(
    @Param('kind') kind: string,
    @Param('subjectId') subjectId: string,
    @Param('revisions') revisions: string,
    @Param('fingerprint') fingerprint: string,
  ): Promise<VerificationAnswer> {
    return this.documents.verify({ kind, subjectId, revisions, fingerprint });
  }
}
