import { QueryClient, queryOptions, type QueryKey } from '@tanstack/react-query';
import { asApiError, type Api, type ApiError } from './client';
import type {
  AuditClaimEvents,
  AuditEvents,
  AuditState,
  AuditVerification,
  CaseSummaries,
  CaseView,
  ClaimList,
  ClaimView,
  DeskQueue,
  FoundCases,
  Mediation,
  MediationQueue,
  PayoutList,
} from './types';

/**
 * A query's key is its path's segments, with a last object for the query string, so that
 * invalidating a prefix (`['insurer']`) refreshes every view under it.
 */
export type ApiKey = readonly (string | Readonly<Record<string, string | number>>)[];

export function pathOfKey(key: QueryKey): string {
  const segments: string[] = [];
  let search = '';
  for (const part of key) {
    if (typeof part === 'string') segments.push(encodeURIComponent(part));
    else if (part && typeof part === 'object') {
      const query = new URLSearchParams(Object.entries(part).map(([name, value]) => [name, String(value)]));
      search = `?${query.toString()}`;
    }
  }
  return `/${segments.join('/')}${search}`;
}

/** One client per signed-in identity: every query GETs the path of its key with that identity's token. */
export function createQueryClient(api: Api): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        queryFn: ({ queryKey, signal }) =>
          api.get(pathOfKey(queryKey), signal).catch((error: unknown) => {
            throw asApiError(error);
          }),
        // As before: a refusal is shown at once, and a screen refreshes when opened or asked to.
        retry: false,
        refetchOnWindowFocus: false,
      },
    },
  });
}

const get = <T>(queryKey: ApiKey) => queryOptions<T, ApiError, T, ApiKey>({ queryKey });

export const queries = {
  myCases: () => get<CaseSummaries>(['me', 'cases']),
  case: (caseId: string) => get<CaseView>(['cases', caseId]),
  claim: (claimId: string) => get<ClaimView>(['claims', claimId]),
  insurerClaims: () => get<ClaimList>(['insurer', 'claims']),
  insurerPayouts: () => get<PayoutList>(['insurer', 'payouts']),
  auditEvents: (caseId: string) => get<AuditEvents>(['audit', 'cases', caseId, 'events']),
  auditVerification: (caseId: string) => get<AuditVerification>(['audit', 'cases', caseId, 'verification']),
  auditState: (caseId: string, revision: number) => get<AuditState>(['audit', 'cases', caseId, 'state', { revision }]),
  auditClaimEvents: (claimId: string) => get<AuditClaimEvents>(['audit', 'claims', claimId, 'events']),
  auditFind: (q: string) => get<FoundCases>(['audit', 'cases', { q }]),
  mediatorQueue: () => get<MediationQueue>(['mediator', 'mediations']),
  mediation: (mediationId: string) =>
    queryOptions<Mediation, ApiError, Mediation, ApiKey>({
      queryKey: ['mediations', mediationId],
      // The claims process opens the mediation just after it was asked: until then it is not found.
      retry: (failures, error) => error.problem.code === 'MEDIATION_NOT_FOUND' && failures < 10,
      retryDelay: 500,
    }),
};

/** A live view: a server-sent event stream of snapshots, kept in the cache under the stream's key. */
export interface LiveSource<T> {
  queryKey: ApiKey;
  /** The `event` name of the snapshots on the stream. */
  event: string;
  /** Only for the type of the snapshots. */
  readonly snapshot?: T;
}

/** The snapshot of GET /cases/{caseId}/stream (an event stream, so not in the document's schemas). */
export interface LiveCase {
  case: CaseView;
  claims: ClaimView[];
}

export const live = {
  case: (caseId: string): LiveSource<LiveCase> => ({ queryKey: ['cases', caseId, 'stream'], event: 'case' }),
  deskQueue: (): LiveSource<DeskQueue> => ({ queryKey: ['desk', 'queue', 'stream'], event: 'queue' }),
  insurerClaims: (): LiveSource<ClaimList> => ({ queryKey: ['insurer', 'claims', 'stream'], event: 'claims' }),
  insurerPayouts: (): LiveSource<PayoutList> => ({ queryKey: ['insurer', 'payouts', 'stream'], event: 'payouts' }),
};
