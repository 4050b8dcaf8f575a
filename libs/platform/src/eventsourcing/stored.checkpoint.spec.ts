import { InMemoryReadStore } from '../memory/in-memory.read-store';
import { StoredCheckpoint } from './stored.checkpoint';

describe('a checkpoint kept in the read store', () => {
  it('starts before the first event, keeps what was flushed, and never moves back', async () => {
    const store = new InMemoryReadStore();
    const first = await StoredCheckpoint.open(store, 'relay', 60_000);
    expect(first.get()).toBe(-1);
    first.save(41);
    first.save(12);
    expect(first.get()).toBe(41);
    await first.flush();
    const reopened = await StoredCheckpoint.open(store, 'relay');
    expect(reopened.get()).toBe(41);
    expect((await StoredCheckpoint.open(store, 'claims-process')).get()).toBe(-1);
  });

  it('writes a saved position by itself after a short while', async () => {
    const store = new InMemoryReadStore();
    const checkpoint = await StoredCheckpoint.open(store, 'relay', 5);
    checkpoint.save(7);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await store.checkpoint('checkpoint:relay'))?.position).toBe(7);
  });

  it('keeps the position to write again when the store fails, and writes it once the store is back', async () => {
    const store = new InMemoryReadStore();
    const checkpoint = await StoredCheckpoint.open(store, 'relay', 60_000);
    const saveCheckpoint = store.saveCheckpoint.bind(store);
    store.saveCheckpoint = () => Promise.reject(new Error('MongoDB is away'));
    checkpoint.save(9);
    await checkpoint.flush();
    expect((await store.checkpoint('checkpoint:relay'))?.position).toBe(-1);
    store.saveCheckpoint = saveCheckpoint;
    await checkpoint.flush();
    expect((await store.checkpoint('checkpoint:relay'))?.position).toBe(9);
  });
});
