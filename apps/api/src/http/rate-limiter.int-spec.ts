import { whenServer } from '@quickclaim/platform/contracts';
import mongoose, { type Connection } from 'mongoose';
import type { RateLimits } from '../configuration/rate-limits';
import { RateLimiter, countersInMongo } from './rate-limiter';

const limits: RateLimits = {
  uploads: { perUser: { limit: 3, windowMs: 60_000 }, perIp: null },
  reports: { perUser: null, perIp: { limit: 2, windowMs: 60_000 } },
  decisions: { perUser: null, perIp: null },
};

whenServer('MONGODB_URL', 'rate limits counted in MongoDB', 'holds a limit across two API instances', (url) => {
  describe('rate limits counted in MongoDB', () => {
    // A database of its own for this run: the server is shared with other suites.
    const database = url.replace(/\/[^/?]*(\?|$)/, `/rate-limits-${process.pid}$1`);
    const connections: Connection[] = [];
    /** One API instance: its own connection, its own limiter, the same database. */
    const instance = async () => {
      const connection = await mongoose.createConnection(database, { serverSelectionTimeoutMS: 5000 }).asPromise();
      connections.push(connection);
      return new RateLimiter(limits, countersInMongo(connection));
    };

    afterAll(async () => {
      await connections[0]?.dropDatabase();
      await Promise.all(connections.map((connection) => connection.close()));
    });

    it('holds a limit across two API instances, each with its own connection', async () => {
      const [first, second] = [await instance(), await instance()];
      expect((await first.take('uploads', 'driver-1', '10.0.0.1')).allowed).toBe(true);
      expect((await second.take('uploads', 'driver-1', '10.0.0.2')).allowed).toBe(true);
      expect((await first.take('uploads', 'driver-1', '10.0.0.1')).allowed).toBe(true);
      const refused = await second.take('uploads', 'driver-1', '10.0.0.2');
      expect(refused).toMatchObject({ allowed: false, scope: 'user' });
      expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(refused.allowed === false && refused.retryAfterSeconds).toBeLessThanOrEqual(20);
      expect((await first.take('uploads', 'driver-2', '10.0.0.1')).allowed).toBe(true);
    });

    it('counts an address across instances too', async () => {
      const [first, second] = [await instance(), await instance()];
      expect((await first.take('reports', 'a', '203.0.113.7')).allowed).toBe(true);
      expect((await second.take('reports', 'b', '203.0.113.7')).allowed).toBe(true);
      expect(await first.take('reports', 'c', '203.0.113.7')).toMatchObject({ allowed: false, scope: 'address' });
    });
  });
});
