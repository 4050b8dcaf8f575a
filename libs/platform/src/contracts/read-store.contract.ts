import type { ReadDocument, ReadModelSchema, ReadStore } from '../ports/read-store.port';

interface Ticket extends ReadDocument {
  district: string;
  open: boolean;
  deadline: string;
  priority: number;
  tags: string[];
  owner: { name: string; team?: string };
  notes: Record<string, unknown>;
  code?: string;
  due?: string;
}

let sequence = 0;

/** A read model with the shapes the real ones use: a compound index, a descending one, a multikey one. */
function ticketSchema(): ReadModelSchema {
  sequence += 1;
  return {
    projection: `contract-${process.pid}-${Date.now().toString(36)}-${sequence}`,
    version: 1,
    collections: [
      {
        name: 'tickets',
        indexes: [
          { keys: { district: 1, open: 1, deadline: 1 } },
          { keys: { tags: 1, priority: -1 } },
          { keys: { 'owner.name': 1 } },
          { keys: { code: 'hashed' } },
          { keys: { due: 1 }, sparse: true },
        ],
      },
      { name: 'other', indexes: [] },
    ],
  };
}

function ticket(id: string, fields: Partial<Ticket> = {}): Ticket {
  return {
    _id: id,
    lastPosition: 1,
    district: 'yuzhong',
    open: true,
    deadline: `2026-11-22T08:0${id.length % 10}:00.000Z`,
    priority: 1,
    tags: [],
    owner: { name: 'officer-1' },
    notes: {},
    ...fields,
  };
}

/** What every read store must do; each adapter's spec calls this with a fresh store. */
export function describeReadStoreContract(name: string, makeStore: () => Promise<ReadStore>): void {
  describe(`${name} read store contract`, () => {
    let store: ReadStore;
    let schema: ReadModelSchema;
    let tickets: { projection: string; collection: string };

    beforeEach(async () => {
      store = await makeStore();
      schema = ticketSchema();
      tickets = { projection: schema.projection, collection: 'tickets' };
    });

    const upsert = (generation: number, ...documents: Ticket[]) =>
      store.write(
        schema.projection,
        generation,
        documents.map((document) => ({ kind: 'upsert' as const, collection: 'tickets', document })),
      );

    it('starts a model at position -1 and returns what was written, document for document', async () => {
      const checkpoint = await store.open(schema);
      expect(checkpoint).toMatchObject({ projection: schema.projection, position: -1, failureCount: 0, failures: [] });
      const stored = ticket('t-1', {
        owner: { name: '张三', team: 'A' },
        notes: { empty: {}, list: [], nested: { deep: [1, 'two', null] } },
        tags: ['渝A12345'],
      });
      await upsert(checkpoint.generation, stored);
      expect(await store.get(tickets, 't-1')).toEqual(stored);
      expect(await store.get(tickets, 'absent')).toBeNull();
      expect(await store.find({ projection: schema.projection, collection: 'other' }, {})).toEqual([]);
    });

    it('finds by an index prefix, ordered by the next key, limited', async () => {
      const { generation } = await store.open(schema);
      await upsert(
        generation,
        ticket('a', { deadline: '2026-11-22T08:03:00.000Z' }),
        ticket('b', { deadline: '2026-11-22T08:01:00.000Z' }),
        ticket('c', { deadline: '2026-11-22T08:02:00.000Z' }),
        ticket('d', { deadline: '2026-11-22T08:00:00.000Z', open: false }),
        ticket('e', { deadline: '2026-11-22T07:00:00.000Z', district: 'jiangbei' }),
      );
      const open = { district: 'yuzhong', open: true };
      const ids = (documents: ReadDocument[]) => documents.map((document) => document._id);
      expect(ids(await store.find(tickets, open, { sort: { deadline: 1 } }))).toEqual(['b', 'c', 'a']);
      expect(ids(await store.find(tickets, open, { sort: { deadline: -1 }, limit: 2 }))).toEqual(['a', 'c']);
      expect(await store.count(tickets, open)).toBe(3);
      expect(await store.count(tickets, {})).toBe(5);
      expect(
        ids(
          await store.find(
            tickets,
            { ...open, deadline: { $lte: '2026-11-22T08:02:00.000Z' } },
            { sort: { deadline: 1 } },
          ),
        ),
      ).toEqual(['b', 'c']);
      expect(
        ids(
          await store.find(
            tickets,
            { ...open, deadline: { $gt: '2026-11-22T08:01:00.000Z' } },
            { sort: { deadline: 1 } },
          ),
        ),
      ).toEqual(['c', 'a']);
    });

    it('matches an element of an array field, and combines $in and $or', async () => {
      const { generation } = await store.open(schema);
      await upsert(
        generation,
        ticket('a', { tags: ['x', 'y'], priority: 3 }),
        ticket('b', { tags: ['y'], priority: 5 }),
        ticket('c', { tags: ['z'], priority: 4, owner: { name: 'officer-2' } }),
      );
      const ids = (documents: ReadDocument[]) => documents.map((document) => document._id);
      expect(ids(await store.find(tickets, { tags: 'y' }, { sort: { priority: -1 } }))).toEqual(['b', 'a']);
      expect(ids(await store.find(tickets, { tags: { $in: ['x', 'z'] } }, { sort: { priority: 1 } }))).toEqual([
        'a',
        'c',
      ]);
      expect(
        ids(
          await store.find(
            tickets,
            { $or: [{ tags: { $in: ['x'] } }, { 'owner.name': 'officer-2' }] },
            { sort: { priority: -1 } },
          ),
        ),
      ).toEqual(['c', 'a']);
      expect(ids(await store.find(tickets, { _id: { $in: ['c', 'a', 'nope'] } }, { sort: { _id: 1 } }))).toEqual([
        'a',
        'c',
      ]);
      expect(ids(await store.find(tickets, { priority: { $gte: 4 } }, { sort: { priority: 1 } }))).toEqual(['c', 'b']);
    });

    it('answers equality and $in from a hashed index, a missing field counting as null', async () => {
      const { generation } = await store.open(schema);
      await upsert(
        generation,
        ticket('a', { code: 'x', priority: 1 }),
        ticket('b', { code: 'y', priority: 2 }),
        ticket('c', { code: 'x', priority: 3 }),
        ticket('d'),
      );
      const ids = (documents: ReadDocument[]) => documents.map((document) => document._id);
      expect(ids(await store.find(tickets, { code: 'x' }, { sort: { priority: -1 } }))).toEqual(['c', 'a']);
      expect(ids(await store.find(tickets, { code: { $in: ['y', 'z'] } }))).toEqual(['b']);
      expect(ids(await store.find(tickets, { code: null }))).toEqual(['d']);
      expect(await store.count(tickets, { code: 'x', priority: { $gt: 1 } })).toBe(1);
    });

    it('keeps a hashed index true as documents share a value, leave it and are deleted, after a bulk write too', async () => {
      const { generation } = await store.open(schema);
      const ids = async (code: string) => (await store.find(tickets, { code })).map((document) => document._id).sort();
      // A bulk write (a rebuild) first, then changes one by one.
      await upsert(generation, ...Array.from({ length: 80 }, (_, index) => ticket(`t${index}`, { code: `c${index}` })));
      expect(await ids('c7')).toEqual(['t7']);
      await upsert(generation, ticket('t8', { code: 'c7', lastPosition: 2 }));
      expect(await ids('c7')).toEqual(['t7', 't8']);
      expect(await ids('c8')).toEqual([]);
      await upsert(generation, ticket('t7', { code: 'c9', lastPosition: 2 }));
      expect(await ids('c7')).toEqual(['t8']);
      expect(await ids('c9')).toEqual(['t7', 't9']);
      await store.write(schema.projection, generation, [
        { kind: 'delete', collection: 'tickets', id: 't8', position: 3 },
      ]);
      expect(await ids('c7')).toEqual([]);
      await upsert(generation, ticket('t8', { code: 'c7', lastPosition: 4 }));
      expect(await ids('c7')).toEqual(['t8']);
    });

    it('keeps a sparse index of the documents that have the field, and answers ranges from it', async () => {
      const { generation } = await store.open(schema);
      await upsert(generation, ticket('a', { due: '2026-11-25' }), ticket('b'), ticket('c', { due: '2026-11-23' }));
      const ids = (documents: ReadDocument[]) => documents.map((document) => document._id);
      expect(ids(await store.find(tickets, { due: { $lte: '2026-11-30' } }, { sort: { due: 1 } }))).toEqual(['c', 'a']);
      expect(ids(await store.find(tickets, { due: '2026-11-25' }))).toEqual(['a']);
      await upsert(generation, ticket('a', { lastPosition: 2 }));
      expect(ids(await store.find(tickets, { due: { $lte: '2026-11-30' } }))).toEqual(['c']);
    });

    it('never moves a document backwards, whether replaced or deleted', async () => {
      const { generation } = await store.open(schema);
      await upsert(generation, ticket('a', { lastPosition: 10, priority: 10 }), ticket('b', { lastPosition: 10 }));
      await upsert(
        generation,
        ticket('a', { lastPosition: 7, priority: 7 }),
        ticket('b', { lastPosition: 12, priority: 12 }),
      );
      expect((await store.get<Ticket>(tickets, 'a'))?.priority).toBe(10);
      expect((await store.get<Ticket>(tickets, 'b'))?.priority).toBe(12);
      await store.write(schema.projection, generation, [
        { kind: 'delete', collection: 'tickets', id: 'a', position: 9 },
        { kind: 'delete', collection: 'tickets', id: 'b', position: 13 },
      ]);
      expect(await store.get(tickets, 'a')).not.toBeNull();
      expect(await store.get(tickets, 'b')).toBeNull();
    });

    it('moves a checkpoint only forwards and keeps the latest failures with their count', async () => {
      const { generation } = await store.open(schema);
      const failure = (position: number) => ({
        position,
        streamId: 'case-1',
        eventType: 'Strange',
        message: `cannot apply ${position}`,
      });
      expect(await store.saveCheckpoint(schema.projection, generation, 40, [failure(3)])).toBe(true);
      expect(await store.saveCheckpoint(schema.projection, generation, 20, [])).toBe(true);
      expect(
        await store.saveCheckpoint(
          schema.projection,
          generation,
          60,
          Array.from({ length: 25 }, (_, index) => failure(41 + index)),
        ),
      ).toBe(true);
      const checkpoint = await store.checkpoint(schema.projection);
      expect(checkpoint).toMatchObject({ position: 60, failureCount: 26 });
      expect(checkpoint?.failures).toHaveLength(20);
      expect(checkpoint?.failures.at(-1)).toEqual(failure(65));
      expect((await store.checkpoints()).map((each) => each.projection)).toContain(schema.projection);
      expect(await store.saveCheckpoint(schema.projection, generation + 7, 99, [])).toBe(false);
      expect((await store.checkpoint(schema.projection))?.position).toBe(60);
    });

    it('fills a fresh copy beside the live one and swaps it in only while the live one is unchanged', async () => {
      const live = await store.open(schema);
      await upsert(live.generation, ticket('old', { lastPosition: 5 }));
      await store.saveCheckpoint(schema.projection, live.generation, 5, []);

      const copy = await store.createCopy(schema, '2026-11-22T08:00:00.000Z');
      expect(copy).not.toBe(live.generation);
      expect((await store.checkpoint(schema.projection))?.rebuilding).toMatchObject({ generation: copy });
      expect(await store.find(tickets, {}, {}, copy)).toEqual([]);
      await upsert(copy, ticket('new', { lastPosition: 8 }));
      await store.reportCopyProgress(schema.projection, copy, 8, 9);
      expect((await store.checkpoint(schema.projection))?.rebuilding).toMatchObject({ position: 8, head: 9 });
      expect((await store.find(tickets, {})).map((document) => document._id)).toEqual(['old']);

      expect(await store.swap(schema, live.generation + 100, copy, 8, { count: 0, latest: [] })).toBe(false);
      expect(await store.swap(schema, live.generation, copy, 8, { count: 0, latest: [] })).toBe(true);
      expect(await store.checkpoint(schema.projection)).toMatchObject({
        generation: copy,
        position: 8,
        rebuilding: null,
      });
      expect((await store.find(tickets, {})).map((document) => document._id)).toEqual(['new']);
      expect(await store.saveCheckpoint(schema.projection, live.generation, 50, [])).toBe(false);
      expect(await store.saveCheckpoint(schema.projection, copy, 9, [])).toBe(true);
    });

    it('lets a later rebuild supersede an earlier one: only the latest copy can be swapped in', async () => {
      const live = await store.open(schema);
      const first = await store.createCopy(schema, '2026-11-22T08:00:00.000Z');
      const second = await store.createCopy(schema, '2026-11-22T08:01:00.000Z');
      expect(second).not.toBe(first);
      expect(await store.swap(schema, live.generation, first, 3, { count: 0, latest: [] })).toBe(false);
      expect(await store.swap(schema, live.generation, second, 3, { count: 0, latest: [] })).toBe(true);
    });

    it('abandons a copy without touching the live one', async () => {
      const live = await store.open(schema);
      await upsert(live.generation, ticket('kept'));
      const copy = await store.createCopy(schema, '2026-11-22T08:00:00.000Z');
      await upsert(copy, ticket('abandoned'));
      await store.dropCopy(schema.projection, copy);
      expect((await store.checkpoint(schema.projection))?.rebuilding).toBeNull();
      expect((await store.find(tickets, {})).map((document) => document._id)).toEqual(['kept']);
      await store.dropCopy(schema.projection, live.generation);
      expect(await store.count(tickets, {})).toBe(1);
    });
  });
}
