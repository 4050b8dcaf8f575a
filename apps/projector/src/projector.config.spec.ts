import { ConfigError } from '@quickclaim/platform/config/piece';
import { loadProjectorConfig } from './projector.config';

describe('projector configuration', () => {
  it('feeds MongoDB once MONGODB_URL is set, in batches of 500 by default', () => {
    expect(loadProjectorConfig({})).toMatchObject({ eventStore: 'sqlite', readStore: 'memory', batchSize: 500 });
    expect(
      loadProjectorConfig({ MONGODB_URL: 'mongodb://m/q', PROJECTOR_BATCH_SIZE: '2000', TIME_ZONE: 'UTC' }),
    ).toMatchObject({ readStore: 'mongodb', batchSize: 2000, timeZone: 'UTC' });
  });

  it.each([
    [{ EVENT_STORE: 'memory' }, 'EVENT_STORE must be one of sqlite, esdb, got "memory"'],
    [{ READ_STORE: 'redis' }, 'READ_STORE must be one of memory, mongodb, got "redis"'],
    [{ PROJECTOR_BATCH_SIZE: '0' }, 'PROJECTOR_BATCH_SIZE must be a whole number of at least 1, got "0"'],
    [{ TIME_ZONE: 'Mars/Olympus' }, 'TIME_ZONE must be an IANA time zone'],
  ])('refuses %p with %s', (env, message) => {
    expect(() => loadProjectorConfig(env)).toThrow(ConfigError);
    expect(() => loadProjectorConfig(env)).toThrow(message);
  });
});
