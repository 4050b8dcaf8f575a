import { Inject, Injectable } from '@nestjs/common';
import { CLAIM_VIEWS, ClaimViews, presentClaimSummary } from '@quickclaim/claims';
import { ReadYourWrites, type Principal } from '@quickclaim/http';
import { CLOCK, type Clock } from '@quickclaim/platform';
import { CASE_VIEWS, CaseViews } from './case-views';
import type { CaseViewDocument } from './case-views.projection';
import { presentCase } from './present';

/** Reads a case's view, and presents it with its claims, for the routes that show a case. */
@Injectable()
export class CaseViewReader {
  constructor(
    @Inject(CASE_VIEWS) private readonly cases: CaseViews,
    @Inject(CLAIM_VIEWS) private readonly claims: ClaimViews,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The case's view once it reflects the caller's writes (and the named other views too). */
  async get(caseId: string, alsoReading: readonly string[] = []): Promise<CaseViewDocument | null> {
    await this.readYourWrites.catchUp([CaseViews.projection, ...alsoReading]);
    return this.cases.get(caseId);
  }

  /** The driver's cases, newest first, once the case views reflect the caller's writes. */
  async ofDriver(driverId: string): Promise<CaseViewDocument[]> {
    await this.readYourWrites.catchUp([CaseViews.projection]);
    return this.cases.ofDriver(driverId);
  }

  /** The CaseView of api.md as the viewer may see it, with the claims of the case. */
  async present(document: CaseViewDocument, viewer: Principal) {
    const claims = (await this.claims.ofCase(document.caseId)).map((claim) => presentClaimSummary(claim, viewer));
    return presentCase(document, viewer, claims, this.clock.now());
  }
}
