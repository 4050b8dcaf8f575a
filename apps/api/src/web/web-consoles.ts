import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The page's own policy: scripts, styles and connections only from this origin; photos are
 * fetched with the bearer token and shown from blob: URLs; no framing.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built web consoles (apps/web, ADR 16) from the API's own origin: index.html at `/`
 * and the hashed bundles under `/assets/`, nothing else, so no API path can be shadowed.
 * Returns false when the consoles are not built (the API works without them).
 */
export function serveWebConsoles(app: NestExpressApplication, webDir: string): boolean {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) {
    Logger.warn(`web consoles not built (no ${index}): run npm run build`, 'WebConsoles');
    return false;
  }
  app.useStaticAssets(join(webDir, 'assets'), {
    prefix: '/assets/',
    index: false,
    fallthrough: true,
    // Bundles are named by their content hash, so they never change; set here because every answer
    // starts as no-store (answers carry personal data) and serve-static keeps a header already set.
    setHeaders: (response: Response) =>
      response
        .setHeader('Cache-Control', 'public, max-age=31536000, immutable')
        .setHeader('X-Content-Type-Options', 'nosniff'),
  });
  const router = app.getHttpAdapter().getInstance() as {
    get(path: string, handler: (request: Request, response: Response, next: () => void) => void): void;
  };
  const sendIndex = (response: Response) =>
    response
      .setHeader('Cache-Control', 'no-cache')
      .setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
      .setHeader('X-Content-Type-Options', 'nosniff')
      .setHeader('Referrer-Policy', 'no-referrer')
      .setHeader('Vary', 'Accept')
      .sendFile(index);
  router.get('/', (_request: Request, response: Response) => sendIndex(response));
  // A document's QR code holds `{PUBLIC_URL}/verify/…` (ADR 29): a browser that opens it (asking
  // for a page first) gets the consoles, whose verification screen calls the same path for its
  // JSON; every other client (no Accept, */*, application/json) reaches the API route itself.
  router.get('/verify/:kind/:subjectId/:revisions/:fingerprint', (request, response, next) => {
    if (request.accepts(['application/json', 'text/html']) === 'text/html') sendIndex(response);
    else next();
  });
  return true;
}
