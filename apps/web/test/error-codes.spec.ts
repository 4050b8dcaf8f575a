import { CASE_ERROR_CODES } from '@quickclaim/accident-case';
import { CLAIM_ERROR_CODES } from '@quickclaim/claims';
import { MEDIATION_ERROR_CODES } from '@quickclaim/mediation';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en, zh, type MessageKey } from '../src/i18n-messages';
import { API_ERROR_CODES } from '../src/lib/error-codes';

interface Operation {
  responses?: Record<string, { description?: string; 'x-codes'?: string[] }>;
}

/** The problem codes the OpenAPI document names: each problem's `x-codes`, and those its description lists. */
function documentedCodes(): Set<string> {
  const document = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, Operation>>;
  };
  const codes = new Set<string>();
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (Number(status) < 400) continue;
        for (const code of response['x-codes'] ?? []) codes.add(code);
        for (const [code] of (response.description ?? '').matchAll(
          /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z]{6,}\b/g,
        )) {
          codes.add(code);
        }
      }
    }
  }
  return codes;
}

const hasMessages = (code: string) => {
  const key = `error.${code}` as MessageKey;
  return key in zh && Boolean(zh[key]) && Boolean(en[key]);
};

describe('every problem code the API documents has a message in the consoles, in Chinese and English', () => {
  it('the codes of the OpenAPI document (x-codes and the problem descriptions)', () => {
    const codes = [...documentedCodes()];
    // The document names at least the codes of reporting and joining, and those of any request.
    expect(codes).toEqual(expect.arrayContaining(['INVALID_PLATE', 'CASE_FULL', 'UNAUTHENTICATED', 'RATE_LIMITED']));
    expect(codes.filter((code) => !(API_ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
    expect(codes.filter((code) => !hasMessages(code))).toEqual([]);
  });

  it('the closed unions of the case, claim and mediation deciders', () => {
    const codes = [...CASE_ERROR_CODES, ...CLAIM_ERROR_CODES, ...MEDIATION_ERROR_CODES];
    expect(codes.filter((code) => !(API_ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
    expect(codes.filter((code) => !hasMessages(code))).toEqual([]);
  });
});
