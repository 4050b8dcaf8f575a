/**
 * Fuzzing from the contract: starts the embedded server on a random loopback port with a fresh
 * data folder, seeds one whole story (a case with photos, a police decision, claims and payouts)
 * so that generated requests reach real objects, then runs schemathesis against `/docs-json` once
 * per role with that role's token. Every run must find no 5xx and only answers that match the
 * documented status codes, content types, headers and schemas. Bounded: FUZZ_MAX_EXAMPLES per
 * operation (default 25) and FUZZ_TIMEOUT_SECONDS per role (default 300, a hang fails the run);
 * FUZZ_ROLES narrows the roles, FUZZ_SEED changes the generated data.
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config';
import { eventually as within } from '../../libs/testing/src/eventually';
import { EVERY_CONDITION_HOLDS } from '../../libs/testing/src/report-requests';
import { sceneJpeg } from '../../libs/testing/src/test-images';

/** The server's background work (claims, payouts) within 10 s. */
const eventually = <T>(check: () => Promise<T>): Promise<T> => within(check, 10_000);

const MAX_EXAMPLES = Number(process.env.FUZZ_MAX_EXAMPLES ?? '25');
const TIMEOUT_SECONDS = Number(process.env.FUZZ_TIMEOUT_SECONDS ?? '300');
const SEED = process.env.FUZZ_SEED ?? '20261122';
const ROLES = ['driver', 'officer', 'adjuster', 'auditor', 'admin', 'mediator'] as const;
/** FUZZ_ROLES=driver,officer runs only those (all six by default). */
const ROLES_TO_RUN = ROLES.filter((role) => (process.env.FUZZ_ROLES ?? ROLES.join(',')).split(',').includes(role));
const ROOT = resolve(__dirname, '../../..');
/** The CI summary's recorder is plain JavaScript beside .ci/run, not part of the build. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { recordResults } = require(join(ROOT, 'scripts/ci/results.js')) as {
  recordResults(source: string, counts: { passed: number; failed: number; skipped: number }): void;
};

/** What schemathesis checks on every answer. */
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
  'negative_data_rejection',
  'ignored_auth',
];

interface Seeded {
  caseIds: string[];
  photoIds: string[];
  claimIds: string[];
  payoutIds: string[];
}

async function main(): Promise<void> {
  const schemathesis = execFileSync('bash', [join(ROOT, 'scripts/fuzz/install-schemathesis.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  const dataDir = mkdtempSync(join(tmpdir(), 'qc-fuzz-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    DEADLINE_SWEEP_MS: '0',
    SIMULATED_PAYOUT_DELAY_MS: '20',
    STRAIGHT_THROUGH_LIMIT_FEN: '0',
    // The limits are tested by the security suite; here they would only stop the fuzzer early.
    RATE_LIMITS: 'off',
  });
  const app = await createApp(config, {}, { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  const failures: string[] = [];
  const totals = { passed: 0, failed: 0, skipped: 0 };
  try {
    const tokens = await mintTokens(baseUrl);
    const seeded = await seed(baseUrl, tokens);
    console.log(
      `seeded ${seeded.caseIds.length} cases, ${seeded.photoIds.length} photos, ${seeded.claimIds.length} claims, ` +
        `${seeded.payoutIds.length} payouts; fuzzing ${baseUrl}/docs-json with ${MAX_EXAMPLES} examples an operation`,
    );
    const configFile = join(dataDir, 'schemathesis.toml');
    writeFileSync(configFile, schemathesisConfig(seeded));
    for (const role of ROLES_TO_RUN) {
      const token = tokens[role];
      console.log(`\n=== schemathesis as ${role} ===`);
      const code = await run(
        schemathesis,
        [
          '--config-file',
          configFile,
          'run',
          `${baseUrl}/docs-json`,
          '--header',
          `Authorization: Bearer ${token}`,
          '--checks',
          CHECKS.join(','),
          '--max-examples',
          String(MAX_EXAMPLES),
          '--seed',
          SEED,
          '--workers',
          '1',
          '--phases',
          'examples,coverage,fuzzing',
          '--suppress-health-check',
          'all',
          '--request-timeout',
          '10',
          // Live feeds never end, so every generated request would time out; the access matrix and
          // the live e2e suite cover them.
          '--exclude-path-regex',
          '/stream$',
          '--report',
          'junit',
          '--report-junit-path',
          junitPath(dataDir, role),
        ],
        dataDir,
      );
      if (code !== 0) failures.push(`${role}: schemathesis exited with ${code}`);
      const counts = junitCounts(junitPath(dataDir, role));
      console.log(
        `schemathesis as ${role}: ${counts.passed} operations passed, ${counts.failed} failed, ${counts.skipped} skipped`,
      );
      totals.passed += counts.passed;
      totals.failed += counts.failed;
      totals.skipped += counts.skipped;
    }
    recordResults('schemathesis', totals);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`\nfuzzing found problems:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\nfuzzing: every role passed every check');
}

function junitPath(dataDir: string, role: string): string {
  return join(dataDir, `schemathesis-${role}.junit.xml`);
}

/**
 * One JUnit test case per operation and role: failed when any check failed on it or it errored,
 * skipped when schemathesis could not test it. A missing report (schemathesis died) is one failure.
 */
function junitCounts(path: string): { passed: number; failed: number; skipped: number } {
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const cases = xml.match(/<testcase\b[^>]*?(\/>|>[\s\S]*?<\/testcase>)/g) ?? [];
  let failed = 0;
  let skipped = 0;
  for (const testCase of cases) {
    if (/<(failure|error)\b/.test(testCase)) failed += 1;
    else if (/<skipped\b/.test(testCase)) skipped += 1;
  }
  return { passed: cases.length - failed - skipped, failed, skipped };
}

/** Runs in `cwd` (the throw-away data folder), where schemathesis keeps its cache of examples. */
function run(command: string, args: string[], cwd: string): Promise<number> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', env: { ...process.env, NO_COLOR: '1' } });
    const timer = setTimeout(() => {
      console.error(`schemathesis ran longer than ${TIMEOUT_SECONDS} s: stopping it`);
      child.kill('SIGTERM');
    }, TIMEOUT_SECONDS * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolvePromise(code ?? (signal ? 128 : 1));
    });
  });
}

function schemathesisConfig(seeded: Seeded): string {
  const values = (list: string[]) => `[${list.map((value) => JSON.stringify(value)).join(', ')}]`;
  return [
    '# Generated by scripts/fuzz/fuzz.ts: real ids of the seeded story, drawn most of the time.',
    '[dictionaries.caseIds]',
    `values = ${values(seeded.caseIds)}`,
    '[dictionaries.photoIds]',
    `values = ${values(seeded.photoIds)}`,
    '[dictionaries.claimIds]',
    `values = ${values(seeded.claimIds)}`,
    '[dictionaries.payoutIds]',
    `values = ${values(seeded.payoutIds)}`,
    '[parameters]',
    '"path.caseId" = { dictionary = "caseIds", probability = 0.8 }',
    '"path.photoId" = { dictionary = "photoIds", probability = 0.8 }',
    '"path.claimId" = { dictionary = "claimIds", probability = 0.8 }',
    '"path.payoutId" = { dictionary = "payoutIds", probability = 0.8 }',
    '',
  ].join('\n');
}

type Tokens = Record<(typeof ROLES)[number], string>;

type SeedTokens = Tokens & { otherDriver: string; otherAdjuster: string };

async function mintTokens(baseUrl: string): Promise<SeedTokens> {
  const mint = async (claims: Record<string, string>) =>
    (await call<{ token: string }>(baseUrl, 'POST', '/auth/dev-token', undefined, claims)).token;
  return {
    driver: await mint({ sub: 'fuzz-driver-a', role: 'driver', phone: '13800000001' }),
    officer: await mint({ sub: 'fuzz-officer', role: 'officer', district: 'yuzhong' }),
    adjuster: await mint({ sub: 'fuzz-adjuster', role: 'adjuster', insurer: 'PICC' }),
    auditor: await mint({ sub: 'fuzz-auditor', role: 'auditor' }),
    admin: await mint({ sub: 'fuzz-admin', role: 'admin' }),
    mediator: await mint({ sub: 'fuzz-mediator', role: 'mediator', committee: 'yuzhong-insurance-mediation' }),
    otherDriver: await mint({ sub: 'fuzz-driver-b', role: 'driver', phone: '13800000002' }),
    otherAdjuster: await mint({ sub: 'fuzz-adjuster-cpic', role: 'adjuster', insurer: 'CPIC' }),
  };
}

/** One case through to payouts, and a second case still waiting for the police. */
async function seed(baseUrl: string, tokens: SeedTokens): Promise<Seeded> {
  const { driver, otherDriver, officer, adjuster, otherAdjuster } = tokens;
  const seeded: Seeded = { caseIds: [], photoIds: [], claimIds: [], payoutIds: [] };
  for (const story of ['settled', 'on the desk'] as const) {
    const { caseId, joinCode } = await call<{ caseId: string; joinCode: string }>(
      baseUrl,
      'POST',
      '/cases',
      driver,
      report(),
    );
    seeded.caseIds.push(caseId);
    await call(baseUrl, 'POST', `/cases/${caseId}/join`, otherDriver, { joinCode, party: partyB() });
    for (const [index, kind] of ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT'].entries()) {
      const form = new FormData();
      form.append('kind', kind);
      const bytes = await sceneJpeg(index + (story === 'settled' ? 1 : 11), {}, { width: 320, height: 240 });
      form.append('file', new Blob([new Uint8Array(bytes)]), 'photo.jpg');
      const photo = await call<{ photoId: string }>(baseUrl, 'POST', `/cases/${caseId}/photos`, driver, form);
      seeded.photoIds.push(photo.photoId);
    }
    await call(baseUrl, 'POST', `/cases/${caseId}/circumstances`, otherDriver, { situations: ['S01'] });
    await call(baseUrl, 'POST', `/cases/${caseId}/police-review`, driver);
    if (story !== 'settled') continue;
    await call(baseUrl, 'POST', `/cases/${caseId}/assignment`, officer);
    await call(baseUrl, 'POST', `/cases/${caseId}/liability/decision`, officer, {
      allocation: { A: 'NONE', B: 'FULL' },
      situations: ['S01'],
      reasoning: 'B ran into A from behind',
    });
    await call(baseUrl, 'POST', `/cases/${caseId}/liability/accept`, driver);
    await call(baseUrl, 'POST', `/cases/${caseId}/liability/accept`, otherDriver);
    const view = await eventually(async () => {
      const current = await call<{ claims: { claimId: string; party: string }[] }>(
        baseUrl,
        'GET',
        `/cases/${caseId}`,
        driver,
      );
      if (current.claims.length < 2) throw new Error('claims not opened yet');
      return current;
    });
    seeded.claimIds.push(...view.claims.map((claim) => claim.claimId));
    const claimOfA = view.claims.find((claim) => claim.party === 'A')!.claimId;
    const claimOfB = view.claims.find((claim) => claim.party === 'B')!.claimId;
    // Settlement waits for every claim of the case: both are assessed and accepted.
    for (const [claimId, assessor, claimant] of [
      [claimOfA, adjuster, driver],
      [claimOfB, otherAdjuster, otherDriver],
    ] as const) {
      await call(baseUrl, 'POST', `/claims/${claimId}/assessment`, assessor, {
        lineItems: [{ description: 'rear bumper', amountFen: 300_000 }],
      });
      await call(baseUrl, 'POST', `/claims/${claimId}/assessment/accept`, claimant);
    }
    const settled = await eventually(async () => {
      const claim = await call<{ status: string }>(baseUrl, 'GET', `/claims/${claimOfA}`, adjuster);
      if (claim.status !== 'ACCEPTED' && claim.status !== 'APPROVED') throw new Error(`claim is ${claim.status}`);
      return claim;
    });
    if (settled.status === 'ACCEPTED') {
      await eventually(() => call(baseUrl, 'POST', `/claims/${claimOfA}/approval`, adjuster));
    }
    const claim = await eventually(async () => {
      const current = await call<{ payouts: { payoutId: string }[] }>(baseUrl, 'GET', `/claims/${claimOfA}`, driver);
      if (current.payouts.length === 0) throw new Error('no payout requested yet');
      return current;
    });
    seeded.payoutIds.push(...claim.payouts.map((payout) => payout.payoutId));
  }
  return seeded;
}

async function call<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
    },
    ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

function party(overrides: Record<string, unknown> = {}) {
  return {
    driverName: '张三',
    phone: '13800000001',
    licenceNo: '110101199001011234',
    plate: '渝A12345',
    insurer: 'PICC',
    policyNumber: 'PICC-2026-0001',
    coverage: { thirdPartyLimitFen: 100_000_000, ownDamage: true },
    ...overrides,
  };
}

function partyB() {
  return party({
    driverName: '李四',
    phone: '13800000002',
    licenceNo: '500101199202021234',
    plate: '渝B67890',
    insurer: 'CPIC',
    policyNumber: 'CPIC-2026-0002',
  });
}

function report() {
  return {
    occurredAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    location: { lat: 29.563, lng: 106.551, address: '重庆市渝中区解放碑', district: 'yuzhong' },
    eligibility: EVERY_CONDITION_HOLDS,
    party: party(),
  };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
