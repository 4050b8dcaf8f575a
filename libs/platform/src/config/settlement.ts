import { z } from 'zod';
import { readPiece, wholeNumber, type Environment } from './piece';

const schema = z
  .object({ STRAIGHT_THROUGH_LIMIT_FEN: wholeNumber('STRAIGHT_THROUGH_LIMIT_FEN', 1_000_000) })
  .transform((variables) => ({ straightThroughLimitFen: variables.STRAIGHT_THROUGH_LIMIT_FEN }));

/** Settlements at or under this amount (integer fen) with no fraud flag are approved with no adjuster. */
export type SettlementConfig = z.output<typeof schema>;

export function settlementConfig(env: Environment): SettlementConfig {
  return readPiece(schema, { STRAIGHT_THROUGH_LIMIT_FEN: env.STRAIGHT_THROUGH_LIMIT_FEN });
}
