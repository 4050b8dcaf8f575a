import { Injectable } from '@nestjs/common';
import type { ObjectLoader, ObjectPolicy, ObjectSource } from '@quickclaim/http';
import { CaseViewReader } from '../case-views/case-view.reader';
import { CASE_NOT_FOUND, CASE_RULES, caseViewAccess, type CaseAccess } from './case.access';

/** The case's view once it reflects every earlier command, as access is decided on it. */
@Injectable()
export class CaseAccessLoader implements ObjectLoader<CaseAccess> {
  constructor(private readonly reader: CaseViewReader) {}

  async load(caseId: string): Promise<CaseAccess | null> {
    const document = await this.reader.get(caseId);
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
