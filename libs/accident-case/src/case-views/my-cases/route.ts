import { Controller, Inject } from '@nestjs/common';
import { CurrentPrincipal, Route, queryEndpoint, type Principal } from '@quickclaim/http';
import { CLOCK, type Clock } from '@quickclaim/platform';
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
  constructor(
    private readonly reader: CaseViewReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Route(MY_CASES)
  async mine(@CurrentPrincipal() driver: Principal) {
    const documents = await this.reader.ofDriver(driver.sub);
    const now = this.clock.now();
    return { items: documents.map((document) => presentCaseSummary(document, driver, now)) };
  }
}
