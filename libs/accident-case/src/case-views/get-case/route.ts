import { Controller, Param } from '@nestjs/common';
import { ClaimViews } from '@quickclaim/claims';
import { CurrentPrincipal, ProblemException, Route, queryEndpoint, type Principal } from '@quickclaim/http';
import { caseObject } from '../../access/case.object';
import { CASE_ID, CASE_READERS } from '../../http/endpoints';
import { CaseView } from '../../http/responses';
import { CaseViewReader } from '../case-view.reader';

export const GET_CASE = queryEndpoint({
  path: '/cases/:caseId',
  tag: 'drivers',
  summary: 'The case as the caller may see it',
  roles: CASE_READERS,
  object: caseObject('view', 'seesCase'),
  json: CaseView,
});

@Controller()
export class GetCaseRoute {
  constructor(private readonly reader: CaseViewReader) {}

  @Route(GET_CASE)
  async get(@Param('caseId', CASE_ID) caseId: string, @CurrentPrincipal() viewer: Principal) {
    const document = await this.reader.get(caseId, [ClaimViews.projection]);
    if (!document) throw new ProblemException(404, 'CASE_NOT_FOUND', 'No such case');
    return this.reader.present(document, viewer);
  }
}
