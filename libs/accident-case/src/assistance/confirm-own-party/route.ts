import { Body, Controller, Param, Req } from '@nestjs/common';
import { CurrentPrincipal, Deferred, Route, endpoint, type Principal } from '@quickclaim/http';
import type { Request } from 'express';
import { z } from 'zod';
import { CaseCommands } from '../../application/case-commands';
import { CASE_ID, PARTIES, caseCommandPolicy } from '../../http/endpoints';
import { CaseCommandResponse } from '../../http/responses';
import { PARTY_IDS } from '../../domain/case.types';
import { PartyField } from '../acting-for';
import { ConfirmationCodeField, refuseWrongCode } from '../confirmation.http';
import { ConfirmationCodes } from '../confirmation-codes';

export const OwnConfirmationBody = z.strictObject({ party: PartyField, code: ConfirmationCodeField });

export const OwnConfirmationResponse = CaseCommandResponse.extend({ party: z.enum(PARTY_IDS) });

export const CONFIRM_OWN_PARTY = endpoint({
  method: 'POST',
  path: '/cases/:caseId/confirmation',
  tag: 'drivers',
  summary: 'Confirm, on your own phone, the agreement an assistant filed for you, with the code of your SMS',
  description:
    'The SMS links to the confirmation screen (`/#/confirm/{caseId}/{party}`). The caller becomes the party: the case ' +
    'is theirs to follow from then on (GET /cases/{caseId}, GET /me/cases). A token with a phone must carry the ' +
    'party’s (422 PARTY_PHONE_MISMATCH); a wrong code costs one of 5 tries (422 CONFIRMATION_CODE_WRONG). Any ' +
    'driver may try while a code is out for a party of the case; otherwise 404.',
  policy: caseCommandPolicy(PARTIES, 'json', ['mayConfirmParty'], 'reports'),
  body: OwnConfirmationBody,
  response: { status: 200, json: OwnConfirmationResponse },
});

@Controller()
export class ConfirmOwnPartyRoute {
  constructor(
    private readonly cases: CaseCommands,
    private readonly codes: ConfirmationCodes,
  ) {}

  @Route(CONFIRM_OWN_PARTY)
  async confirm(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: unknown,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    const input = new Deferred(OwnConfirmationBody, body);
    const outcome = await this.cases.execute(request, driver, caseId, () => {
      const { party, code } = input.parse();
      return {
        type: 'ConfirmOwnParty',
        driverId: driver.sub,
        party,
        codeHash: this.codes.hash(caseId, party, code),
        ...(driver.phone !== undefined ? { phone: driver.phone } : {}),
      };
    });
    refuseWrongCode(outcome);
    // The body passed its check when the command was made: parsing it again gives the same party.
    return { caseId, status: outcome.state.status, party: input.parse().party };
  }
}
