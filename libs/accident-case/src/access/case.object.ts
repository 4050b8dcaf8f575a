import { Inject, Injectable } from '@nestjs/common';
import { ReadYourWrites, type ObjectLoader, type ObjectPolicy, type ObjectSource } from '@quickclaim/http';
import { CASE_VIEWS, CaseViews } from '../case-views/case-views';
import { CASE_NOT_FOUND, CASE_RULES, caseViewAccess, type CaseAccess } from './case.access';

/** The case's view once it reflects every earlier command, as access is decided on it. */
@Injectable()
export class CaseAccessLoader implements ObjectLoader<CaseAccess> {
  constructor(
    @Inject(CASE_VIEWS) private readonly views: CaseViews,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async load(caseId: string): Promise<CaseAccess | null> {
    await this.readYourWrites.catchUp([CaseViews.projection]);
    const document = await this.views.get(caseId);
    return document ? caseViewAccess(document.state) : null;
  }
}

type CaseRuleName = keyof typeof CASE_RULES;

/** The case a path names (`:caseId`), read from its stream or its view, with the rules to pass in order. */
export function caseObject(source: ObjectSource, ...rules: CaseRuleName[]): ObjectPolicy<CaseAccess> {
  return {
    kind: 'case',
    idParam: 'caseId',
    notFound: CASE_NOT_FOUND,
    source,
    rules: rules.map((name) => CASE_RULES[name]),
    loader: CaseAccessLoader,
  };
}
