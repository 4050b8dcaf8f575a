import { Module, type DynamicModule } from '@nestjs/common';
import { DOCUMENT_SETTINGS, DocumentsReader, type DocumentSettings } from './documents.reader';
import { DownloadCaseDocumentRoute } from './download-case-document/route';
import { DownloadSettlementRoute } from './download-settlement/route';
import { VerifyDocumentRoute } from './verify-document/route';

/** Every endpoint of the documents, in the order the API documents them. */
export const DOCUMENTS_ROUTES = [DownloadCaseDocumentRoute, DownloadSettlementRoute, VerifyDocumentRoute];

/** The papers each party downloads and anyone verifies; the event store and clock come from the platform. */
@Module({})
export class DocumentsModule {
  static register(settings: DocumentSettings): DynamicModule {
    return {
      module: DocumentsModule,
      controllers: DOCUMENTS_ROUTES,
      providers: [{ provide: DOCUMENT_SETTINGS, useValue: settings }, DocumentsReader],
    };
  }
}
