import { ConfigError, loadConfig } from './config';
import { confirmationCodesConfig } from './configuration/confirmation-codes';

describe('configuration', () => {
  it('defaults to the embedded platform', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      eventStore: 'sqlite',
      authMode: 'development',
      timeZone: 'Asia/Shanghai',
    });
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.webDir.endsWith('/dist/web')).toBe(true);
  });

  it('keeps the read models in memory and feeds them in process unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ readStore: 'memory', projections: 'embedded', processes: 'embedded' });
    expect(loadConfig({ PROCESSES: 'external' }).processes).toBe('external');
    expect(
      loadConfig({ READ_STORE: 'mongodb', MONGODB_URL: 'mongodb://localhost/q', PROJECTIONS: 'external' }),
    ).toMatchObject({ readStore: 'mongodb', projections: 'external', mongodbUrl: 'mongodb://localhost/q' });
  });

  it('hashes one-time codes with the key it is given, which production requires', () => {
    expect(loadConfig({}).confirmationCodeSecret).toBeUndefined();
    expect(loadConfig({ CONFIRMATION_CODE_SECRET: 'k'.repeat(32) }).confirmationCodeSecret).toBe('k'.repeat(32));
    expect(() => confirmationCodesConfig({}, true)).toThrow('CONFIRMATION_CODE_SECRET is required in production');
    expect(confirmationCodesConfig({}, false)).toEqual({});
  });

  it('sends SMS through the simulated gateway unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ smsGateway: 'simulated', smsLinkBaseUrl: 'http://localhost:3000' });
  });

  it('uses EventStoreDB when a URL is given', () => {
    expect(loadConfig({ EVENTSTORE_URL: 'esdb://localhost:2113?tls=false' }).eventStore).toBe('esdb');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ EVENT_STORE: 'postgres' }, 'EVENT_STORE'],
    [{ EVENT_STORE: 'esdb' }, 'EVENTSTORE_URL'],
    [{ NODE_ENV: 'production', AUTH_MODE: 'development' }, 'AUTH_MODE=development'],
    [{ LIVE_STREAM_KEEPALIVE_MS: '10' }, 'LIVE_STREAM_KEEPALIVE_MS'],
    [{ PHOTO_QUEUE_MAX_BYTES: '1000', MAX_UPLOAD_BYTES: '2000' }, 'PHOTO_QUEUE_MAX_BYTES'],
    [{ EVENT_STORE_MAX_BYTES: '-1' }, 'EVENT_STORE_MAX_BYTES'],
    [{ READ_STORE: 'mongodb' }, 'MONGODB_URL'],
    [{ READ_STORE: 'redis' }, 'READ_STORE'],
    [{ PROCESSES: 'sometimes' }, 'PROCESSES'],
    [{ PROJECTIONS: 'external' }, 'PROJECTIONS=external'],
    [{ CONFIRMATION_CODE_SECRET: 'short' }, 'CONFIRMATION_CODE_SECRET must be at least 32 characters'],
    [{ SMS_GATEWAY: 'http' }, 'SMS_GATEWAY_URL is required'],
  ])('refuses %p with a message naming %s', (env, named) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(named);
  });

  it('signs audit checkpoints with a generated development key, the configured one, or none in production', () => {
    expect(loadConfig({})).toMatchObject({
      auditKey: { kind: 'generated' },
      auditCheckpointIntervalMs: 600_000,
      auditAtStartMs: 10_000,
    });
    expect(loadConfig({ AUDIT_SIGNING_KEY_FILE: '/run/secrets/audit.pem' }).auditKey).toEqual({
      kind: 'file',
      path: '/run/secrets/audit.pem',
    });
    const production = {
      NODE_ENV: 'production',
      AUTH_MODE: 'jwt',
      AUTH_JWT_ISSUER: 'i',
      AUTH_JWT_AUDIENCE: 'a',
      AUTH_JWKS_URL: 'https://idp/jwks',
      CONFIRMATION_CODE_SECRET: 'a-secret-shared-by-every-instance-0123456789',
    };
    expect(loadConfig(production).auditKey).toEqual({ kind: 'none' });
    expect(() => loadConfig({ AUDIT_SIGNING_KEY: 'x', AUDIT_SIGNING_KEY_FILE: 'y' })).toThrow('not both');
    expect(() => loadConfig({ AUDIT_CHECKPOINT_INTERVAL_MS: 'often' })).toThrow('AUDIT_CHECKPOINT_INTERVAL_MS');
  });
});
