import { Body, Controller, Param, Req } from '@nestjs/common';
import { CurrentPrincipal, Deferred, Route, endpoint, text, type Principal } from '@quickclaim/http';
import type { Request } from 'express';
import { z } from 'zod';
import { CaseCommands } from '../../application/case-commands';
import type { PartyId } from '../../domain/case.types';
import { ASSISTANTS, CASE_COMMAND_ANSWER, CASE_ID, caseCommandPolicy } from '../../http/endpoints';
import { PartyInput } from '../../http/inputs';
import { PARTY_PARAM } from '../acting-for';
import { ConfirmationCodeField, refuseWrongCode } from '../confirmation.http';
import { ConfirmationCodes } from '../confirmation-codes';

export const ConfirmationBody = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('CODE'), code: ConfirmationCodeField }),
  z.strictObject({ method: z.literal('SIGNATURE'), name: text(64), phone: PartyInput.shape.phone }),
]);

export const CONFIRM_PARTY = endpoint({
  method: 'POST',
  path: '/cases/:caseId/parties/:party/confirmation',
  tag: 'assistants',
  summary: "A party confirms the recorded agreement on the assistant's device: the SMS code, or a signature",
  description:
    '`{ method: "CODE", code }`: the 6 digits the party’s phone received (a wrong code costs one of 5 tries: 422 ' +
    'CONFIRMATION_CODE_WRONG). `{ method: "SIGNATURE", name, phone }`: the party signs with their name and phone, ' +
    'which must be the party’s (422 SIGNATURE_MISMATCH). Liability is final by agreement when both confirmed.',
  policy: caseCommandPolicy(ASSISTANTS, 'json', ['seesCase'], 'reports'),
  body: ConfirmationBody,
  response: CASE_COMMAND_ANSWER,
});

@Controller()
export class ConfirmPartyRoute {
  constructor(
    private readonly cases: CaseCommands,
    private readonly codes: ConfirmationCodes,
  ) {}

  @Route(CONFIRM_PARTY)
  async confirm(
    @Param('caseId', CASE_ID) caseId: string,
    @Param('party', PARTY_PARAM) party: PartyId,
    @Body() body: unknown,
    @CurrentPrincipal() assistant: Principal,
    @Req() request: Request,
  ) {
    const input = new Deferred(ConfirmationBody, body);
    const outcome = await this.cases.execute(request, assistant, caseId, () => {
      const confirmation = input.parse();
      return {
        type: 'ConfirmParty',
        assistantId: assistant.sub,
        party,
        confirmation:
          confirmation.method === 'CODE'
            ? { method: 'CODE', codeHash: this.codes.hash(caseId, party, confirmation.code) }
            : confirmation,
      };
    });
    refuseWrongCode(outcome);
    return { caseId, status: outcome.state.status };
  }
}
