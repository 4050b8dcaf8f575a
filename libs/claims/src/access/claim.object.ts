import { Injectable } from '@nestjs/common';
import type { ObjectLoader, ObjectPolicy, ObjectSource } from '@quickclaim/http';
import { ClaimViewReader } from '../claim-views/claim-view.reader';
import { ClaimViews } from '../claim-views/claim-views';
import {
  CLAIM_NOT_FOUND,
  CLAIM_RULES,
  PAYOUT_NOT_FOUND,
  PAYOUT_RULES,
  claimAccess,
  type ClaimAccess,
} from './claim.access';

/** The claim's view once it reflects every earlier command, as access is decided on it. */
@Injectable()
export class ClaimAccessLoader implements ObjectLoader<ClaimAccess> {
  constructor(private readonly reader: ClaimViewReader) {}

  async load(claimId: string): Promise<ClaimAccess | null> {
    const document = await (await this.reader.caughtUp()).get(claimId);
    return document ? claimAccess(document.state) : null;
  }
}

/** The claim holding a payout, once the views reflect every earlier command. */
@Injectable()
export class PayoutAccessLoader implements ObjectLoader<ClaimAccess> {
  constructor(private readonly reader: ClaimViewReader) {}

  async load(payoutId: string): Promise<ClaimAccess | null> {
    const views = await this.reader.caughtUp([ClaimViews.ledger, ClaimViews.projection]);
    const payout = await views.payout(payoutId);
    const document = payout ? await views.get(payout.claimId) : null;
    return document ? claimAccess(document.state) : null;
  }
}

/** The claim a path names (`:claimId`), with the rules to pass in order. */
export function claimObject(source: ObjectSource, ...rules: (keyof typeof CLAIM_RULES)[]): ObjectPolicy<ClaimAccess> {
  return {
    kind: 'claim',
    idParam: 'claimId',
    notFound: CLAIM_NOT_FOUND,
    source,
    rules: rules.map((name) => CLAIM_RULES[name]),
    loader: ClaimAccessLoader,
  };
}

/** The payout a path names (`:payoutId`): its claim, read from the views. */
export const payoutObject: ObjectPolicy<ClaimAccess> = {
  kind: 'payout',
  idParam: 'payoutId',
  notFound: PAYOUT_NOT_FOUND,
  source: 'view',
  rules: [PAYOUT_RULES.paysPayout],
  loader: PayoutAccessLoader,
};
