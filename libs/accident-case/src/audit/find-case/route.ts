import { Controller, Inject, Query } from '@nestjs/common';
import { ReadYourWrites, Route, queryEndpoint, valid } from '@quickclaim/http';
import { READ_STORE, type ReadStore } from '@quickclaim/platform';
import type { z } from 'zod';
import { FindCaseQuery } from '../../http/inputs';
import { FoundCases } from '../../http/responses';
import { CASE_INDEX_COLLECTION, CASE_INDEX_SCHEMA, normalPlate, type CaseIndexDocument } from './case-index.projection';

export const FIND_CASE = queryEndpoint({
  path: '/audit/cases',
  tag: 'audit',
  summary: 'Find cases by case id, plate or phone number (?q=), newest first; without q, the newest cases',
  roles: ['auditor'],
  query: FindCaseQuery,
  json: FoundCases,
});

const MAX_FOUND = 20;
const PHONE = /^1\d{10}$/;

@Controller()
export class FindCaseRoute {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Route(FIND_CASE)
  async find(@Query(valid(FindCaseQuery)) { q }: z.infer<typeof FindCaseQuery>) {
    await this.readYourWrites.catchUp([CASE_INDEX_SCHEMA.projection]);
    const byId = q === undefined ? null : await this.store.get<CaseIndexDocument>(CASE_INDEX_COLLECTION, q);
    const found = byId
      ? [byId]
      : await this.store.find<CaseIndexDocument>(
          CASE_INDEX_COLLECTION,
          q === undefined ? {} : PHONE.test(q) ? { phones: q } : { plates: normalPlate(q) },
          { sort: { reportedAt: -1 }, limit: MAX_FOUND },
        );
    return {
      items: found.map((document) => ({
        caseId: document.caseId,
        plates: document.plates,
        reportedAt: document.reportedAt,
      })),
    };
  }
}
