import type { Request, Response } from 'express';
import { requestIdMiddleware, requestIdOf } from './request-id';

/** The id the logs carry is the one commands record as their correlation and causation. */
describe('request ids', () => {
  function served(header?: string): { request: Request; answered: Record<string, string> } {
    const answered: Record<string, string> = {};
    const request = { header: (name: string) => (name === 'x-request-id' ? header : undefined) } as Request;
    const response = { setHeader: (name: string, value: string) => (answered[name] = value) } as unknown as Response;
    requestIdMiddleware(request, response, () => undefined);
    return { request, answered };
  }

  it('keeps a sane id the caller sent, and reads back the same one', () => {
    const { request, answered } = served('trace-42');
    expect(answered['X-Request-Id']).toBe('trace-42');
    expect(requestIdOf(request)).toBe('trace-42');
  });

  it('replaces an unsafe one with its own, and reads back that one every time', () => {
    const { request, answered } = served('no spaces allowed');
    expect(answered['X-Request-Id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf(request)).toBe(answered['X-Request-Id']);
    expect(requestIdOf(request)).toBe(requestIdOf(request));
  });
});
