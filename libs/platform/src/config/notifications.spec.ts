import { notificationsConfig } from './notifications';

describe('the notifications configuration piece', () => {
  it('simulates SMS by default, with links to the embedded consoles', () => {
    expect(notificationsConfig({})).toEqual({
      smsGateway: 'simulated',
      smsGatewayTimeoutMs: 5000,
      smsGatewayAttempts: 4,
      smsLinkBaseUrl: 'http://localhost:3000',
    });
  });

  it('reads an HTTP gateway with its token, timeout, tries and the public address of the links', () => {
    expect(
      notificationsConfig({
        SMS_GATEWAY: 'http',
        SMS_GATEWAY_URL: 'https://sms.example.cn/v1/messages',
        SMS_GATEWAY_TOKEN: 't0ken',
        SMS_GATEWAY_TIMEOUT_MS: '3000',
        SMS_GATEWAY_ATTEMPTS: '6',
        SMS_LINK_BASE_URL: 'https://kuaichu.example.cn/',
      }),
    ).toEqual({
      smsGateway: 'http',
      smsGatewayUrl: 'https://sms.example.cn/v1/messages',
      smsGatewayToken: 't0ken',
      smsGatewayTimeoutMs: 3000,
      smsGatewayAttempts: 6,
      smsLinkBaseUrl: 'https://kuaichu.example.cn',
    });
  });

  it.each([
    [{ SMS_GATEWAY: 'carrier-pigeon' }, 'SMS_GATEWAY must be one of simulated, http, got "carrier-pigeon"'],
    [{ SMS_GATEWAY: 'http' }, 'SMS_GATEWAY_URL is required with SMS_GATEWAY=http'],
    [{ SMS_GATEWAY: 'http', SMS_GATEWAY_URL: 'ftp://sms' }, 'SMS_GATEWAY_URL must be an http(s) URL, got "ftp://sms"'],
    [{ SMS_GATEWAY_ATTEMPTS: '0' }, 'SMS_GATEWAY_ATTEMPTS must be a whole number of at least 1, got "0"'],
    [{ SMS_LINK_BASE_URL: 'kuaichu' }, 'SMS_LINK_BASE_URL must be an http(s) URL, got "kuaichu"'],
  ])('refuses %p', (env, message) => {
    expect(() => notificationsConfig(env)).toThrow(message);
  });
});
