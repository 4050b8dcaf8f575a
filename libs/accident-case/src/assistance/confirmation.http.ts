import { ProblemException } from '@quickclaim/http';
import { z } from 'zod';
import type { CaseCommandOutcome } from '../application/case-commands';

/** What a party types: the six digits of their SMS. */
export const ConfirmationCodeField = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'must be the 6 digits of the SMS');

/**
 * A wrong code is recorded (it costs an attempt) and answered as a refusal: 422
 * CONFIRMATION_CODE_WRONG, saying how many attempts are left.
 */
export function refuseWrongCode(outcome: CaseCommandOutcome): void {
  const rejected = outcome.events.find((event) => event.type === 'ConfirmationCodeRejected');
  if (rejected?.type !== 'ConfirmationCodeRejected') return;
  const { attemptsLeft } = rejected.data;
  throw new ProblemException(422, 'CONFIRMATION_CODE_WRONG', 'The code is not the one sent to this party', [
    { field: 'code', message: `${attemptsLeft} attempt${attemptsLeft === 1 ? '' : 's'} left` },
  ]);
}
