import type { QueryClient } from '@tanstack/react-query';
import { clockSkewMs } from '../lib/countdown';
import { eventStreamParser, reconnectDelayMs } from '../lib/sse';
import { asApiError, type Api, type ApiError } from './client';
import { pathOfKey, type LiveSource } from './queries';

export interface LiveStatus {
  connected: boolean;
  /** Why the API refused the stream (a 4xx): then no more reconnections. */
  error: ApiError | null;
  /** Browser clock minus server clock, for countdowns. */
  skewMs: number;
}

/**
 * Follows a live source: each snapshot goes into the query cache under the source's key.
 * Reconnects with back-off when the connection drops; stops for good when the API refuses (4xx)
 * or `signal` aborts.
 */
export function followLive<T>(
  api: Api,
  queryClient: QueryClient,
  source: LiveSource<T>,
  onStatus: (change: Partial<LiveStatus>) => void,
  signal: AbortSignal,
): void {
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  const parser = eventStreamParser((event) => {
    if (event.event !== source.event) return;
    failures = 0;
    queryClient.setQueryData(source.queryKey, JSON.parse(event.data) as T);
    onStatus({ connected: true, error: null });
  });
  const retry = (error: ApiError | null) => {
    if (signal.aborted) return;
    const refused = error !== null && error.problem.status >= 400 && error.problem.status < 500;
    onStatus({ connected: false, ...(refused ? { error } : {}) });
    if (refused) return;
    failures += 1;
    timer = setTimeout(connect, reconnectDelayMs(failures, parser.retryMs));
  };
  const connect = () => {
    api
      .stream(pathOfKey(source.queryKey), parser, signal, (serverDate) =>
        onStatus({ skewMs: clockSkewMs(serverDate, Date.now()) }),
      )
      .then(() => retry(null))
      .catch((error: unknown) => retry(asApiError(error)));
  };
  connect();
}
