/**
 * The record of one SMS, in its own stream (`notification-<id>`): sent once, and what went wrong
 * on the way. The consumer asks it before sending (an SMS already sent is not sent again, however
 * often its request is redelivered) and tells it each outcome, so a failure is recorded, not lost.
 */

export interface About {
  notificationId: string;
  kind: string;
  caseId: string;
  /** The phone, masked: the record says who was told, not how to reach them. */
  to: string;
  gateway: string;
  attempts: number;
}

export type NotificationCommand =
  | { type: 'RecordSent'; about: About; reference: string; now: string }
  | { type: 'RecordFailed'; about: About; reason: string; permanent: boolean; now: string };

export type NotificationEvent =
  | { type: 'NotificationSent'; data: About & { reference: string; sentAt: string } }
  | { type: 'NotificationFailed'; data: About & { reason: string; permanent: boolean; failedAt: string } };

export type NotificationState =
  | { status: 'NONE' }
  /** It failed and may be tried again: `permanent` false. */
  | { status: 'FAILED'; permanent: boolean }
  | { status: 'SENT' };

export const notificationStreamId = (notificationId: string) => `notification-${notificationId}`;

/** Whether the SMS is still to be sent: never sent, and not refused for good. */
export function stillToSend(state: NotificationState): boolean {
  return state.status === 'NONE' || (state.status === 'FAILED' && !state.permanent);
}

function decide(command: NotificationCommand, state: NotificationState): NotificationEvent[] {
  if (state.status === 'SENT') return [];
  switch (command.type) {
    case 'RecordSent':
      return [
        { type: 'NotificationSent', data: { ...command.about, reference: command.reference, sentAt: command.now } },
      ];
    case 'RecordFailed': {
      // A gateway that stays down fails every redelivery: its first failure is the record, the sending says the rest.
      if (state.status === 'FAILED' && !command.permanent) return [];
      const { reason, permanent, now } = command;
      return [{ type: 'NotificationFailed', data: { ...command.about, reason, permanent, failedAt: now } }];
    }
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

/** Each record replaces what was known: the newest says where the SMS stands. */
function evolve(_state: NotificationState, event: NotificationEvent): NotificationState {
  switch (event.type) {
    case 'NotificationSent':
      return { status: 'SENT' };
    case 'NotificationFailed':
      return { status: 'FAILED', permanent: event.data.permanent };
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

export const notificationDecider = { decide, evolve, initialState: { status: 'NONE' } as NotificationState };
