/**
 * The floor of `bench:requests`: the least a NestJS 11 server can do for the same three requests,
 * on Express (FLOOR_PLATFORM=express, Nest's default) or on Fastify (FLOOR_PLATFORM=fastify,
 * @nestjs/platform-fastify 11). It parses the same JSON body with the platform's own parser and
 * makes one durable SQLite write per report (better-sqlite3, WAL, synchronous=FULL: the commit
 * returns once the WAL is synced), and answers a trivial GET. No validation, no authorisation,
 * no log line, no metrics, no idempotency, no hash chain, no projection: everything the real API
 * does beyond this is what the ratios measure.
 *
 * Started by scripts/bench/requests.bench.ts as a child process (like the API, from dist/); it
 * listens on PORT (0 for any) and says so as the API does.
 */
import 'reflect-metadata';
import { Body, Controller, Get, HttpCode, Module, NotFoundException, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const platform = process.env.FLOOR_PLATFORM === 'fastify' ? 'fastify' : 'express';

const db = new Database(join(process.env.DATA_DIR ?? '.', 'floor.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE IF NOT EXISTS reports (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
const insert = db.prepare<[string, string]>('INSERT INTO reports (id, body) VALUES (?, ?)');
const select = db.prepare<[string], { body: string }>('SELECT body FROM reports WHERE id = ?');

@Controller()
class FloorController {
  @Get('health')
  health(): { status: string } {
    return { status: 'ok' };
  }

  @Post('cases')
  @HttpCode(201)
  report(@Body() body: unknown): { caseId: string } {
    const caseId = randomUUID();
    insert.run(caseId, JSON.stringify(body));
    return { caseId };
  }

  @Get('cases/:caseId')
  read(@Param('caseId') caseId: string): { caseId: string; report: unknown } {
    const row = select.get(caseId);
    if (!row) throw new NotFoundException();
    return { caseId, report: JSON.parse(row.body) as unknown };
  }
}

@Module({ controllers: [FloorController] })
class FloorModule {}

async function main(): Promise<void> {
  const app =
    platform === 'fastify'
      ? await NestFactory.create(FloorModule, new FastifyAdapter(), { logger: false })
      : await NestFactory.create(FloorModule, { logger: false });
  app.enableShutdownHooks();
  await app.listen(Number(process.env.PORT ?? '0'), '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  process.stdout.write(`floor app (${platform}) listening on http://localhost:${port}\n`);
}

void main();
