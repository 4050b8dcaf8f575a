import type { ReadStore } from '@quickclaim/platform';
import {
  MEDIATION_VIEWS_COLLECTION,
  MEDIATION_VIEWS_SCHEMA,
  type MediationViewDocument,
} from './mediation-views.projection';

export const MEDIATION_VIEWS = Symbol('MEDIATION_VIEWS');

/** The mediations, read from the read store. */
export class MediationViews {
  static readonly projection = MEDIATION_VIEWS_SCHEMA.projection;

  constructor(private readonly store: ReadStore) {}

  get(mediationId: string): Promise<MediationViewDocument | null> {
    return this.store.get<MediationViewDocument>(MEDIATION_VIEWS_COLLECTION, mediationId);
  }

  /** A committee's mediations, oldest request first. */
  ofCommittee(committee: string): Promise<MediationViewDocument[]> {
    return this.store.find<MediationViewDocument>(
      MEDIATION_VIEWS_COLLECTION,
      { committee },
      { sort: { requestedAt: 1 } },
    );
  }

  /** Open mediations whose current stage ran out. */
  overdue(now: Date): Promise<MediationViewDocument[]> {
    return this.store.find<MediationViewDocument>(
      MEDIATION_VIEWS_COLLECTION,
      { openUntil: { $lte: now.toISOString() } },
      { sort: { openUntil: 1 } },
    );
  }
}
