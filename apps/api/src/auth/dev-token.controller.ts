import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { parseInput, schema } from '../http/validation';
import { DevelopmentTokenService } from './dev-token.service';
import { TOKEN_SERVICE } from './token.service';
import { ROLES } from './principal';

const DevTokenRequest = z
  .strictObject({
    sub: z.string().trim().min(1).max(128),
    role: z.enum(ROLES),
    district: z.string().trim().min(1).max(64).optional(),
    insurer: z.string().trim().min(1).max(64).optional(),
    phone: z.string().trim().min(3).max(32).optional(),
  })
  .refine((claims) => claims.role !== 'officer' || claims.district, {
    message: 'an officer needs a district',
    path: ['district'],
  })
  .refine((claims) => claims.role !== 'adjuster' || claims.insurer, {
    message: 'an adjuster needs an insurer',
    path: ['insurer'],
  });

/** Only registered when the server runs with development auth (the embedded default). */
@ApiTags('auth')
@Controller('auth')
export class DevTokenController {
  constructor(@Inject(TOKEN_SERVICE) private readonly tokens: DevelopmentTokenService) {}

  @Post('dev-token')
  @HttpCode(201)
  @ApiOperation({ summary: 'Issue a development token for any role (embedded default only)' })
  @ApiBody(schema(DevTokenRequest))
  async issue(@Body() body: unknown): Promise<{ token: string }> {
    const claims = parseInput(DevTokenRequest, body);
    return { token: await this.tokens.issue(claims) };
  }
}
