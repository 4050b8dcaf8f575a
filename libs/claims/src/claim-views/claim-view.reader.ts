import { Inject, Injectable } from '@nestjs/common';
import { ReadYourWrites } from '@quickclaim/http';
import { CLAIM_VIEWS, ClaimViews } from './claim-views';

/** Reads the claim views for the routes that show claims, once they reflect the caller's writes. */
@Injectable()
export class ClaimViewReader {
  constructor(
    @Inject(CLAIM_VIEWS) private readonly views: ClaimViews,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  /** What `read` finds once the projections it reads (the claim views unless named) caught up. */
  async read<T>(
    read: (views: ClaimViews) => Promise<T>,
    projections: readonly string[] = [ClaimViews.projection],
  ): Promise<T> {
    await this.readYourWrites.catchUp(projections);
    return read(this.views);
  }
}
