import { ProblemException, type Principal } from '@quickclaim/http';
import type { PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { PARTY_IDS, type PartyId } from '../domain/case.types';

/** The `party` field of a request an assistant may make for a party (a driver is the party they are). */
export const PartyField = z.enum(PARTY_IDS);

/**
 * The party an assistant acts for on a route both drivers and assistants use: an assistant must
 * name it, a driver may not (they are the party they are). Checked after the caller passed the
 * case's rules, with the rest of the body.
 */
export function partyActedFor(actor: Principal, party: PartyId | undefined): PartyId | undefined {
  if (actor.role === 'assistant') {
    if (party === undefined) {
      throw new ProblemException(400, 'VALIDATION_FAILED', 'The request is not valid', [
        { field: 'party', message: 'an assistant names the party they act for (A or B)' },
      ]);
    }
    return party;
  }
  if (party !== undefined) {
    throw new ProblemException(400, 'VALIDATION_FAILED', 'The request is not valid', [
      // As zod words an undeclared field: to a driver, the field does not exist.
      {
        field: 'party',
        message: 'Unrecognized key: "party" (an assistant names the party; a driver is the party they are)',
      },
    ]);
  }
  return undefined;
}

/** The `:party` of a path: A or B, or 400 (whatever the case, so nothing is learnt from it). */
export const PARTY_PARAM: PipeTransform<string, PartyId> = {
  transform(value: string): PartyId {
    const parsed = PartyField.safeParse(value);
    if (!parsed.success) {
      throw new ProblemException(400, 'VALIDATION_FAILED', 'The request is not valid', [
        { field: 'party', message: 'must be A or B' },
      ]);
    }
    return parsed.data;
  },
};
