import type { ReadStore } from '@quickclaim/platform';
import { CLAIM_VIEWS_COLLECTION, CLAIM_VIEWS_SCHEMA, type ClaimViewDocument } from './claim-views.projection';
import { PAYOUTS_COLLECTION, PAYOUTS_LEDGER_SCHEMA, type PayoutDocument } from '../payouts/payouts-ledger.projection';

export const CLAIM_VIEWS = Symbol('CLAIM_VIEWS');

/** The insurers' claims and the payouts ledger, read from the read store. */
export class ClaimViews {
  static readonly projection = CLAIM_VIEWS_SCHEMA.projection;
  static readonly ledger = PAYOUTS_LEDGER_SCHEMA.projection;

  constructor(private readonly store: ReadStore) {}

  get(claimId: string): Promise<ClaimViewDocument | null> {
    return this.store.get<ClaimViewDocument>(CLAIM_VIEWS_COLLECTION, claimId);
  }

  ofCase(caseId: string): Promise<ClaimViewDocument[]> {
    return this.store.find<ClaimViewDocument>(CLAIM_VIEWS_COLLECTION, { caseId }, { sort: { party: 1 } });
  }

  /** Claims an insurer handles, or pays something on, most recently changed first. */
  ofInsurer(insurer: string, status?: string): Promise<ClaimViewDocument[]> {
    return this.store.find<ClaimViewDocument>(
      CLAIM_VIEWS_COLLECTION,
      { insurers: insurer, ...(status ? { status } : {}) },
      { sort: { updatedAt: -1 } },
    );
  }

  /** Claims whose assessment nobody answered within the response period. */
  assessmentsAwaitingSilence(now: Date, periodMinutes: number): Promise<ClaimViewDocument[]> {
    const cutoff = new Date(now.getTime() - periodMinutes * 60_000).toISOString();
    return this.store.find<ClaimViewDocument>(
      CLAIM_VIEWS_COLLECTION,
      { assessedAt: { $lte: cutoff }, status: 'ASSESSED' },
      { sort: { assessedAt: 1 } },
    );
  }

  /** The payouts ledger of the paying insurer, in the order they were first requested. */
  payoutsOf(insurer: string, status?: string): Promise<PayoutDocument[]> {
    return this.store.find<PayoutDocument>(
      PAYOUTS_COLLECTION,
      { payer: insurer, ...(status ? { status } : {}) },
      { sort: { firstRequestedAt: 1 } },
    );
  }

  payout(payoutId: string): Promise<PayoutDocument | null> {
    return this.store.get<PayoutDocument>(PAYOUTS_COLLECTION, payoutId);
  }
}
