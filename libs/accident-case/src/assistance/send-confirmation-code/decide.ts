import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { addMinutes } from '../../domain/time';
import {
  CONFIRMATION_CODES_PER_PARTY,
  CONFIRMATION_CODE_ATTEMPTS,
  CONFIRMATION_CODE_MINUTES,
  CONFIRMATION_CODE_RESEND_SECONDS,
  requireAssistedAgreement,
  requireFilingAssistant,
  requireUnconfirmed,
} from '../assistance.rules';

/**
 * A one-time code is sent to a party's phone (the route sends it through the notification port;
 * the event keeps only its keyed hash and expiry). A new code replaces the last one, at most one
 * a minute and five per party and agreement.
 */
export function sendConfirmationCode(
  command: CaseCommandOf<'SendConfirmationCode'>,
  state: ReportedCaseState,
): CaseEvent[] {
  requireFilingAssistant(state, command.assistantId);
  const assisted = requireAssistedAgreement(requireStatus(state, 'SendConfirmationCode'));
  const { party, now } = command;
  requireUnconfirmed(assisted, party);
  const last = assisted.codes[party];
  const waitSeconds = last
    ? Math.ceil((Date.parse(last.sentAt) + CONFIRMATION_CODE_RESEND_SECONDS * 1000 - Date.parse(now)) / 1000)
    : 0;
  if (waitSeconds > 0) {
    throw refuse.rule('CONFIRMATION_CODE_TOO_SOON', `A code was sent just now: ask again in ${waitSeconds} s`, [
      { field: 'party', message: `retry in ${waitSeconds} s` },
    ]);
  }
  if ((assisted.codesSent[party] ?? 0) >= CONFIRMATION_CODES_PER_PARTY) {
    throw refuse.rule(
      'TOO_MANY_CONFIRMATION_CODES',
      `Party ${party} was sent ${CONFIRMATION_CODES_PER_PARTY} codes already: confirm by signature instead`,
    );
  }
  return [
    {
      type: 'ConfirmationCodeSent',
      data: {
        party,
        codeHash: command.codeHash,
        sentAt: now,
        expiresAt: addMinutes(now, CONFIRMATION_CODE_MINUTES),
        attempts: CONFIRMATION_CODE_ATTEMPTS,
      },
    },
  ];
}
