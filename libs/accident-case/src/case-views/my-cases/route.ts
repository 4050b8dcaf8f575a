import { Controller, Inject } from '@nestjs/common';
import { CurrentPrincipal, ReadYourWrites, Route, endpoint, type Principal } from '@quickclaim/http';
import { CLOCK, type Clock } from '@quickclaim/platform';
import { PARTIES } from '../../http/endpoints';
import { CaseSummaries } from '../../http/responses';
import { CASE_VIEWS, CaseViews } from '../case-views';
import { presentCaseSummary } from '../present';

export const MY_CASES = endpoint({
  method: 'GET',
  path: '/me/cases',
  tag: 'drivers',
  summary: "The caller's cases, newest first",
  policy: { roles: PARTIES, body: 'none' },
  response: { status: 200, json: CaseSummaries },
});

@Controller()
export class MyCasesRoute {
  constructor(
    @Inject(CASE_VIEWS) private readonly cases: CaseViews,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Route(MY_CASES)
  async mine(@CurrentPrincipal() driver: Principal) {
    await this.readYourWrites.catchUp([CaseViews.projection]);
    const documents = await this.cases.ofDriver(driver.sub);
    const now = this.clock.now();
    return { items: documents.map((document) => presentCaseSummary(document, driver, now)) };
  }
}
