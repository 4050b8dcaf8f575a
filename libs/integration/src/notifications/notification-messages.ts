import { MESSAGE_VERSION, TOPICS } from '../topics';

/**
 * The SMS requests on `quickclaim.notifications.v1` (docs/messages.md): what happened, to whom.
 * The texts are written by the consumer that sends them (sms-texts.ts), so a message carries
 * facts, and its wording can change without a new message version.
 */

type Party = 'A' | 'B';
type Level = 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';

/** A party the message is for, where the sender knows which party each phone is. */
export interface Recipient {
  party: Party;
  phone: string;
  plate: string;
}

interface Addressed {
  version: 1;
  caseId: string;
  /** Every phone the message goes to. */
  to: string[];
  /** The same phones with their party and plate (since parties were added to the message), for a personal text. */
  recipients?: Recipient[];
}

export type NotificationMessage =
  | (Addressed & {
      kind: 'LIABILITY_DECIDED';
      allocation: Record<Party, Level>;
      basis: 'POLICE' | 'REVIEW';
      respondBy: string;
    })
  | (Addressed & { kind: 'EVIDENCE_REQUESTED'; kinds: string[] })
  | (Addressed & { kind: 'CASE_REFERRED_OFFLINE' })
  | (Addressed & {
      kind: 'CONFIRMATION_CODE';
      /** The party asked to confirm; `to` is that party's phone only. */
      party: Party;
      /** The one-time code: it travels in this message and the SMS only, never in an event or a log. */
      code: string;
      expiresAt: string;
      allocation: Record<Party, Level>;
      plates: Record<Party, string>;
      /** The assistant's organisation, named in the text so the party knows who asks. */
      organisation: string;
    });

export type NotificationKind = NotificationMessage['kind'];

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'LIABILITY_DECIDED',
  'EVIDENCE_REQUESTED',
  'CASE_REFERRED_OFFLINE',
  'CONFIRMATION_CODE',
];

const PARTIES: readonly unknown[] = ['A', 'B'];
const LEVELS: readonly unknown[] = ['FULL', 'MAJOR', 'EQUAL', 'MINOR', 'NONE'];

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
const isAllocation = (value: unknown): value is Record<Party, Level> =>
  typeof value === 'object' &&
  value !== null &&
  LEVELS.includes((value as Record<string, unknown>).A) &&
  LEVELS.includes((value as Record<string, unknown>).B);
const isRecipient = (value: unknown): value is Recipient =>
  typeof value === 'object' &&
  value !== null &&
  PARTIES.includes((value as Recipient).party) &&
  isText((value as Recipient).phone) &&
  typeof (value as Recipient).plate === 'string';

/** Reads an SMS request from the wire, or null when it is not one this version understands. */
export function parseNotification(value: Record<string, unknown>): NotificationMessage | null {
  const { version, kind, caseId, to, recipients } = value;
  if (version !== MESSAGE_VERSION || !isText(caseId) || !isTextList(to)) return null;
  if (recipients !== undefined && !(Array.isArray(recipients) && recipients.every(isRecipient))) return null;
  const addressed = { version: MESSAGE_VERSION, caseId, to, ...(recipients ? { recipients } : {}) } as const;
  switch (kind) {
    case 'LIABILITY_DECIDED':
      if (!isAllocation(value.allocation) || !isText(value.respondBy)) return null;
      if (value.basis !== 'POLICE' && value.basis !== 'REVIEW') return null;
      return { ...addressed, kind, allocation: value.allocation, basis: value.basis, respondBy: value.respondBy };
    case 'EVIDENCE_REQUESTED':
      return isTextList(value.kinds) ? { ...addressed, kind, kinds: value.kinds } : null;
    case 'CASE_REFERRED_OFFLINE':
      return { ...addressed, kind };
    case 'CONFIRMATION_CODE': {
      const { party, code, expiresAt, allocation, plates, organisation } = value;
      const platesOk = typeof plates === 'object' && plates !== null && isText((plates as Record<string, unknown>).A);
      if (!PARTIES.includes(party) || !isText(code) || !isText(expiresAt) || !isAllocation(allocation)) return null;
      if (!platesOk || !isText((plates as Record<string, unknown>).B) || !isText(organisation)) return null;
      return {
        ...addressed,
        kind,
        party: party as Party,
        code,
        expiresAt,
        allocation,
        plates: plates as Record<Party, string>,
        organisation,
      };
    }
    default:
      return null;
  }
}

/** The bus message of an SMS request: keyed by the case's stream so its messages keep their order. */
export function notificationBusMessage(
  notification: NotificationMessage,
  causedBy: { eventId: string; correlationId: string },
) {
  return {
    topic: TOPICS.notifications,
    key: `case-${notification.caseId}`,
    value: { ...notification } as Record<string, unknown>,
    headers: { 'event-id': causedBy.eventId, 'correlation-id': causedBy.correlationId },
  };
}
