import { Inject, Injectable } from '@nestjs/common';
import { ReadYourWrites } from '@quickclaim/http';
import { MEDIATION_VIEWS, MediationViews } from './mediation-views';

/** The mediation views for the routes that show mediations, once they reflect the caller's writes. */
@Injectable()
export class MediationViewReader {
  constructor(
    @Inject(MEDIATION_VIEWS) private readonly views: MediationViews,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async caughtUp(): Promise<MediationViews> {
    await this.readYourWrites.catchUp([MediationViews.projection]);
    return this.views;
  }
}
