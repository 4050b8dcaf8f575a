import { list, port, readPiece, refuse, wholeNumber, type Environment } from '@quickclaim/platform/config/piece';
import { resolve } from 'node:path';
import { z } from 'zod';

const corsOrigins = z
  .string()
  .optional()
  .transform(list)
  .superRefine((origins, context) => {
    const refused = origins.find((origin) => {
      let url: URL | undefined;
      try {
        url = new URL(origin);
      } catch {
        url = undefined;
      }
      return !url || url.origin !== origin || !/^https?:$/.test(url.protocol);
    });
    if (refused !== undefined) {
      refuse(
        context,
        `CORS_ORIGINS lists exact origins such as https://desk.example.cn (no path, no *); got "${refused}"`,
      );
    }
  });

const trustProxy = z
  .string()
  .optional()
  .superRefine((value, context) => {
    if (value === 'true') {
      refuse(
        context,
        'TRUST_PROXY=true would believe any X-Forwarded-For; give the proxies (loopback, an address or subnet list) or a hop count',
      );
    }
  })
  .transform((value): false | number | string => {
    if (value === undefined || value === '' || value === 'false') return false;
    return /^\d+$/.test(value) ? Number(value) : value;
  });

/** scheme://host[:port][/path], normalised without a trailing slash so paths below it join cleanly. */
const publicUrl = z
  .string()
  .optional()
  .superRefine((value, context) => {
    if (value === undefined) return;
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url) {
      refuse(context, `PUBLIC_URL must be an absolute http(s) URL, got "${value}"`);
    } else if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
      refuse(context, `PUBLIC_URL must be an http(s) URL with no query, fragment or credentials, got "${value}"`);
    }
  })
  .transform((value) => {
    if (value === undefined) return undefined;
    const url = new URL(value);
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  });

const schema = z
  .object({
    PORT: port('PORT', 3000),
    WEB_DIR: z.string().default('./dist/web'),
    MAX_JSON_BODY_BYTES: wholeNumber('MAX_JSON_BODY_BYTES', 64 * 1024, 1),
    CORS_ORIGINS: corsOrigins,
    TRUST_PROXY: trustProxy,
    LIVE_STREAM_KEEPALIVE_MS: wholeNumber('LIVE_STREAM_KEEPALIVE_MS', 15_000, 1000),
    PUBLIC_URL: publicUrl,
  })
  .transform((variables) => ({
    port: variables.PORT,
    /** The built web consoles (index.html and assets/), served at `/` when present. */
    webDir: resolve(variables.WEB_DIR),
    maxJsonBodyBytes: variables.MAX_JSON_BODY_BYTES,
    /** Origins (scheme://host[:port]) whose web pages may call the API; none by default (same origin only). */
    corsOrigins: variables.CORS_ORIGINS,
    /** Express's `trust proxy`: which proxies' X-Forwarded-For tells the client address; false trusts none. */
    trustProxy: variables.TRUST_PROXY,
    /** How often a live stream (server-sent events) with nothing new sends a keep-alive comment. */
    liveStreamKeepAliveMs: variables.LIVE_STREAM_KEEPALIVE_MS,
    /** Where people reach the platform: documents print their verification URL under it. */
    publicUrl: variables.PUBLIC_URL ?? `http://localhost:${variables.PORT}`,
  }));

export type HttpConfig = z.output<typeof schema>;

/** How the API listens and answers: its port, the consoles, body sizes, CORS, proxies, live streams. */
export function httpConfig(env: Environment): HttpConfig {
  return readPiece(schema, {
    PORT: env.PORT,
    WEB_DIR: env.WEB_DIR,
    MAX_JSON_BODY_BYTES: env.MAX_JSON_BODY_BYTES,
    CORS_ORIGINS: env.CORS_ORIGINS,
    TRUST_PROXY: env.TRUST_PROXY,
    LIVE_STREAM_KEEPALIVE_MS: env.LIVE_STREAM_KEEPALIVE_MS,
    PUBLIC_URL: env.PUBLIC_URL,
  });
}
