import { Controller, Inject } from '@nestjs/common';
import { CurrentPrincipal, ReadYourWrites, Route, endpoint, type Principal } from '@quickclaim/http';
import { z } from 'zod';
import { CASE_VIEWS, CaseViews } from '../../case-views/case-views';
import type { CaseViewDocument } from '../../case-views/case-views.projection';
import { presentCaseSummary } from '../../case-views/present';
import { CASE_STATUSES, LIABILITY_LEVELS, PARTY_IDS } from '../../domain/case.types';
import { ASSISTANTS } from '../../http/endpoints';

const party = z.enum(PARTY_IDS);
const allocation = z.strictObject({ A: z.enum(LIABILITY_LEVELS), B: z.enum(LIABILITY_LEVELS) });

/** The assistant's cases as their list shows them: a driver's summary, and how far the confirmation went. */
export const AssistedCaseSummaries = z.strictObject({
  items: z.array(
    z.strictObject({
      caseId: z.string().min(1),
      status: z.enum(CASE_STATUSES),
      occurredAt: z.string(),
      reportedAt: z.string(),
      address: z.string(),
      plates: z.array(z.string()),
      liability: allocation.nullable(),
      /** The agreement recorded for the parties to confirm, if any. */
      agreement: allocation.nullable(),
      confirmed: z.array(party),
      /** Parties with a code out that they have not used yet. */
      codesOut: z.array(party),
    }),
  ),
});

export const ASSISTED_CASES = endpoint({
  method: 'GET',
  path: '/assistant/cases',
  tag: 'assistants',
  summary: 'The cases the assistant filed, newest first',
  policy: { roles: ASSISTANTS, body: 'none' },
  response: { status: 200, json: AssistedCaseSummaries },
});

export function presentAssistedCase(document: CaseViewDocument, assistant: Principal) {
  // A driver's own party and next step: an assistant is neither party.
  const { yourParty: _party, nextStep: _step, ...summary } = presentCaseSummary(document, assistant);
  const assistance = document.state.assistance;
  return {
    ...summary,
    agreement: assistance?.agreement?.allocation ?? null,
    confirmed: PARTY_IDS.filter((each) => assistance?.confirmed[each]),
    codesOut: PARTY_IDS.filter((each) => assistance?.codes[each]),
  };
}

@Controller()
export class AssistedCasesRoute {
  constructor(
    @Inject(CASE_VIEWS) private readonly cases: CaseViews,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Route(ASSISTED_CASES)
  async mine(@CurrentPrincipal() assistant: Principal) {
    await this.readYourWrites.catchUp([CaseViews.projection]);
    const documents = await this.cases.filedBy(assistant.sub);
    return { items: documents.map((document) => presentAssistedCase(document, assistant)) };
  }
}
