import { Controller } from '@nestjs/common';
import { CurrentPrincipal, Route, queryEndpoint, type Principal } from '@quickclaim/http';
import { PARTIES } from '../../http/endpoints';
import { CaseSummaries } from '../../http/responses';
import { CaseViewReader } from '../case-view.reader';
import { presentCaseSummary } from '../present';

export const MY_CASES = queryEndpoint({
  path: '/me/cases',
  tag: 'drivers',
  summary: "The caller's cases, newest first",
  roles: PARTIES,
  json: CaseSummaries,
});

@Controller()
export class MyCasesRoute {
  constructor(private readonly reader: CaseViewReader) {}

  @Route(MY_CASES)
  async mine(@CurrentPrincipal() driver: Principal) {
    const documents = await this.reader.ofDriver(driver.sub);
    return { items: documents.map((document) => presentCaseSummary(document, driver)) };
  }
}
