import { z } from 'zod';
import { oneOf, optionalText, readPiece, refuse, wholeNumber, type Environment } from './piece';

const isHttpUrl = (text: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
};

const schema = z
  .object({
    SMS_GATEWAY: oneOf('SMS_GATEWAY', ['simulated', 'http'], 'simulated'),
    SMS_GATEWAY_URL: optionalText(),
    SMS_GATEWAY_TOKEN: optionalText(),
    SMS_GATEWAY_TIMEOUT_MS: wholeNumber('SMS_GATEWAY_TIMEOUT_MS', 5000, 1),
    SMS_GATEWAY_ATTEMPTS: wholeNumber('SMS_GATEWAY_ATTEMPTS', 4, 1),
    SMS_LINK_BASE_URL: z.string().default('http://localhost:3000'),
  })
  .superRefine((variables, context) => {
    if (variables.SMS_GATEWAY === 'http' && !variables.SMS_GATEWAY_URL) {
      refuse(context, 'SMS_GATEWAY_URL is required with SMS_GATEWAY=http');
    }
    if (variables.SMS_GATEWAY_URL && !isHttpUrl(variables.SMS_GATEWAY_URL)) {
      refuse(context, `SMS_GATEWAY_URL must be an http(s) URL, got "${variables.SMS_GATEWAY_URL}"`);
    }
    if (!isHttpUrl(variables.SMS_LINK_BASE_URL)) {
      refuse(context, `SMS_LINK_BASE_URL must be an http(s) URL, got "${variables.SMS_LINK_BASE_URL}"`);
    }
  })
  .transform((variables) => ({
    /** `simulated`: nothing leaves the process, what would be sent is kept (and logged without its text). */
    smsGateway: variables.SMS_GATEWAY,
    ...(variables.SMS_GATEWAY_URL ? { smsGatewayUrl: variables.SMS_GATEWAY_URL } : {}),
    ...(variables.SMS_GATEWAY_TOKEN ? { smsGatewayToken: variables.SMS_GATEWAY_TOKEN } : {}),
    smsGatewayTimeoutMs: variables.SMS_GATEWAY_TIMEOUT_MS,
    smsGatewayAttempts: variables.SMS_GATEWAY_ATTEMPTS,
    /** Where the links in the texts lead (the web consoles), without a trailing slash. */
    smsLinkBaseUrl: variables.SMS_LINK_BASE_URL.replace(/\/+$/, ''),
  }));

/** The SMS gateway the notifications consumer sends through, and where the texts' links point. */
export type NotificationsConfig = z.output<typeof schema>;

export function notificationsConfig(env: Environment): NotificationsConfig {
  return readPiece(schema, {
    SMS_GATEWAY: env.SMS_GATEWAY,
    SMS_GATEWAY_URL: env.SMS_GATEWAY_URL,
    SMS_GATEWAY_TOKEN: env.SMS_GATEWAY_TOKEN,
    SMS_GATEWAY_TIMEOUT_MS: env.SMS_GATEWAY_TIMEOUT_MS,
    SMS_GATEWAY_ATTEMPTS: env.SMS_GATEWAY_ATTEMPTS,
    SMS_LINK_BASE_URL: env.SMS_LINK_BASE_URL,
  });
}
