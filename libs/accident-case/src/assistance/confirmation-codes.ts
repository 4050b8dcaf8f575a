import { Inject, Injectable } from '@nestjs/common';
import { ID_GENERATOR, type IdGenerator } from '@quickclaim/platform';
import { createHmac } from 'node:crypto';
import type { PartyId } from '../domain/case.types';

/** The server's secret key for the codes' hashes (CONFIRMATION_CODE_SECRET, or one kept in DATA_DIR). */
export const CONFIRMATION_CODE_KEY = Symbol('CONFIRMATION_CODE_KEY');

/**
 * One-time codes for a party's confirmation: six digits from the injected id generator (random in
 * production, predictable in tests), recorded only as an HMAC under the server's key. A plain hash
 * of six digits is undone in a moment by anyone who reads the events (an auditor, a party, an
 * officer); this one is not without the key.
 */
@Injectable()
export class ConfirmationCodes {
  constructor(
    @Inject(CONFIRMATION_CODE_KEY) private readonly key: Uint8Array,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  issue(): string {
    return this.ids.joinCode();
  }

  hash(caseId: string, party: PartyId, code: string): string {
    return createHmac('sha256', this.key).update(`${caseId}\u0000${party}\u0000${code.trim()}`).digest('hex');
  }
}
