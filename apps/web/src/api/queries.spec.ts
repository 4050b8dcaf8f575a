import { ApiError, Api } from './client';
import { createQueryClient, live, pathOfKey, queries } from './queries';

describe('the consoles’ queries', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('reads a path from the key’s segments, escaping each, with the query string last', () => {
    expect(pathOfKey(queries.claim('c/1').queryKey)).toBe('/claims/c%2F1');
    expect(pathOfKey(queries.auditState('k', 3).queryKey)).toBe('/audit/cases/k/state?revision=3');
    expect(pathOfKey(queries.myCases().queryKey)).toBe('/me/cases');
  });

  it('follows the insurers’ pages on their own streams, as the desk follows its queue', () => {
    expect(pathOfKey(live.insurerClaims().queryKey)).toBe('/insurer/claims/stream');
    expect(live.insurerClaims().event).toBe('claims');
    expect(pathOfKey(live.insurerPayouts().queryKey)).toBe('/insurer/payouts/stream');
    expect(live.insurerPayouts().event).toBe('payouts');
    expect(pathOfKey(live.deskQueue().queryKey)).toBe('/desk/queue/stream');
  });

  it('fetches the path of the key with the identity’s token, and shows a refusal at once', async () => {
    const calls: { path: string; init: RequestInit }[] = [];
    global.fetch = (async (path: string, init: RequestInit) => {
      calls.push({ path, init });
      return calls.length === 1
        ? Response.json({ items: [] })
        : Response.json({ status: 404, code: 'CASE_NOT_FOUND', detail: 'no' }, { status: 404 });
    }) as typeof fetch;
    const client = createQueryClient(new Api('token'));
    await expect(client.fetchQuery(queries.insurerPayouts())).resolves.toEqual({ items: [] });
    const refusal = await client.fetchQuery(queries.case('gone')).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).problem.code).toBe('CASE_NOT_FOUND');
    expect(calls.map((call) => call.path)).toEqual(['/insurer/payouts', '/cases/gone']);
    expect((calls[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer token');
  });

  it('invalidates every view under a prefix, and only those', async () => {
    global.fetch = (async () => Response.json({ items: [] })) as typeof fetch;
    const client = createQueryClient(new Api('token'));
    await client.fetchQuery(queries.insurerClaims());
    await client.fetchQuery(queries.insurerPayouts());
    await client.fetchQuery(queries.claim('c1'));
    await client.fetchQuery(queries.myCases());
    const views = [queries.insurerClaims(), queries.insurerPayouts(), queries.claim('c1'), queries.myCases()];
    await client.invalidateQueries({ queryKey: ['insurer'] });
    await client.invalidateQueries({ queryKey: queries.claim('c1').queryKey });
    expect(views.map((view) => client.getQueryState(view.queryKey)?.isInvalidated)).toEqual([true, true, true, false]);
  });
});
