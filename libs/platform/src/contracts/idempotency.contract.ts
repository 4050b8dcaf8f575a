import type { IdempotencyStore } from '../ports/idempotency.port';

export function describeIdempotencyStoreContract(name: string, makeStore: () => Promise<IdempotencyStore>): void {
  describe(`${name} idempotency store contract`, () => {
    let store: IdempotencyStore;
    const now = new Date('2026-11-22T08:00:00.000Z');
    beforeEach(async () => {
      store = await makeStore();
    });

    it('lets the first request with a key proceed', async () => {
      expect(await store.claim('k1', 'hash-1', now)).toEqual({ outcome: 'claimed' });
    });

    it('tells a concurrent retry that the first is still in progress', async () => {
      await store.claim('k2', 'hash-1', now);
      expect(await store.claim('k2', 'hash-1', now)).toEqual({ outcome: 'in_progress' });
    });

    it('replays the first response to a retry with the same request', async () => {
      await store.claim('k3', 'hash-1', now);
      await store.complete('k3', { status: 201, body: { caseId: 'c-1' } });
      expect(await store.claim('k3', 'hash-1', now)).toEqual({
        outcome: 'replay',
        response: { status: 201, body: { caseId: 'c-1' } },
      });
    });

    it('refuses the same key with another request', async () => {
      await store.claim('k4', 'hash-1', now);
      await store.complete('k4', { status: 200, body: {} });
      expect(await store.claim('k4', 'hash-2', now)).toEqual({ outcome: 'reused_with_other_request' });
    });

    it('lets exactly one of two concurrent requests with one key proceed', async () => {
      const claims = await Promise.all([store.claim('k6', 'hash-1', now), store.claim('k6', 'hash-1', now)]);
      expect(claims.map((claim) => claim.outcome).sort()).toEqual(['claimed', 'in_progress']);
    });

    it('lets a released key be claimed again', async () => {
      await store.claim('k5', 'hash-1', now);
      await store.release('k5');
      expect(await store.claim('k5', 'hash-1', now)).toEqual({ outcome: 'claimed' });
    });
  });
}
