import { Injectable } from '@nestjs/common';
import type { ObjectLoader, ObjectPolicy, ObjectSource } from '@quickclaim/http';
import { MediationViewReader } from '../mediation-views/mediation-view.reader';
import { MEDIATION_NOT_FOUND, MEDIATION_RULES, mediationAccess, type MediationAccess } from './mediation.access';

/** The mediation's view once it reflects every earlier command, as access is decided on it. */
@Injectable()
export class MediationAccessLoader implements ObjectLoader<MediationAccess> {
  constructor(private readonly reader: MediationViewReader) {}

  async load(mediationId: string): Promise<MediationAccess | null> {
    const document = await (await this.reader.caughtUp()).get(mediationId);
    return document && document.state.status !== 'NONE' ? mediationAccess(document.state) : null;
  }
}

/** The mediation a path names (`:mediationId`), with the rules to pass in order. */
export function mediationObject(
  source: ObjectSource,
  ...rules: (keyof typeof MEDIATION_RULES)[]
): ObjectPolicy<MediationAccess> {
  return {
    kind: 'mediation',
    idParam: 'mediationId',
    notFound: MEDIATION_NOT_FOUND,
    source,
    rules: rules.map((name) => MEDIATION_RULES[name]),
    loader: MediationAccessLoader,
  };
}
