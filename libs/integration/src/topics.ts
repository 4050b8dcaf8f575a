/** Kafka topics between QuickClaim and the outside world (docs/messages.md). */
export const TOPICS = {
  payoutRequests: 'quickclaim.payout-requests.v1',
  payoutResults: 'quickclaim.payout-results.v1',
  caseEvents: 'quickclaim.case-events.v1',
  notifications: 'quickclaim.notifications.v1',
  auditCheckpoints: 'quickclaim.audit-checkpoints.v1',
} as const;

export const MESSAGE_VERSION = 1;

export interface PayoutRequestMessage {
  version: 1;
  payoutId: string;
  claimId: string;
  payer: string;
  coverages: string[];
  amountFen: number;
  attempt: number;
  requestedAt: string;
}

export interface PayoutResultMessage {
  version: 1;
  payoutId: string;
  claimId: string;
  payer: string;
  attempt: number;
  status: 'PAID' | 'FAILED';
  reference?: string;
  reason?: string;
}

/** Reads a payout result from the wire, or null when it is not one we understand. */
export function parsePayoutResult(value: Record<string, unknown>): PayoutResultMessage | null {
  const { version, payoutId, claimId, payer, attempt, status, reference, reason } = value;
  if (version !== 1 || typeof payoutId !== 'string' || typeof claimId !== 'string' || typeof payer !== 'string')
    return null;
  if (typeof attempt !== 'number' || (status !== 'PAID' && status !== 'FAILED')) return null;
  return {
    version,
    payoutId,
    claimId,
    payer,
    attempt,
    status,
    ...(typeof reference === 'string' ? { reference } : {}),
    ...(typeof reason === 'string' ? { reason } : {}),
  };
}
