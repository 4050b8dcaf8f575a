import { endpoint, text } from '@quickclaim/http';
import { z } from 'zod';
import { caseCommandRoute } from '../../application/case-commands';
import { PartyField, partyActedFor } from '../../assistance/acting-for';
import { CASE_COMMAND_ANSWER, PARTIES_AND_ASSISTANTS, caseCommandPolicy } from '../../http/endpoints';
import { Situations } from '../../http/inputs';

export const CircumstancesBody = z.strictObject({
  situations: Situations.max(3, 'at most 3 situations'),
  note: text(1000).optional(),
  /** The party an assistant declares them for; a driver declares their own. */
  party: PartyField.optional(),
});

const DECLARE_CIRCUMSTANCES = endpoint({
  method: 'POST',
  path: '/cases/:caseId/circumstances',
  tag: 'drivers',
  summary: 'Declare up to 3 of the standard situations S01–S21 for your vehicle (an assistant: for the party named)',
  policy: caseCommandPolicy(PARTIES_AND_ASSISTANTS, 'json'),
  body: CircumstancesBody,
  response: CASE_COMMAND_ANSWER,
});

export const DeclareCircumstancesRoute = caseCommandRoute<z.infer<typeof CircumstancesBody>>(
  'DeclareCircumstancesRoute',
  DECLARE_CIRCUMSTANCES,
  (actor, input) => {
    const party = partyActedFor(actor, input.party);
    const declared = { situations: input.situations, ...(input.note !== undefined ? { note: input.note } : {}) };
    return party
      ? { type: 'DeclareCircumstancesForParty', assistantId: actor.sub, party, ...declared }
      : { type: 'DeclareCircumstances', driverId: actor.sub, ...declared };
  },
);
