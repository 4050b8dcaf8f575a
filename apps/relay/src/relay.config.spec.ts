import { ConfigError } from '@quickclaim/platform/config/piece';
import { loadRelayConfig } from './relay.config';

const KAFKA = { KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092' };

describe('relay configuration', () => {
  it('composes the pieces it shares with the API, with the relay’s own defaults', () => {
    const config = loadRelayConfig(KAFKA);
    expect(config).toMatchObject({
      eventStore: 'sqlite',
      kafkaBrokers: ['kafka-1:9092', 'kafka-2:9092'],
      readStore: 'memory',
      paymentGateway: 'none',
      straightThroughLimitFen: 1_000_000,
      deadlineSweepMs: 60_000,
      readYourWritesTimeoutMs: 2000,
      smsGateway: 'simulated',
      timeZone: 'Asia/Shanghai',
    });
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.healthPort).toBeUndefined();
  });

  it('keeps its views in MongoDB as soon as MONGODB_URL is set', () => {
    expect(loadRelayConfig({ ...KAFKA, MONGODB_URL: 'mongodb://m/q', HEALTH_PORT: '8081' })).toMatchObject({
      readStore: 'mongodb',
      mongodbUrl: 'mongodb://m/q',
      healthPort: 8081,
    });
  });

  it.each([
    [{}, 'KAFKA_BROKERS is required'],
    [{ ...KAFKA, EVENT_STORE: 'memory' }, 'EVENT_STORE must be one of sqlite, esdb, got "memory"'],
    [{ ...KAFKA, EVENT_STORE: 'esdb' }, 'EVENT_STORE=esdb needs EVENTSTORE_URL'],
    [{ ...KAFKA, READ_STORE: 'mongodb' }, 'READ_STORE=mongodb needs MONGODB_URL'],
    [{ ...KAFKA, HEALTH_PORT: '70000' }, 'HEALTH_PORT must be a port number, got "70000"'],
    [{ ...KAFKA, PAYMENT_GATEWAY: 'bank' }, 'PAYMENT_GATEWAY must be one of simulated, none, got "bank"'],
    [{ ...KAFKA, SMS_GATEWAY: 'http' }, 'SMS_GATEWAY_URL is required with SMS_GATEWAY=http'],
  ])('refuses %p with %s', (env, message) => {
    expect(() => loadRelayConfig(env)).toThrow(ConfigError);
    expect(() => loadRelayConfig(env)).toThrow(message);
  });
});
