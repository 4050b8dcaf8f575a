import { optionalText, readPiece, refuse, type Environment } from '@quickclaim/platform/config/piece';
import { z } from 'zod';

const MIN_SECRET_LENGTH = 32;

function schema(production: boolean) {
  return z
    .object({ CONFIRMATION_CODE_SECRET: optionalText() })
    .superRefine((variables, context) => {
      const secret = variables.CONFIRMATION_CODE_SECRET;
      if (secret === undefined && production) {
        refuse(
          context,
          'CONFIRMATION_CODE_SECRET is required in production: one secret for every API instance, to hash one-time codes',
        );
      }
      if (secret !== undefined && secret.length < MIN_SECRET_LENGTH) {
        refuse(context, `CONFIRMATION_CODE_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
      }
    })
    .transform((variables) =>
      variables.CONFIRMATION_CODE_SECRET ? { confirmationCodeSecret: variables.CONFIRMATION_CODE_SECRET } : {},
    );
}

/**
 * The key the one-time codes of assisted cases are hashed with (HMAC-SHA256). Every instance of
 * the API must share it; without it, outside production, one is generated into DATA_DIR.
 */
export type ConfirmationCodesConfig = { confirmationCodeSecret?: string };

export function confirmationCodesConfig(env: Environment, production: boolean): ConfirmationCodesConfig {
  return readPiece(schema(production), { CONFIRMATION_CODE_SECRET: env.CONFIRMATION_CODE_SECRET });
}
