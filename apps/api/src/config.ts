import type { FraudThresholds } from '@quickclaim/evidence';
import { auditConfig, type AuditConfig } from '@quickclaim/platform/config/audit';
import { blobStoreConfig, type BlobStoreConfig } from '@quickclaim/platform/config/blob-store';
import { dataDirConfig, type DataDirConfig } from '@quickclaim/platform/config/data-dir';
import { deploymentConfig, type DeploymentConfig } from '@quickclaim/platform/config/deployment';
import { eventStoreConfig, type EventStoreConfig } from '@quickclaim/platform/config/event-store';
import { idempotencyStoreConfig, type IdempotencyStoreConfig } from '@quickclaim/platform/config/idempotency-store';
import { messageBusConfig, type MessageBusConfig } from '@quickclaim/platform/config/message-bus';
import { notificationsConfig, type NotificationsConfig } from '@quickclaim/platform/config/notifications';
import { ConfigError, type Environment } from '@quickclaim/platform/config/piece';
import { processesConfig, type ProcessesConfig } from '@quickclaim/platform/config/processes';
import { readStoreConfig, type ReadStoreConfig } from '@quickclaim/platform/config/read-store';
import { readYourWritesConfig, type ReadYourWritesConfig } from '@quickclaim/platform/config/read-your-writes';
import { settlementConfig, type SettlementConfig } from '@quickclaim/platform/config/settlement';
import { timeZoneConfig, type TimeZoneConfig } from '@quickclaim/platform/config/time-zone';
import { authConfig, type AuthConfig, type AuthMode } from './configuration/auth';
import { confirmationCodesConfig, type ConfirmationCodesConfig } from './configuration/confirmation-codes';
import { fraudConfig } from './configuration/fraud';
import { httpConfig, type HttpConfig } from './configuration/http';
import { instanceConfig, type InstanceConfig } from './configuration/instance';
import { loggingConfig, type LogLevel } from './configuration/logging';
import { photosConfig, type PhotosConfig } from './configuration/photos';
import { rateLimitsConfig, type RateLimits } from './configuration/rate-limits';

export { ConfigError };

/** Authentication, abuse limits, CORS, proxies, body and log settings. */
export interface SecurityConfig {
  auth: AuthConfig;
  rateLimits: RateLimits;
  corsOrigins: string[];
  trustProxy: false | number | string;
  maxJsonBodyBytes: number;
  logLevel: LogLevel;
}

/** Everything the API reads from its environment, piece by piece (one zod schema each). */
export type AppConfig = DeploymentConfig &
  DataDirConfig &
  EventStoreConfig &
  ReadStoreConfig &
  BlobStoreConfig &
  IdempotencyStoreConfig &
  MessageBusConfig &
  NotificationsConfig &
  InstanceConfig &
  Omit<HttpConfig, 'corsOrigins' | 'trustProxy' | 'maxJsonBodyBytes'> &
  PhotosConfig &
  ProcessesConfig &
  SettlementConfig &
  ReadYourWritesConfig &
  TimeZoneConfig &
  ConfirmationCodesConfig &
  AuditConfig & {
    authMode: AuthMode;
    security: SecurityConfig;
    fraud: FraudThresholds;
  };

/** Reads the environment once at start; a wrong value stops the server with a clear message. */
export function loadConfig(env: Environment = process.env): AppConfig {
  const deployment = deploymentConfig(env);
  const eventStore = eventStoreConfig(env);
  const { corsOrigins, trustProxy, maxJsonBodyBytes, ...http } = httpConfig(env);
  const security: SecurityConfig = {
    auth: authConfig(env, deployment.production),
    rateLimits: rateLimitsConfig(env),
    corsOrigins,
    trustProxy,
    maxJsonBodyBytes,
    ...loggingConfig(env),
  };
  const readStore = readStoreConfig(env);
  return {
    ...deployment,
    ...dataDirConfig(env),
    ...eventStore,
    ...blobStoreConfig(env),
    ...readStore,
    ...instanceConfig(env, readStore.readStore),
    ...idempotencyStoreConfig(env, { eventStore: eventStore.eventStore, readStore: readStore.readStore }),
    ...messageBusConfig(env),
    ...notificationsConfig(env),
    ...http,
    ...photosConfig(env),
    ...processesConfig(env, deployment.production ? 'none' : 'simulated'),
    ...settlementConfig(env),
    ...readYourWritesConfig(env),
    ...timeZoneConfig(env),
    ...fraudConfig(env),
    ...confirmationCodesConfig(env, deployment.production),
    ...auditConfig(env, deployment.production),
    authMode: security.auth.mode,
    security,
  };
}
