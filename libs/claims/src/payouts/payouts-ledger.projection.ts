import type { ReadModelSchema, RecordedEvent } from '@quickclaim/platform';
import { alreadyApplied, documentProjection, idInStream } from '@quickclaim/platform/eventsourcing';
import { payoutsAfter, type PayoutEvent } from '../domain/claim.state';
import type { Payout } from '../domain/claim.types';

/** One payout in its payer insurer's ledger. */
export interface PayoutDocument extends Payout {
  _id: string;
  lastPosition: number;
  claimId: string;
  /** When it was first requested: the ledger's order (a retry keeps its place). */
  firstRequestedAt: string;
  updatedAt: string;
}

export const PAYOUTS_LEDGER_SCHEMA: ReadModelSchema = {
  projection: 'payouts-ledger',
  version: 1,
  collections: [
    {
      name: 'payouts',
      indexes: [{ keys: { payer: 1, firstRequestedAt: 1 } }],
    },
  ],
};

export const PAYOUTS_COLLECTION = { projection: PAYOUTS_LEDGER_SCHEMA.projection, collection: 'payouts' };

function payoutEvent(event: RecordedEvent): PayoutEvent | null {
  if (!event.streamId.startsWith('claim-')) return null;
  switch (event.type) {
    case 'PayoutRequested':
    case 'PayoutConfirmed':
    case 'PayoutFailed':
      return { type: event.type, data: event.data } as PayoutEvent;
    default:
      return null;
  }
}

/**
 * Pure: one payout from its claim's payout events, exactly as the claim itself folds them (a
 * failed payout asked again is REQUESTED again with the attempt's number).
 */
export function evolvePayout(document: PayoutDocument | null, event: RecordedEvent): PayoutDocument | null {
  const payout = payoutEvent(event);
  if (!payout || alreadyApplied(document, event)) return document;
  const [folded] = payoutsAfter(document ? [document] : [], payout);
  if (!folded) return null;
  return {
    ...folded,
    _id: folded.payoutId,
    lastPosition: event.position,
    claimId: idInStream(event.streamId, 'claim-')!,
    // Only a request brings a payout the ledger did not have yet.
    firstRequestedAt: document?.firstRequestedAt ?? (payout.data as { requestedAt: string }).requestedAt,
    updatedAt: event.metadata.recordedAt,
  };
}

export const payoutsLedgerProjection = documentProjection<PayoutDocument>({
  schema: PAYOUTS_LEDGER_SCHEMA,
  collection: 'payouts',
  idOf: (event) => {
    const payout = payoutEvent(event);
    return payout ? payout.data.payoutId : null;
  },
  evolve: evolvePayout,
});
