import { Inject, Injectable } from '@nestjs/common';
import { ReadYourWrites } from '@quickclaim/http';
import { CLAIM_VIEWS, ClaimViews } from './claim-views';

/** The claim views for the routes that show claims, once they reflect the caller's writes. */
@Injectable()
export class ClaimViewReader {
  constructor(
    @Inject(CLAIM_VIEWS) private readonly views: ClaimViews,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  /** The views to read once the projections they are read from (the claim views unless named) caught up. */
  async caughtUp(projections: readonly string[] = [ClaimViews.projection]): Promise<ClaimViews> {
    await this.readYourWrites.catchUp(projections);
    return this.views;
  }
}
