import { Api, ApiError } from './client';

describe('the consoles’ API client', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  function fetchAnswering(...answers: (Response | Error)[]) {
    const calls: { path: string; init: RequestInit }[] = [];
    global.fetch = (async (path: string, init: RequestInit) => {
      calls.push({ path, init });
      const answer = answers.shift();
      if (!answer || answer instanceof Error) throw answer ?? new Error('no answer');
      return answer;
    }) as typeof fetch;
    return calls;
  }

  const header = (init: RequestInit, name: string) => (init.headers as Record<string, string>)[name];

  it('sends a POST again after a dropped connection, with the same Idempotency-Key', async () => {
    const calls = fetchAnswering(new TypeError('Failed to fetch'), Response.json({ caseId: 'c1' }, { status: 201 }));
    jest.useFakeTimers();
    const posted = new Api('token').post('/cases', { a: 1 });
    await jest.advanceTimersByTimeAsync(1000);
    jest.useRealTimers();
    await expect(posted).resolves.toEqual({ caseId: 'c1' });
    expect(calls).toHaveLength(2);
    expect(header(calls[0]!.init, 'idempotency-key')).toMatch(/^[0-9a-f]{32}$/);
    expect(header(calls[1]!.init, 'idempotency-key')).toBe(header(calls[0]!.init, 'idempotency-key'));
    expect(header(calls[0]!.init, 'authorization')).toBe('Bearer token');
  });

  it('gives each action its own key', async () => {
    const calls = fetchAnswering(Response.json({}), Response.json({}));
    const api = new Api('token');
    await api.post('/cases/c1/police-review');
    await api.post('/cases/c1/police-review');
    expect(header(calls[0]!.init, 'idempotency-key')).not.toBe(header(calls[1]!.init, 'idempotency-key'));
  });

  it('turns problem details into an ApiError with the stable code', async () => {
    fetchAnswering(
      Response.json(
        { status: 422, code: 'CASE_NOT_ELIGIBLE', detail: 'call 122', errors: [{ field: 'x', message: 'y' }] },
        { status: 422, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    const refusal = await new Api('token').post('/cases', {}).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).problem).toEqual({
      status: 422,
      code: 'CASE_NOT_ELIGIBLE',
      detail: 'call 122',
      errors: [{ field: 'x', message: 'y' }],
    });
  });

  it('signs out on a 401, and does not send a GET twice', async () => {
    let signedOut = 0;
    fetchAnswering(Response.json({ status: 401, code: 'INVALID_TOKEN', detail: 'expired' }, { status: 401 }));
    await expect(new Api('old', () => (signedOut += 1)).get('/me/cases')).rejects.toThrow(ApiError);
    expect(signedOut).toBe(1);
    const calls = fetchAnswering(new TypeError('offline'));
    await expect(new Api('token').get('/me/cases')).rejects.toMatchObject({ problem: { code: 'NETWORK' } });
    expect(calls).toHaveLength(1);
  });
});
