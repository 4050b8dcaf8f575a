import { Module } from '@nestjs/common';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

/** The documents' routes and their service; the ports come from the global infrastructure module. */
@Module({ controllers: [DocumentsController], providers: [DocumentsService] })
export class DocumentsModule {}
