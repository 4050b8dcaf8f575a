import fc from 'fast-check';
import { Query } from 'mingo';
import { InMemoryReadStore } from './in-memory.read-store';
import { compareValues } from './ordered-entries';
import { describeReadStoreContract } from '../contracts/read-store.contract';
import { UnindexedQueryError, type Filter, type ReadDocument, type ReadModelSchema } from '../ports/read-store.port';

describeReadStoreContract('in-memory', async () => new InMemoryReadStore());

const schema: ReadModelSchema = {
  projection: 'queue',
  version: 1,
  collections: [
    {
      name: 'items',
      indexes: [{ keys: { district: 1, open: 1, deadline: 1 } }, { keys: { tags: 1, at: -1 } }, { keys: { word: 1 } }],
    },
  ],
};
const items = { projection: 'queue', collection: 'items' };

interface Item extends ReadDocument {
  district: string;
  open: boolean;
  deadline: string;
  tags: string[];
  at: number;
  word: number;
}

describe('in-memory read store', () => {
  it('answers the declared queries from their indexes, and refuses to scan when told to', async () => {
    const store = new InMemoryReadStore({ forbidCollectionScans: true });
    const { generation } = await store.open(schema);
    await store.write('queue', generation, [
      {
        kind: 'upsert',
        collection: 'items',
        document: {
          _id: 'a',
          lastPosition: 1,
          district: 'd',
          open: true,
          deadline: '2',
          tags: ['x'],
          at: 1,
          word: 7,
        } as Item,
      },
    ]);
    expect(
      await store.find<Item>(items, { district: 'd', open: true }, { sort: { deadline: 1 }, limit: 5 }),
    ).toHaveLength(1);
    expect(await store.find(items, { tags: 'x' }, { sort: { at: -1 } })).toHaveLength(1);
    expect(await store.find(items, { $or: [{ word: { $in: [7, 8] } }, { tags: 'none' }] })).toHaveLength(1);
    expect(await store.find(items, {})).toHaveLength(1);
    await expect(store.find(items, { deadline: '2' })).rejects.toBeInstanceOf(UnindexedQueryError);
    await expect(store.find(items, { district: 'd' }, { sort: { at: 1 } })).resolves.toHaveLength(1);
    await expect(store.find(items, {}, { sort: { at: 1 } })).rejects.toBeInstanceOf(UnindexedQueryError);
  });

  it('hands out frozen documents when asked to, so a mutating reader fails loudly', async () => {
    const store = new InMemoryReadStore({ freezeDocuments: true });
    const { generation } = await store.open(schema);
    const document = {
      _id: 'a',
      lastPosition: 1,
      district: 'd',
      open: true,
      deadline: '2',
      tags: ['x'],
      at: 1,
      word: 1,
    };
    await store.write('queue', generation, [{ kind: 'upsert', collection: 'items', document }]);
    const read = await store.get<Item>(items, 'a');
    expect(() => read!.tags.push('y')).toThrow(/not extensible/);
    document.tags.push('mine');
    expect((await store.get<Item>(items, 'a'))?.tags).toEqual(['x']);
  });

  it('returns exactly what a full scan with mingo returns, for any documents, writes and queries', async () => {
    const district = fc.constantFrom('a', 'b', 'c');
    const item = fc.record({
      id: fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8'),
      position: fc.integer({ min: 1, max: 30 }),
      district,
      open: fc.boolean(),
      deadline: fc.constantFrom('01', '02', '03', '04', '05'),
      tags: fc.uniqueArray(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }),
      at: fc.integer({ min: 0, max: 5 }),
      word: fc.integer({ min: 0, max: 4 }),
      deleted: fc.boolean(),
    });
    const query = fc.oneof(
      fc
        .record({ district, open: fc.boolean(), limit: fc.integer({ min: 0, max: 4 }), descending: fc.boolean() })
        .map(({ district: value, open, limit, descending }) => ({
          filter: { district: value, open } as Filter,
          sort: { deadline: descending ? -1 : 1 } as const,
          limit,
        })),
      fc
        .record({ tags: fc.constantFrom('x', 'y', 'z'), limit: fc.integer({ min: 0, max: 4 }) })
        .map(({ tags, limit }) => ({
          filter: { tags } as Filter,
          sort: { at: -1 } as const,
          limit,
        })),
      fc.record({ low: fc.constantFrom('01', '02', '03'), district }).map(({ low, district: value }) => ({
        filter: { district: value, open: true, deadline: { $gt: low } } as Filter,
        sort: { deadline: 1 } as const,
        limit: 0,
      })),
      fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }).map((words) => ({
        filter: { $or: [{ word: { $in: words } }, { tags: { $in: ['z'] } }] } as Filter,
        sort: { _id: 1 } as const,
        limit: 0,
      })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 25 }), query, async (writes, { filter, sort, limit }) => {
        const store = new InMemoryReadStore({ forbidCollectionScans: true });
        const { generation } = await store.open(schema);
        const expected = new Map<string, Item>();
        for (const write of writes) {
          const existing = expected.get(write.id);
          if (write.deleted) {
            if (existing && existing.lastPosition <= write.position) expected.delete(write.id);
            await store.write('queue', generation, [
              { kind: 'delete', collection: 'items', id: write.id, position: write.position },
            ]);
            continue;
          }
          const document: Item = {
            _id: write.id,
            lastPosition: write.position,
            district: write.district,
            open: write.open,
            deadline: write.deadline,
            tags: write.tags,
            at: write.at,
            word: write.word,
          };
          if (!existing || existing.lastPosition < write.position) expected.set(write.id, document);
          await store.write('queue', generation, [{ kind: 'upsert', collection: 'items', document }]);
        }
        const found = await store.find<Item>(items, filter, { sort, limit });
        const matcher = new Query(filter as Record<string, unknown>);
        const [[field, direction]] = Object.entries(sort) as [[keyof Item, 1 | -1]];
        const scanned = [...expected.values()]
          .filter((document) => matcher.test(document as unknown as Record<string, unknown>))
          .sort((left, right) => compareValues(left[field], right[field]) * direction);
        const wanted = limit > 0 ? scanned.slice(0, limit) : scanned;
        // Ties in the sort key may come in any order: compare the sort keys, and the sets.
        expect(found.map((document) => document[field])).toEqual(wanted.map((document) => document[field]));
        if (limit === 0) {
          expect(found.map((document) => document._id).sort()).toEqual(wanted.map((document) => document._id).sort());
        }
        expect(await store.count(items, filter)).toBe(scanned.length);
      }),
      { numRuns: 300 },
    );
  });

  it('builds indexes left behind by a bulk write at the next query, then keeps them up', async () => {
    const document = fc.record({
      district: fc.constantFrom('a', 'b'),
      open: fc.boolean(),
      deadline: fc.constantFrom('01', '02', '03', '04'),
      tags: fc.uniqueArray(fc.constantFrom('x', 'y'), { maxLength: 2 }),
      at: fc.integer({ min: 0, max: 3 }),
      word: fc.integer({ min: 0, max: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(document, { minLength: 64, maxLength: 120 }),
        fc.array(fc.tuple(fc.nat(119), document), { maxLength: 10 }),
        async (bulk, later) => {
          const store = new InMemoryReadStore({ forbidCollectionScans: true });
          const { generation } = await store.open(schema);
          const expected = new Map<string, Item>();
          const item = (id: string, position: number, fields: Omit<Item, '_id' | 'lastPosition'>): Item => ({
            _id: id,
            lastPosition: position,
            ...fields,
          });
          const documents = bulk.map((fields, index) => item(`d${index}`, 1, fields));
          for (const each of documents) expected.set(each._id, each);
          await store.write(
            'queue',
            generation,
            documents.map((each) => ({ kind: 'upsert', collection: 'items', document: each })),
          );
          const check = async () => {
            for (const filter of [
              { district: 'a', open: true },
              { tags: 'x' },
              { word: { $in: [1, 2] } },
            ] as Filter[]) {
              const matcher = new Query(filter as Record<string, unknown>);
              const wanted = [...expected.values()].filter((each) =>
                matcher.test(each as unknown as Record<string, unknown>),
              );
              const found = await store.find<Item>(items, filter);
              expect(found.map((each) => each._id).sort()).toEqual(wanted.map((each) => each._id).sort());
            }
          };
          await check();
          for (const [step, [target, fields]] of later.entries()) {
            const id = `d${target % bulk.length}`;
            const next = item(id, 2 + step, fields);
            if ((expected.get(id)?.lastPosition ?? 0) < next.lastPosition) expected.set(id, next);
            await store.write('queue', generation, [{ kind: 'upsert', collection: 'items', document: next }]);
          }
          await check();
        },
      ),
      { numRuns: 60 },
    );
  });
});
