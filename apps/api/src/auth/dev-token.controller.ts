import { Body, Controller, Inject } from '@nestjs/common';
import { ROLES, Route, endpoint, valid } from '@quickclaim/http';
import { z } from 'zod';
import { DevToken } from '../openapi/responses';
import { DevelopmentTokenService } from './dev-token.service';
import { TOKEN_SERVICE } from './token.service';

const DevTokenRequest = z
  .strictObject({
    sub: z.string().trim().min(1).max(128),
    role: z.enum(ROLES),
    district: z.string().trim().min(1).max(64).optional(),
    insurer: z.string().trim().min(1).max(64).optional(),
    phone: z.string().trim().min(3).max(32).optional(),
    organisation: z.string().trim().min(1).max(128).optional(),
  })
  .refine((claims) => claims.role !== 'officer' || claims.district, {
    message: 'an officer needs a district',
    path: ['district'],
  })
  .refine((claims) => claims.role !== 'adjuster' || claims.insurer, {
    message: 'an adjuster needs an insurer',
    path: ['insurer'],
  })
  .refine((claims) => claims.role !== 'assistant' || claims.organisation, {
    message: 'an assistant needs an organisation',
    path: ['organisation'],
  })
  .refine((claims) => claims.role !== 'assistant' || claims.district, {
    message: 'an assistant needs a district (their area)',
    path: ['district'],
  });

export const DEV_TOKEN = endpoint({
  method: 'POST',
  path: '/auth/dev-token',
  tag: 'auth',
  summary: 'Issue a development token for any role (embedded default only)',
  policy: { roles: 'public', body: 'json' },
  body: DevTokenRequest,
  response: { status: 201, json: DevToken },
});

/** Only registered when the server runs with development auth (the embedded default). */
@Controller()
export class DevTokenController {
  constructor(@Inject(TOKEN_SERVICE) private readonly tokens: DevelopmentTokenService) {}

  @Route(DEV_TOKEN)
  async issue(@Body(valid(DevTokenRequest)) claims: z.infer<typeof DevTokenRequest>): Promise<{ token: string }> {
    return { token: await this.tokens.issue(claims) };
  }
}
