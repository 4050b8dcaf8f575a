import { useCallback, useEffect, useRef, useState } from 'react';
import { clockSkewMs } from '../lib/countdown';
import { eventStreamParser, reconnectDelayMs } from '../lib/sse';
import { useSession } from '../session';
import { ApiError } from './client';

export interface Resource<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

/** One GET, again on reload(); the latest answer wins. */
export function useResource<T>(path: string | null): Resource<T> {
  const { api } = useSession();
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: path !== null,
  });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (path === null) return undefined;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    api
      .get<T>(path, controller.signal)
      .then((data) => setState({ data, error: null, loading: false }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({ ...previous, error: asApiError(error), loading: false }));
      });
    return () => controller.abort();
  }, [api, path, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload };
}

export interface LiveResource<T> {
  data: T | null;
  error: ApiError | null;
  connected: boolean;
  /** Browser clock minus server clock, for countdowns. */
  skewMs: number;
}

/**
 * A server-sent event stream of snapshots (`event` named as the server sends it). Reconnects
 * with back-off when the connection drops; stops for good when the API refuses (4xx).
 */
export function useLive<T>(path: string | null, eventName: string): LiveResource<T> {
  const { api } = useSession();
  const [state, setState] = useState<LiveResource<T>>({ data: null, error: null, connected: false, skewMs: 0 });
  const failures = useRef(0);
  useEffect(() => {
    if (path === null) return undefined;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const parser = eventStreamParser((event) => {
      if (event.event !== eventName) return;
      failures.current = 0;
      setState((previous) => ({ ...previous, data: JSON.parse(event.data) as T, error: null, connected: true }));
    });
    const connect = () => {
      api
        .stream(path, parser, controller.signal, (serverDate) =>
          setState((previous) => ({ ...previous, skewMs: clockSkewMs(serverDate, Date.now()) })),
        )
        .then(() => retry(null))
        .catch((error: unknown) => retry(asApiError(error)));
    };
    const retry = (error: ApiError | null) => {
      if (controller.signal.aborted) return;
      const refused = error !== null && error.problem.status >= 400 && error.problem.status < 500;
      setState((previous) => ({ ...previous, connected: false, ...(refused ? { error } : {}) }));
      if (refused) return;
      failures.current += 1;
      timer = setTimeout(connect, reconnectDelayMs(failures.current, parser.retryMs));
    };
    connect();
    return () => {
      controller.abort();
      if (timer) clearTimeout(timer);
    };
  }, [api, path, eventName]);
  return state;
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ status: 0, code: 'NETWORK', detail: error instanceof Error ? error.message : String(error) });
}

/** Runs an action once at a time, keeping its error to show. */
export function useAction(): {
  busy: boolean;
  error: ApiError | null;
  run<T>(action: () => Promise<T>): Promise<T | undefined>;
  clear(): void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async <T>(action: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (caught) {
      setError(asApiError(caught));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, clear: () => setError(null) };
}
