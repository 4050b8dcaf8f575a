import { skipToken, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSession } from '../session';
import { asApiError, type ApiError } from './client';
import { followLive, type LiveStatus } from './live';
import type { LiveSource } from './queries';

export interface Live<T> extends LiveStatus {
  data: T | undefined;
}

/** A live view: the latest snapshot from the cache, and how the stream is doing. */
export function useLive<T>(source: LiveSource<T>): Live<T> {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>({ connected: false, error: null, skewMs: 0 });
  // The stream writes the cache; the query itself never fetches.
  const { data } = useQuery<T, ApiError>({ queryKey: source.queryKey, queryFn: skipToken, staleTime: Infinity });
  const key = JSON.stringify(source.queryKey);
  useEffect(() => {
    const controller = new AbortController();
    followLive(
      api,
      queryClient,
      source,
      (change) => setStatus((previous) => ({ ...previous, ...change })),
      controller.signal,
    );
    return () => controller.abort();
    // The source is a fresh object each render: its key and event say all of it.
  }, [api, queryClient, key, source.event]);
  return { ...status, data };
}

/**
 * Runs a user's action (a command) once at a time, keeping its error to show; after it succeeds,
 * the views under `invalidates` are fetched again before the action counts as done.
 */
export function useAction(invalidates: readonly QueryKey[] = []): {
  busy: boolean;
  error: ApiError | null;
  run<T>(action: () => Promise<T>): Promise<T | undefined>;
  clear(): void;
} {
  const queryClient = useQueryClient();
  const mutation = useMutation<unknown, ApiError, () => Promise<unknown>>({
    mutationFn: (action) =>
      action().catch((error: unknown) => {
        throw asApiError(error);
      }),
    onSuccess: () => Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
  return {
    busy: mutation.isPending,
    error: mutation.error,
    run: <T>(action: () => Promise<T>) =>
      mutation.mutateAsync(action).then(
        (result) => result as T,
        () => undefined,
      ),
    clear: mutation.reset,
  };
}
