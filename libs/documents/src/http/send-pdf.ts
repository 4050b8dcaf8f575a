import type { Response } from 'express';
import type { RenderedDocument } from '../documents.reader';

/** Inline, so a phone opens it in its viewer; never sniffed as anything else. */
export function sendPdf(response: Response, document: RenderedDocument): void {
  response
    .status(200)
    .type('application/pdf')
    .setHeader('Content-Disposition', `inline; filename="${document.filename}"`)
    .setHeader('X-Content-Type-Options', 'nosniff')
    .send(document.pdf);
}
