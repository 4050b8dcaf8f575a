import { Controller, Inject, Param, Req } from '@nestjs/common';
import { notificationBusMessage } from '@quickclaim/integration';
import {
  CurrentPrincipal,
  ProblemException,
  Route,
  endpoint,
  maskPhone,
  requestIdOf,
  type Principal,
} from '@quickclaim/http';
import { MESSAGE_BUS, derivedId, type MessageBus } from '@quickclaim/platform';
import type { Request } from 'express';
import { z } from 'zod';
import { CaseCommands } from '../../application/case-commands';
import type { CaseState } from '../../domain/case.state';
import { PARTY_IDS, type PartyId } from '../../domain/case.types';
import { ASSISTANTS, CASE_ID, caseCommandPolicy } from '../../http/endpoints';
import { PARTY_PARAM } from '../acting-for';
import { ConfirmationCodes } from '../confirmation-codes';

export const CodeSentResponse = z.strictObject({
  caseId: z.string().min(1),
  party: z.enum(PARTY_IDS),
  /** The party's phone, masked. The code itself is in the SMS only. */
  sentTo: z.string(),
  expiresAt: z.string(),
});

export const SEND_CONFIRMATION_CODE = endpoint({
  method: 'POST',
  path: '/cases/:caseId/parties/:party/confirmation-code',
  tag: 'assistants',
  summary: 'Send a party a one-time code by SMS, to confirm the agreement the assistant recorded',
  description:
    'The code (6 digits, valid 10 minutes, 5 tries) goes to the party’s phone through the notification gateway, with ' +
    'a link to confirm on their own phone; it never appears in an answer, an event or a log. A new code replaces the ' +
    'last, at most one a minute and 5 per party (then: by signature). 503 SMS_NOT_SENT when the bus did not take it.',
  policy: caseCommandPolicy(ASSISTANTS, 'none', ['seesCase'], 'reports'),
  response: { status: 202, json: CodeSentResponse },
});

@Controller()
export class SendConfirmationCodeRoute {
  constructor(
    private readonly cases: CaseCommands,
    private readonly codes: ConfirmationCodes,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  @Route(SEND_CONFIRMATION_CODE)
  async send(
    @Param('caseId', CASE_ID) caseId: string,
    @Param('party', PARTY_PARAM) party: PartyId,
    @CurrentPrincipal() assistant: Principal,
    @Req() request: Request,
  ) {
    const code = this.codes.issue();
    const codeHash = this.codes.hash(caseId, party, code);
    const { state } = await this.cases.execute(request, assistant, caseId, {
      type: 'SendConfirmationCode',
      assistantId: assistant.sub,
      party,
      codeHash,
    });
    const sms = codeMessage(caseId, party, code, state);
    await this.bus
      .publish([
        notificationBusMessage(sms, {
          eventId: derivedId('confirmation-code', caseId, party, codeHash),
          correlationId: requestIdOf(request),
        }),
      ])
      .catch(() => {
        throw new ProblemException(503, 'SMS_NOT_SENT', 'The code could not be sent: ask for another in a minute');
      });
    return { caseId, party, sentTo: maskPhone(sms.to[0]!), expiresAt: sms.expiresAt };
  }
}

/** The SMS request of the code just recorded: to the party's phone, with what they are asked to confirm. */
function codeMessage(caseId: string, party: PartyId, code: string, state: CaseState) {
  const sent = state.assisted?.codes[party];
  const details = state.parties?.[party];
  if (!sent || !details || !state.assisted || !state.filedBy || !state.parties?.B) {
    throw new Error(`Case ${caseId}: a code was recorded for party ${party} without an assisted agreement`);
  }
  return {
    version: 1 as const,
    kind: 'CONFIRMATION_CODE' as const,
    caseId,
    to: [details.phone],
    party,
    code,
    expiresAt: sent.expiresAt,
    allocation: state.assisted.allocation,
    plates: { A: state.parties.A.plate, B: state.parties.B.plate },
    organisation: state.filedBy.organisation,
  };
}
