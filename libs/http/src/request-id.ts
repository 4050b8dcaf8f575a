import { randomUUID } from 'node:crypto';
import type { Request } from 'express';

/** The id the API's request-id middleware gave the request (apps/api/src/http/request-id.ts). */
export function requestIdOf(request: Request): string {
  return (request as Request & { requestId?: string }).requestId ?? randomUUID();
}
