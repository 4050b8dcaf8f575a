import { Inject, Injectable } from '@nestjs/common';
import {
  caseStreamId,
  evolveCaseView,
  type CaseViewState as CaseState,
  type CaseViewDocument,
} from '@quickclaim/accident-case';
import {
  claimStreamId,
  evolveClaimView,
  type OpenedClaimState as ClaimState,
  type ClaimViewDocument,
} from '@quickclaim/claims';
import { EVENT_STORE, type EventStore } from '@quickclaim/platform';
import { CaseGateway } from '../cases/case-gateway';
import { ClaimGateway } from '../claims/claim-gateway';
import type { ObjectPolicy } from './policy';

/** Loads the object a policy row names, from its stream or from its view; null when there is none. */
@Injectable()
export class PolicyObjects {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly cases: CaseGateway,
    private readonly claims: ClaimGateway,
  ) {}

  async load(object: ObjectPolicy, id: string): Promise<CaseState | ClaimState | null> {
    switch (object.kind) {
      case 'case':
        return object.source === 'stream'
          ? ((await this.eventStore.readStream(caseStreamId(id))).reduce<CaseViewDocument | null>(evolveCaseView, null)
              ?.state ?? null)
          : ((await this.cases.findCase(id))?.state ?? null);
      case 'claim':
        return object.source === 'stream'
          ? ((await this.eventStore.readStream(claimStreamId(id))).reduce<ClaimViewDocument | null>(
              evolveClaimView,
              null,
            )?.state ?? null)
          : ((await this.claims.findClaim(id))?.state ?? null);
      case 'payout':
        return (await this.claims.findClaimOfPayout(id))?.state ?? null;
      default: {
        const exhaustive: never = object;
        return exhaustive;
      }
    }
  }
}
