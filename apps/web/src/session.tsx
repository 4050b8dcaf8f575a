import { QueryClientProvider } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Api } from './api/client';
import { createQueryClient } from './api/queries';
import { isExpired, readTokenClaims, type TokenClaims } from './lib/claims';
import { forgetPhotos } from './lib/photo-cache';

const STORAGE_KEY = 'quickclaim.token';

export interface Session {
  token: string | null;
  claims: TokenClaims | null;
  api: Api;
  signIn(token: string): TokenClaims | null;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

function storedToken(): string | null {
  const token = localStorage.getItem(STORAGE_KEY);
  const claims = token ? readTokenClaims(token) : null;
  return token && claims && !isExpired(claims, Date.now()) ? token : null;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(storedToken);
  const signOut = useCallback(() => {
    localStorage.removeItem(STORAGE_KEY);
    forgetPhotos();
    setToken(null);
  }, []);
  const signIn = useCallback((next: string) => {
    const claims = readTokenClaims(next);
    if (!claims || isExpired(claims, Date.now())) return null;
    localStorage.setItem(STORAGE_KEY, next.trim());
    forgetPhotos();
    setToken(next.trim());
    return claims;
  }, []);
  const value = useMemo<Session>(
    () => ({
      token,
      claims: token ? readTokenClaims(token) : null,
      api: new Api(token, signOut),
      signIn,
      signOut,
    }),
    [token, signIn, signOut],
  );
  // A fresh cache per identity: nothing one user saw is shown to the next.
  const queryClient = useMemo(() => createQueryClient(value.api), [value.api]);
  return (
    <SessionContext.Provider value={value}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
