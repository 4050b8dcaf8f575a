/** The SMS gateway of a real provider, over HTTP (`SMS_GATEWAY=http`); the simulated one is in `/memory`. */
export * from './http.sms-gateway';
