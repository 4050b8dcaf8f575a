import { NOTIFICATION_GATEWAY, RandomIdGenerator, type Clock } from '@quickclaim/platform';
import type { RecordingSmsGateway } from '@quickclaim/platform/memory';
import { eventually, missingPhrases, readPdf, scanQrCode, sceneJpeg } from '@quickclaim/testing';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type TestServer } from '../../api/test/harness';
import { DESKTOP, launchChromium, openPage, PHONE, SCREENSHOTS, screenshot } from './browser';

const SCENE = { lat: 29.563, lng: 106.551 };
const WEB_DIR = join(__dirname, '..', '..', '..', 'dist', 'web');

/** A phone that lets the page read its position: at the scene, within `accuracy` metres. */
const phoneAtTheScene = (accuracy: number) => ({
  ...PHONE,
  geolocation: { latitude: SCENE.lat, longitude: SCENE.lng, accuracy },
  permissions: ['geolocation'],
});

/** Real time, which the story can move on (a desk running late) without waiting for it. */
class StoryClock implements Clock {
  aheadMs = 0;
  now(): Date {
    return new Date(Date.now() + this.aheadMs);
  }
}

/** EXIF as a phone writes it: local wall time in Chongqing (+08:00) and the GPS where it was taken. */
function exifNow(gps = SCENE): { dateTimeOriginal: string; offset: string; gps: { lat: number; lng: number } } {
  const local = new Date(Date.now() + 8 * 3_600_000).toISOString();
  return {
    dateTimeOriginal: `${local.slice(0, 10).replace(/-/g, ':')} ${local.slice(11, 19)}`,
    offset: '+08:00',
    gps,
  };
}

async function signInAs(page: Page, baseUrl: string, preset: string): Promise<void> {
  await page.goto(`${baseUrl}/#/signin`);
  await page.getByRole('button', { name: preset, exact: true }).click();
  await page.waitForURL((url) => !url.hash.startsWith('#/signin'));
  await page.locator('.identity').waitFor({ state: 'attached' });
}

/** Any identity from the development sign-in form (a second officer of the district). */
async function signInWith(page: Page, baseUrl: string, identity: { role: string; sub: string; district: string }) {
  await page.goto(`${baseUrl}/#/signin`);
  await page.selectOption('select[name=role]', identity.role);
  await page.fill('input[name=sub]', identity.sub);
  await page.selectOption('select[name=district]', identity.district);
  await page.locator('form:has(select[name=role]) button[type=submit]').click();
  await page.waitForURL((url) => !url.hash.startsWith('#/signin'));
  await page.locator('.identity').waitFor({ state: 'attached' });
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出' }).click();
  await page.waitForURL((url) => url.hash.startsWith('#/signin'));
  await page.locator('.presets').waitFor();
}

async function fillParty(
  page: Page,
  party: { plate: string; driverName: string; licenceNo: string; insurer: string; policyNumber: string },
): Promise<void> {
  await page.fill('input[name=plate]', party.plate);
  await page.fill('input[name=driverName]', party.driverName);
  await page.fill('input[name=licenceNo]', party.licenceNo);
  await page.selectOption('select[name=insurer]', party.insurer);
  await page.fill('input[name=policyNumber]', party.policyNumber);
}

/** Reports from A's phone: all of the checklist true, the position from the phone or by hand. */
async function report(
  page: Page,
  plate: string,
  insurer: string,
): Promise<{ caseId: string; joinCode: string; fix: string }> {
  await page.getByRole('link', { name: '我要报案' }).click();
  for (const condition of await page.locator('li[data-condition]').all()) {
    await condition.locator('label', { hasText: '是' }).click();
  }
  await page.getByRole('button', { name: '符合，继续报案' }).click();
  await page.locator('[data-fix=located], [data-fix=failed]').waitFor({ state: 'attached' });
  const fix = (await page.locator('[data-fix]').getAttribute('data-fix'))!;
  if (fix === 'failed') await page.getByText(/无法获取位置.*请手动填写地址并选择辖区/).waitFor();
  await page.fill('input[name=address]', '重庆市渝中区较场口');
  await page.selectOption('select[name=district]', 'yuzhong');
  await fillParty(page, {
    plate,
    driverName: '王五',
    licenceNo: '500101198805053456',
    insurer,
    policyNumber: `${insurer}-2026-${plate.slice(-4)}`,
  });
  await page.getByRole('button', { name: '提交报案' }).click();
  const code = page.locator('.join-code');
  await code.waitFor();
  return {
    caseId: /#\/driver\/cases\/([0-9a-f-]+)/.exec(page.url())![1]!,
    joinCode: (await code.getAttribute('data-join-code'))!,
    fix,
  };
}

async function upload(page: Page, kind: string, seed: number, withExif = true, takenAt = SCENE): Promise<void> {
  await page.setInputFiles(`input[name=photo-${kind}]`, {
    name: `${kind.toLowerCase()}.jpg`,
    mimeType: 'image/jpeg',
    buffer: await sceneJpeg(seed, withExif ? exifNow(takenAt) : {}),
  });
  await page.locator(`.shot[data-kind=${kind}] .thumb:not(.uploading) img`).first().waitFor();
}

/** B types the code on A's screen and A's plate, gives their details, and lands on the case as party B. */
async function joinByCode(
  page: Page,
  baseUrl: string,
  asked: { caseId: string; joinCode: string; plateOfA: string },
  party: Parameters<typeof fillParty>[1],
): Promise<void> {
  await page.goto(`${baseUrl}/#/join`);
  await page.fill('input[name=joinCode]', asked.joinCode);
  await page.fill('input[name=plateOfA]', asked.plateOfA);
  await joinAsB(page, asked.caseId, party);
}

async function joinAsB(page: Page, caseId: string, party: Parameters<typeof fillParty>[1]): Promise<void> {
  await fillParty(page, party);
  await page.getByRole('button', { name: '加入并成为 B 方' }).click();
  await page.waitForURL(`**/#/driver/cases/${caseId}`);
}

/** Opens the claim of this plate from one of the adjuster's lists, which the server keeps live. */
async function openClaim(insurer: Page, bucket: 'toAssess' | 'toApprove', plate: string): Promise<void> {
  await insurer.goto(`${new URL(insurer.url()).origin}/#/insurer`);
  await insurer.locator('.live.on').waitFor();
  const claimLink = insurer.locator(`[data-bucket=${bucket}] a`, { hasText: plate });
  await claimLink.waitFor({ timeout: 15_000 });
  await claimLink.click();
}

/**
 * The adjuster of `preset` fills in the assessment of the claim on `plate`, line by line in yuan,
 * and sees the running total; the answer submits it (so a screenshot can come first).
 */
async function assess(
  insurer: Page,
  baseUrl: string,
  claim: { preset: string; plate: string },
  lines: [string, string][],
  totalText: string,
): Promise<() => Promise<void>> {
  await signInAs(insurer, baseUrl, claim.preset);
  await openClaim(insurer, 'toAssess', claim.plate);
  for (const [index, [description, amount]] of lines.entries()) {
    if (index > 0) await insurer.getByRole('button', { name: /添加项目/ }).click();
    await insurer.fill(`input[name=line-${index}-description]`, description);
    await insurer.fill(`input[name=line-${index}-amount]`, amount);
  }
  expect(await insurer.locator('.running-total').textContent()).toBe(totalText);
  await insurer.locator('.gallery img').first().waitFor();
  return async () => {
    await insurer.getByRole('button', { name: /提交定损/ }).click();
    await insurer.locator('[data-claim-status=ASSESSED]').waitFor();
    await signOut(insurer);
  };
}

describe('the whole story in four browsers: report, join, police, decision, claims, payouts', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const clock = new StoryClock();
  /** The case agreed in the second story: the fourth one sends one of its photos again. */
  let agreedCaseId = '';

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qc-web-story-'));
    server = await startServer({
      dataDir,
      env: { WEB_DIR, SIMULATED_PAYOUT_DELAY_MS: '300' },
      // Real time: the browsers count down to deadlines with their own clocks.
      overrides: { clock, ids: new RandomIdGenerator() },
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function context(options: Parameters<Browser['newContext']>[0]): Promise<Page> {
    const created = await browser.newContext(options);
    contexts.push(created);
    return openPage(created, errors);
  }

  it('plays from the phones to the desk, the insurers, the payouts and the audit', async () => {
    const { baseUrl } = server;
    const driverA = await context(phoneAtTheScene(12));
    const driverB = await context(PHONE);
    const desk = await context(DESKTOP);
    const insurer = await context(DESKTOP);

    // The officer's queue is open and live before anything happens.
    await signInAs(desk, baseUrl, '渝中交警');
    await desk.getByText('当前没有待处理的案件。').waitFor();
    await desk.locator('.live.on').waitFor();

    // Driver A: the checklist explains a refusal, then the report with the phone's position.
    await signInAs(driverA, baseUrl, '司机 A');
    await driverA.getByRole('link', { name: '我要报案' }).click();
    await driverA.locator('li[data-condition=vehiclesMovable] label', { hasText: '否' }).click();
    await driverA.getByRole('alert').getByText('请确保安全，立即拨打 122').waitFor();
    expect(await driverA.locator('a[href="tel:122"]').count()).toBe(1);
    await screenshot(driverA, 'driver-1-checklist-refused', true);
    for (const condition of await driverA.locator('li[data-condition]').all()) {
      await condition.locator('label', { hasText: '是' }).click();
    }
    await driverA.getByRole('button', { name: '符合，继续报案' }).click();
    await driverA.locator('[data-fix=located]').waitFor();
    expect(await driverA.inputValue('select[name=district]')).toBe('yuzhong');
    await driverA.fill('input[name=address]', '重庆市渝中区解放碑民族路口');
    await fillParty(driverA, {
      plate: '渝A12345',
      driverName: '张三',
      licenceNo: '500101199001011234',
      insurer: 'PICC',
      policyNumber: 'PICC-2026-0001',
    });
    expect(await driverA.inputValue('input[name=phone]')).toBe('13800000001');
    await screenshot(driverA, 'driver-2-report', true);
    await driverA.selectOption('select[name=weather]', 'rain');
    await driverA.fill('textarea[name=description]', '我在民族路口等红灯，B 车从后方追尾。');
    await driverA.getByRole('button', { name: '提交报案' }).click();

    // A's case: the code and the QR code of the join link, then the three guided photos.
    const joinCodeText = driverA.locator('.join-code');
    await joinCodeText.waitFor();
    const joinCode = (await joinCodeText.getAttribute('data-join-code'))!;
    const caseId = /#\/driver\/cases\/([0-9a-f-]+)/.exec(driverA.url())![1]!;
    expect(await driverA.locator('svg.qr').getAttribute('data-text')).toBe(`${baseUrl}/#/join/${caseId}/${joinCode}`);
    await screenshot(driverA, 'driver-3-invite');
    for (const [index, kind] of ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT'].entries()) {
      await upload(driverA, kind, 41 + index);
    }
    await driverA.locator('[data-missing=""]').waitFor();
    expect(await driverA.locator('.shots .flag').count()).toBe(0);
    await driverA.locator('.shots').scrollIntoViewIfNeeded();
    await screenshot(driverA, 'driver-4-photos');

    // Driver B types the code and A's plate, declares a rear-end, and asks for the police.
    await signInAs(driverB, baseUrl, '司机 B');
    await joinByCode(
      driverB,
      baseUrl,
      { caseId, joinCode, plateOfA: '渝A12345' },
      {
        plate: '渝B67890',
        driverName: '李四',
        licenceNo: '500101199202022345',
        insurer: 'CPIC',
        policyNumber: 'CPIC-2026-0002',
      },
    );
    await driverB.locator('.picker input[value=S01]').check();
    await driverB.getByRole('button', { name: '保存情形' }).click();
    await driverB.getByText('✓ 已保存').waitFor();
    await driverB.evaluate("document.querySelector('.picker').closest('.card').scrollIntoView()");
    await screenshot(driverB, 'driver-5-situations');
    await driverB.getByRole('button', { name: /申请交警定责/ }).click();
    await driverB.locator('.police-wait .countdown').waitFor();
    // What happens next, as the API tells the driver: an officer decides by the deadline.
    await driverB.locator('[data-next-step=WAIT_FOR_OFFICER]').getByText('辖区交警将在').waitFor();

    // The desk: the case arrives by itself (server-sent events), with its countdown.
    const item = desk.locator(`.queue-item[data-case="${caseId}"]`);
    await item.waitFor({ timeout: 10_000 });
    expect(await item.locator('.countdown').getAttribute('data-overdue')).toBe('false');
    expect(await item.textContent()).toContain('S01');
    await desk.locator('.queue-item img.mini').nth(2).waitFor();
    await screenshot(desk, 'desk-1-queue');
    await item.locator('a').click();
    await desk.getByRole('button', { name: '接手处理' }).click();
    await desk.getByText('✓ 由您处理').waitFor();
    expect(await desk.locator('.allocations input:checked').getAttribute('value')).toBe('NONE/FULL');
    // The reporter's account, where each photo was taken against the report, and why the suggestion.
    expect(await desk.locator('.account [data-weather]').textContent()).toBe('雨');
    await desk.locator('.account').getByText('“我在民族路口等红灯，B 车从后方追尾。”').waitFor();
    expect(await desk.locator('.photo-facts[data-distance]').count()).toBe(3);
    expect(await desk.locator('.photo-facts').first().textContent()).toMatch(/距报案地点 \d+ 米/);
    expect(await desk.locator('.suggestion').getAttribute('data-rule')).toBe('ONLY_B_MATCHES');
    expect(await desk.locator('.suggestion [data-matched=B]').textContent()).toContain('S01 同车道行驶中追尾前车');
    // The situations found are chips, B's declared S01 already on.
    expect(await desk.locator('.chips input:checked').count()).toBe(1);
    expect(await desk.locator('.chips input:checked').getAttribute('value')).toBe('S01');
    await desk.locator('.chips label', { hasText: 'S05' }).click();
    await desk.locator('.chips label.on', { hasText: 'S05' }).waitFor();
    await desk.locator('.chips label', { hasText: 'S05' }).click();
    expect(await desk.locator('.chips input:checked').count()).toBe(1);
    await desk.fill('textarea[name=reasoning]', 'B 车同车道追尾 A 车，B 负全部责任。');
    await desk.locator('.gallery img').nth(2).waitFor();
    await desk.evaluate('window.scrollTo(0, 0)');
    await screenshot(desk, 'desk-2-review', true);
    await desk.locator('.gallery .photo-button').first().click();
    await desk.getByRole('button', { name: '放大' }).click();
    await desk.locator('.viewer-stage img').waitFor();
    expect(await desk.locator('.zoom-level').textContent()).toBe('150%');
    await screenshot(desk, 'desk-3-photo-zoomed');
    await desk.getByRole('button', { name: '关闭' }).click();
    await desk.getByRole('button', { name: '签发认定' }).click();
    await desk.getByText('已认定，等待双方确认。').waitFor();

    // Both drivers see the decision arrive and accept it.
    await driverB.locator('.decision').waitFor();
    await driverB.locator('.decision').scrollIntoViewIfNeeded();
    await screenshot(driverB, 'driver-6-decision');
    for (const driver of [driverA, driverB]) {
      await driver.locator('.decision').getByRole('button', { name: '同意认定' }).click();
      await driver.getByText('✓ 您已同意').or(driver.locator('.own-claim')).first().waitFor();
    }
    await driverA.locator('.own-claim').waitFor({ timeout: 15_000 });

    // The adjusters: PICC assesses A's car, CPIC assesses B's, each from the photos.
    const submitPicc = await assess(
      insurer,
      baseUrl,
      { preset: '人保定损员', plate: '渝A12345' },
      [
        ['后保险杠更换', '1500.50'],
        ['尾灯总成', '800'],
      ],
      '¥2,300.50',
    );
    await screenshot(insurer, 'insurer-1-assessment');
    await submitPicc();
    const submitCpic = await assess(
      insurer,
      baseUrl,
      { preset: '太保定损员', plate: '渝B67890' },
      [['前保险杠及大灯', '2000']],
      '¥2,000.00',
    );
    await submitCpic();

    // The drivers accept their assessments; the simulated insurers pay; the case closes.
    for (const driver of [driverA, driverB]) {
      const accept = driver.getByRole('button', { name: /接受定损/ });
      await accept.waitFor({ timeout: 10_000 });
      if (driver === driverA) {
        await driver.locator('.own-claim').scrollIntoViewIfNeeded();
        await screenshot(driverA, 'driver-7-assessment');
      }
      await accept.click();
    }
    for (const driver of [driverA, driverB]) {
      await driver.locator('.driver-case[data-status=CLOSED]').waitFor({ timeout: 20_000 });
      expect(await driver.locator('.own-claim tr[data-payout]').count()).toBeGreaterThan(0);
      expect(await driver.locator('.own-claim tr[data-payout]:not([data-payout=PAID])').count()).toBe(0);
    }
    expect(await driverA.locator('.own-claim [data-total-fen]').first().getAttribute('data-total-fen')).toBe('230050');
    await driverA.locator('.own-claim').scrollIntoViewIfNeeded();
    await screenshot(driverA, 'driver-8-paid');

    // CPIC's ledger: it owes A's loss by B's liability and B's own damage beyond PICC's 10 000 fen.
    await signInAs(insurer, baseUrl, '太保定损员');
    await insurer.goto(`${baseUrl}/#/insurer/payouts`);
    await insurer.locator('.ledger tr[data-status=PAID]').first().waitFor();
    expect(await insurer.locator('.ledger tfoot .amount').textContent()).toBe('¥4,200.50');
    await screenshot(insurer, 'insurer-2-payouts');

    // The auditor replays the case: every event, the chain intact, the state as of any event.
    await signOut(desk);
    await signInAs(desk, baseUrl, '审计员');
    await desk.goto(`${baseUrl}/#/audit/cases/${caseId}`);
    await desk.locator('[data-chain-valid=true]').waitFor();
    const events = await desk.locator('.timeline li').count();
    expect(events).toBe(14);
    await desk.locator('.timeline li').last().getByText('结案').waitFor();
    await desk.locator('.state').waitFor();
    await desk.locator('input[name=revision]').fill('5');
    await desk.locator('.state[data-revision="5"]').waitFor();
    expect(await desk.locator('.timeline li.future').count()).toBe(events - 6);
    await screenshot(desk, 'audit-1-timeline');

    // The whole case verified, money included: each claim's assessment, settlement and payouts
    // under the timeline, and the auditor finds the case by A's plate as typed.
    await desk.locator('[data-intact=true]').waitFor();
    await desk.locator('[data-nothing-deleted=true]').waitFor();
    await desk.locator('.claim-trail[data-trail-valid=true]').nth(1).waitFor();
    expect(await desk.locator('.claim-trail').count()).toBe(2);
    await desk.locator('.claim-trail li[data-type=DamageAssessed]').first().waitFor();
    await desk.locator('.claim-trail li[data-type=PayoutConfirmed]').first().waitFor();
    await desk.goto(`${baseUrl}/#/audit`);
    await desk.locator('input[name=caseId]').fill('渝a 12345');
    await desk.getByRole('button', { name: '查看' }).click();
    await desk.waitForURL(new RegExp(`/audit/cases/${caseId}$`));
    await desk.locator('[data-intact=true]').waitFor();
    await desk.locator('.claim-trail li[data-type=PayoutConfirmed]').first().waitFor();
    await screenshot(desk, 'audit-2-whole-case');

    // The same phone in English.
    await driverA.getByRole('button', { name: 'English' }).click();
    await driverA.getByText('Every payout has arrived: the case is closed.').waitFor();
    await driverA.evaluate('window.scrollTo(0, 0)');
    await screenshot(driverA, 'driver-9-closed-english');

    expect(errors).toEqual([]);
  });

  it('settles by agreement from the join link, and holds a flagged claim for the adjusters’ approval', async () => {
    const { baseUrl } = server;
    // No geolocation permission: the report falls back to the district chosen by hand.
    const driverA = await context(PHONE);
    const driverB = await context(PHONE);
    const insurer = await context(DESKTOP);
    await signInAs(driverA, baseUrl, '司机 A');
    const { caseId, fix } = await report(driverA, '渝A22222', 'PICC');
    agreedCaseId = caseId;
    expect(fix).toBe('failed');
    await upload(driverA, 'FRONT_SIDE', 61);
    await upload(driverA, 'REAR_SIDE', 62);
    await upload(driverA, 'POINT_OF_IMPACT', 63, false);
    await driverA.locator('.shot[data-kind=POINT_OF_IMPACT]').waitFor();
    // Drivers are not shown signals of fraud (issue 13); the adjusters see NO_EXIF below.
    expect(await driverA.locator('.shot .flag').count()).toBe(0);
    const link = (await driverA.locator('svg.qr').getAttribute('data-text'))!;

    // B scans the QR code: the link opens the sign-in, then the join form of this very case.
    await driverB.goto(link);
    await driverB.getByRole('button', { name: '司机 B', exact: true }).click();
    await driverB.getByText('已通过链接打开案件，请填写您的信息。').waitFor();
    await joinAsB(driverB, caseId, {
      plate: '渝B22222',
      driverName: '赵六',
      licenceNo: '500101199303036789',
      insurer: 'CPIC',
      policyNumber: 'CPIC-2026-2222',
    });

    // B admits full liability; A signs; liability is final without the police.
    await driverB.getByText('我方全责').click();
    await driverB.getByRole('button', { name: '提出协商并签字' }).click();
    await driverB.getByText('您已提出并签字，等待对方签字：').waitFor();
    const sign = driverA.getByRole('button', { name: '同意并签字' });
    await sign.waitFor();
    expect(await driverA.locator('.path [data-allocation]').first().getAttribute('data-allocation')).toBe('NONE/FULL');
    await driverA.locator('.path').scrollIntoViewIfNeeded();
    await screenshot(driverA, 'driver-10-agreement');
    await sign.click();
    await driverA.locator('.own-claim').waitFor({ timeout: 15_000 });

    const paint = (amount: string): [string, string][] => [['钣金喷漆', amount]];
    await (
      await assess(insurer, baseUrl, { preset: '人保定损员', plate: '渝A22222' }, paint('3000'), '¥3,000.00')
    )();
    await (
      await assess(insurer, baseUrl, { preset: '太保定损员', plate: '渝B22222' }, paint('1000'), '¥1,000.00')
    )();
    for (const driver of [driverA, driverB]) {
      await driver.getByRole('button', { name: /接受定损/ }).click();
      await driver.locator('.own-claim[data-claim-status=ACCEPTED] [data-total-fen]').first().waitFor();
    }

    // The case carries NO_EXIF, so nothing pays straight through: each handling insurer approves.
    for (const [preset, plate] of [
      ['人保定损员', '渝A22222'],
      ['太保定损员', '渝B22222'],
    ] as const) {
      await signInAs(insurer, baseUrl, preset);
      await openClaim(insurer, 'toApprove', plate);
      await insurer.getByText('需人工审批', { exact: true }).waitFor();
      // Held for its flag (NO_EXIF), as the API tells the insurers; its driver reads "under review".
      await insurer.locator('[data-hold=FLAGGED_FOR_REVIEW]').waitFor();
      expect(await insurer.locator('.flag[data-flag=NO_EXIF]').count()).toBeGreaterThan(0);
      if (preset === '人保定损员') await screenshot(insurer, 'insurer-3-approval');
      await insurer.getByRole('button', { name: '审批通过并请求赔付' }).click();
      await insurer
        .locator(
          '[data-claim-status=APPROVED], [data-claim-status=PAYING], [data-claim-status=PAID], [data-claim-status=CLOSED]',
        )
        .waitFor();
      await signOut(insurer);
    }
    for (const driver of [driverA, driverB]) {
      await driver.locator('.driver-case[data-status=CLOSED]').waitFor({ timeout: 20_000 });
    }
    expect(errors).toEqual([]);
  });

  it('sends a case back for more photos, then refers it to on-site handling', async () => {
    const { baseUrl } = server;
    const driverA = await context(phoneAtTheScene(20));
    const driverB = await context(PHONE);
    const desk = await context(DESKTOP);
    await signInAs(driverA, baseUrl, '司机 A');
    const { caseId, joinCode, fix } = await report(driverA, '渝A33333', 'PINGAN');
    expect(fix).toBe('located');
    for (const [index, kind] of ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT'].entries()) {
      await upload(driverA, kind, 71 + index);
    }
    await signInAs(driverB, baseUrl, '司机 B');
    await joinByCode(
      driverB,
      baseUrl,
      { caseId, joinCode, plateOfA: '渝A33333' },
      {
        plate: '渝B33333',
        driverName: '孙七',
        licenceNo: '500101199404041111',
        insurer: 'CHINALIFE',
        policyNumber: 'CHINALIFE-2026-3333',
      },
    );
    await driverB.getByRole('button', { name: /申请交警定责/ }).click();

    // The officer asks for a close-up of the damage.
    await signInAs(desk, baseUrl, '渝中交警');
    await desk.locator(`.queue-item[data-case="${caseId}"] a`).click();
    await desk.getByRole('button', { name: '接手处理' }).click();
    await desk.getByText('要求补充照片').click();
    await desk.locator('.kinds label', { hasText: '损坏细节' }).click();
    await desk.fill('details[open] textarea', '请近距离拍摄 A 车后保险杠的凹陷');
    await desk.getByRole('button', { name: '发送要求' }).click();
    await desk.getByText('本案已不在您的队列中。').waitFor();

    // A sees the request, the wanted kind stands out, A adds it and sends the case back.
    await driverA.getByText('交警要求补充照片').waitFor();
    await driverA.getByText('“请近距离拍摄 A 车后保险杠的凹陷”').waitFor();
    expect(await driverA.locator('.shot.wanted').getAttribute('data-kind')).toBe('DAMAGE_DETAIL');
    await screenshot(driverA, 'driver-11-evidence-request');
    await upload(driverA, 'DAMAGE_DETAIL', 74);
    await driverA.getByRole('button', { name: '补拍完成，重新提交交警' }).click();
    await driverA.locator('.police-wait').waitFor();

    // Back on the desk (live); the officer now refers it to on-site handling.
    await desk.goto(`${baseUrl}/#/desk`);
    await desk.locator(`.queue-item[data-case="${caseId}"] a`).click();
    await desk.getByRole('button', { name: '接手处理' }).click();
    await desk.getByText('转现场处理').click();
    await desk.fill('details[open] textarea', '双方陈述矛盾，需现场勘查');
    await desk.getByRole('button', { name: '转为线下' }).click();
    await driverA.getByText('本案已转为现场（线下）处理，请按交警指引办理。').waitFor();
    await driverB.locator('.driver-case[data-status=REFERRED_OFFLINE]').waitFor();
    // Each driver reads the officer's instructions, and where the case goes on.
    for (const driver of [driverA, driverB]) {
      expect(await driver.locator('.referral[data-referral=OFFICER] .instructions').textContent()).toBe(
        '双方陈述矛盾，需现场勘查',
      );
      await driver.locator('[data-next-step=GO_OFFLINE]').getByText('请按交警指引到渝中区交警处继续办理。').waitFor();
    }
    await driverB.evaluate('window.scrollTo(0, 0)');
    await screenshot(driverB, 'driver-12-referral');
    expect(errors).toEqual([]);
  });
  it('a late desk, a disputed decision reviewed by another officer, flags that name the other case, a claim held and declined', async () => {
    const { baseUrl } = server;
    const driverA = await context(phoneAtTheScene(15));
    const driverB = await context(PHONE);
    const desk = await context(DESKTOP);
    const insurer = await context(DESKTOP);
    await signInAs(driverA, baseUrl, '司机 A');
    const { caseId, joinCode } = await report(driverA, '渝A44444', 'PICC');
    await upload(driverA, 'FRONT_SIDE', 81);
    // Taken some 7 km away from the reported place; and the second story's photo, sent again.
    await upload(driverA, 'REAR_SIDE', 82, true, { lat: 29.62, lng: 106.6 });
    await upload(driverA, 'POINT_OF_IMPACT', 63, false);
    expect(await driverA.locator('.shot .flag').count()).toBe(0);
    await signInAs(driverB, baseUrl, '司机 B');
    await joinByCode(
      driverB,
      baseUrl,
      { caseId, joinCode, plateOfA: '渝A44444' },
      {
        plate: '渝B44444',
        driverName: '周八',
        licenceNo: '500101199505052222',
        insurer: 'CPIC',
        policyNumber: 'CPIC-2026-4444',
      },
    );
    await driverB.locator('.picker input[value=S01]').check();
    await driverB.getByRole('button', { name: '保存情形' }).click();
    await driverB.getByText('✓ 已保存').waitFor();
    await driverB.getByRole('button', { name: /申请交警定责/ }).click();
    await driverB.locator('[data-next-step=WAIT_FOR_OFFICER]').waitFor();

    // Nobody decides within 5 minutes: the driver is told the case stays first for the next officer.
    clock.aheadMs = 6 * 60_000;
    await driverB.reload();
    const late = driverB.locator('[data-next-step=OFFICER_OVERDUE_KEEP_WAITING]');
    await late.getByText('本案仍排在辖区队列首位').waitFor();
    await driverB.evaluate('window.scrollTo(0, 0)');
    await screenshot(driverB, 'driver-13-desk-overdue');
    clock.aheadMs = 0;

    // The desk sees what each flag found: the other case of the photo sent again, how far the other was taken.
    await signInAs(desk, baseUrl, '渝中交警');
    await desk.locator(`.queue-item[data-case="${caseId}"] a`).click();
    const duplicate = desk.locator('.gallery [data-flag-detail=DUPLICATE_PHOTO]');
    await duplicate.waitFor({ timeout: 10_000 });
    expect(await duplicate.textContent()).toContain(`与案件 ${agreedCaseId.slice(0, 8)} 的照片完全相同`);
    expect(await duplicate.locator('[data-other-case]').getAttribute('data-other-case')).toBe(agreedCaseId);
    expect(await desk.locator('.gallery [data-flag-detail=EXIF_GPS_MISMATCH]').textContent()).toMatch(
      /拍摄位置距报案地点 \d+\.\d 公里/,
    );
    await desk.getByRole('button', { name: '接手处理' }).click();
    await desk.fill('textarea[name=reasoning]', 'B 车同车道追尾 A 车，B 负全部责任。');
    await desk.getByRole('button', { name: '签发认定' }).click();
    await desk.getByText('已认定，等待双方确认。').waitFor();

    // B disputes, with a reason: the case goes back to the desk for a review at once.
    await driverB.locator('.decision').getByRole('button', { name: '有异议' }).click();
    await driverB.fill('.decision textarea', '我没有追尾，是 A 车突然倒车。');
    await driverB.getByRole('button', { name: '提交异议（申请复核）' }).click();

    // Another officer of the district reviews: the first decision, its reasoning, B's reason.
    await signOut(desk);
    await signInWith(desk, baseUrl, { role: 'officer', sub: 'officer-2', district: 'yuzhong' });
    await desk.locator(`.queue-item[data-case="${caseId}"] a`).click();
    const first = desk.locator('.first-decision');
    await first.waitFor({ timeout: 10_000 });
    expect(await first.locator('.first-reasoning').textContent()).toBe('B 车同车道追尾 A 车，B 负全部责任。');
    expect(await first.locator('[data-dispute=B]').textContent()).toContain('“我没有追尾，是 A 车突然倒车。”');
    expect(await first.locator('[data-allocation]').getAttribute('data-allocation')).toBe('NONE/FULL');
    await desk.getByRole('button', { name: '接手处理' }).click();
    await desk.fill('textarea[name=reasoning]', '复核：A 车无倒车痕迹，维持 B 车全责。');
    await desk.evaluate('window.scrollTo(0, 0)');
    await screenshot(desk, 'desk-4-review-of-a-dispute', true);
    await desk.getByRole('button', { name: '签发认定' }).click();
    await desk.getByText('已认定，等待双方确认。').waitFor();
    // Each driver sees who has answered the review's decision.
    await driverB.locator('.decision').getByRole('button', { name: '同意认定' }).click();
    await driverA.locator('.decision [data-answer=B][data-value=ACCEPTED]').getByText('B 方 已同意').waitFor();
    expect(await driverA.locator('.decision [data-answer=A]').getAttribute('data-value')).toBe('PENDING');
    await driverA.locator('.decision').getByRole('button', { name: '同意认定' }).click();
    await driverA.locator('.own-claim').waitFor({ timeout: 15_000 });

    // PICC assesses A's car; A rejects it with a reason; the adjuster reads it and assesses again, with a note.
    await (
      await assess(insurer, baseUrl, { preset: '人保定损员', plate: '渝A44444' }, [['后保险杠', '1200']], '¥1,200.00')
    )();
    await driverA.getByRole('button', { name: /接受定损/ }).waitFor({ timeout: 10_000 });
    await driverA.locator('.own-claim').getByRole('button', { name: '不接受' }).click();
    await driverA.fill('.own-claim textarea', '尾灯也撞坏了，定损漏项。');
    await driverA.locator('.own-claim form button[type=submit]').click();
    await driverA.locator('.own-claim[data-claim-status=ASSESSMENT_REJECTED]').waitFor();
    await signInAs(insurer, baseUrl, '人保定损员');
    await openClaim(insurer, 'toAssess', '渝A44444');
    expect(await insurer.locator('.latest-rejection blockquote').textContent()).toBe('尾灯也撞坏了，定损漏项。');
    await insurer.getByRole('button', { name: /添加项目/ }).click();
    await insurer.fill('input[name=line-1-description]', '尾灯总成');
    await insurer.fill('input[name=line-1-amount]', '800');
    await insurer.fill('.assessment textarea', '车主反映尾灯损坏，已核实照片补充。');
    await insurer.getByRole('button', { name: /提交定损/ }).click();
    await insurer.locator('[data-claim-status=ASSESSED]').waitFor();
    await driverA.getByRole('button', { name: /接受定损/ }).click();

    // The case is flagged: nothing pays straight through. A is told the payout is under review, not why.
    const held = driverA.locator('.own-claim [data-hold=AWAITING_APPROVAL]');
    await held.getByText('赔款正在保险公司审核中').waitFor({ timeout: 10_000 });
    expect(await driverA.locator('.own-claim .flag').count()).toBe(0);
    await driverA.locator('.own-claim').scrollIntoViewIfNeeded();
    await screenshot(driverA, 'driver-14-payout-under-review');

    // PICC's page updates by itself: held for its flags, with the rejection and its own note beside each round.
    await insurer.locator('[data-hold=FLAGGED_FOR_REVIEW]').waitFor({ timeout: 10_000 });
    expect(await insurer.locator('[data-rejection="1"]').textContent()).toContain('尾灯也撞坏了，定损漏项。');
    expect(await insurer.locator('.own-note').last().textContent()).toContain('车主反映尾灯损坏，已核实照片补充。');
    expect(await insurer.locator('[data-flag-detail=DUPLICATE_PHOTO]').first().textContent()).toContain(
      agreedCaseId.slice(0, 8),
    );
    await insurer.evaluate('window.scrollTo(0, 0)');
    await screenshot(insurer, 'insurer-4-held-claim', true);
    await insurer.getByText('转入调查').click();
    await insurer.fill('textarea[name=investigation-note]', '核查重复照片的来源');
    await insurer.getByRole('button', { name: '开始调查' }).click();
    await insurer.locator('[data-claim-status=UNDER_INVESTIGATION]').waitFor();
    await insurer.getByText('调查中：核查重复照片的来源').waitFor();
    await insurer.getByText('拒赔', { exact: true }).click();
    await insurer.fill('textarea[name=decline-reason]', '碰撞部位照片与另一案件相同，不予赔付。');
    await insurer.getByRole('button', { name: '确认拒赔' }).click();
    await insurer.locator('[data-claim-status=DECLINED]').waitFor();

    // The claimant reads why.
    await driverA
      .locator('.own-claim[data-claim-status=DECLINED] .declined')
      .getByText('碰撞部位照片与另一案件相同，不予赔付。')
      .waitFor();
    // The same in English: the declined claim and its reason.
    await driverA.getByRole('button', { name: 'English' }).click();
    await driverA.locator('.own-claim .declined').getByText('The insurer declined this claim').waitFor();
    await driverA.locator('.own-claim').scrollIntoViewIfNeeded();
    await screenshot(driverA, 'driver-15-declined-english');
    expect(errors).toEqual([]);
  });

  /** The assistant files for both parties on one device: the checklist, the scene, A, then B. */
  async function fileForBoth(
    assistant: Page,
    address: string,
    parties: Record<'A' | 'B', Parameters<typeof fillParty>[1] & { phone: string }>,
    shotOfPartyB?: string,
  ): Promise<string> {
    await assistant.getByRole('link', { name: '现场协助报案' }).click();
    // all() does not wait: the checklist must be on the screen first.
    await assistant.locator('li[data-condition]').first().waitFor();
    for (const condition of await assistant.locator('li[data-condition]').all()) {
      await condition.locator('label', { hasText: '是' }).click();
    }
    await assistant.getByRole('button', { name: '符合，继续报案' }).click();
    await assistant.fill('input[name=address]', address);
    expect(await assistant.inputValue('select[name=district]')).toBe('yuzhong');
    await assistant.getByRole('button', { name: '下一步' }).click();
    for (const party of ['A', 'B'] as const) {
      await assistant.locator(`.assistant-file[data-step=${party}]`).waitFor();
      await fillParty(assistant, parties[party]);
      await assistant.fill('input[name=phone]', parties[party].phone);
      if (party === 'B' && shotOfPartyB) {
        await assistant.evaluate('window.scrollTo(0, 0)');
        await screenshot(assistant, shotOfPartyB, true);
      }
      await assistant.getByRole('button', { name: party === 'A' ? '下一步' : '提交双方报案', exact: true }).click();
    }
    await assistant.waitForURL(/#\/assistant\/cases\//);
    return /#\/assistant\/cases\/([0-9a-f-]+)/.exec(assistant.url())![1]!;
  }

  async function uploadFor(assistant: Page, party: 'A' | 'B', kind: string, seed: number): Promise<void> {
    await assistant.locator('.party-switch label', { hasText: `代 ${party} 方` }).click();
    await assistant.setInputFiles(`input[name=photo-${party}-${kind}]`, {
      name: `${kind.toLowerCase()}.jpg`,
      mimeType: 'image/jpeg',
      buffer: await sceneJpeg(seed, exifNow()),
    });
    await assistant.locator(`.shot[data-party=${party}][data-kind=${kind}] .thumb img`).first().waitFor();
  }

  it('an assistant files for both parties; one signs on the device, one confirms by SMS code; the papers verify', async () => {
    const { baseUrl } = server;
    const sms = server.app.get<RecordingSmsGateway>(NOTIFICATION_GATEWAY);
    const assistant = await context(phoneAtTheScene(15));
    const driverB = await context({ ...PHONE, acceptDownloads: true });
    const insurer = await context(DESKTOP);
    const desk = await context(DESKTOP);

    // The assistant files on the scene for both parties, from one phone.
    await signInAs(assistant, baseUrl, '协理员');
    expect(await assistant.locator('.identity').textContent()).toContain('渝中区警保联动服务站');
    const caseId = await fileForBoth(
      assistant,
      '重庆市渝中区七星岗',
      {
        A: {
          plate: '渝A55555',
          driverName: '周八',
          licenceNo: '500101198506065555',
          insurer: 'PICC',
          policyNumber: 'PICC-2026-5555',
          phone: '13800000001',
        },
        B: {
          plate: '渝B55555',
          driverName: '吴九',
          licenceNo: '500101198707075555',
          insurer: 'CPIC',
          policyNumber: 'CPIC-2026-5555',
          phone: '13800000002',
        },
      },
      'assistant-1-file-party-b',
    );
    await assistant.locator('.filed-by').getByText('渝中区警保联动服务站').waitFor();
    // Seeds whose scenes are at least 10 bits (difference hash) from every other photo of this server's stories:
    // a SIMILAR_PHOTO flag would hold the claim for an adjuster instead of paying it straight through.
    for (const [kind, seed] of [
      ['FRONT_SIDE', 120],
      ['REAR_SIDE', 162],
      ['POINT_OF_IMPACT', 128],
    ] as const) {
      await uploadFor(assistant, 'A', kind, seed);
    }
    await uploadFor(assistant, 'B', 'DAMAGE_DETAIL', 188);
    await assistant.locator('[data-missing=""]').first().waitFor();
    // B declares the rear-end; they agree B is fully liable, and the assistant records it.
    await assistant.locator('[data-situations-of=B] summary').click();
    await assistant.locator('input[name=situation-B][value=S01]').check();
    await assistant.locator('[data-situations-of=B]').getByRole('button', { name: '保存情形' }).click();
    await assistant.locator('[data-situations-of=B]').getByText('✓ 已保存').waitFor();
    await assistant.locator('.path label', { hasText: 'B 方全责' }).click();
    await assistant.getByRole('button', { name: '记录协商结果' }).click();
    await assistant.locator('.path [data-recorded="NONE/FULL"]').waitFor();

    // A signs on the assistant's phone with their name and phone.
    const partyA = assistant.locator('.party-confirmation[data-party=A]');
    await partyA.getByText('改为本机签字确认').click();
    await partyA.locator('input[name=sign-name-A]').fill('周九');
    await partyA.locator('input[name=sign-phone-A]').fill('13800000001');
    await partyA.getByRole('button', { name: '签字确认' }).click();
    await partyA.locator('[data-code=SIGNATURE_MISMATCH]').getByText('姓名或手机号与报案信息不一致。').waitFor();
    await partyA.locator('input[name=sign-name-A]').fill('周八');
    await partyA.locator('input[name=sign-phone-A]').fill('138 0000 0001');
    await partyA.getByRole('button', { name: '签字确认' }).click();
    await assistant.locator('.party-confirmation[data-party=A][data-confirmed=true]').waitFor();

    // B gets a one-time code by SMS (the simulated gateway keeps it) and confirms on B's own phone.
    const before = sms.sent.length;
    await assistant.locator('.party-confirmation[data-party=B]').getByRole('button', { name: '发送验证码' }).click();
    await assistant.locator('[data-code-out=B]').getByText('已发送至 138****0002').waitFor();
    await assistant.locator('.confirmations').scrollIntoViewIfNeeded();
    await screenshot(assistant, 'assistant-2-confirmations');
    const text = await eventually(async () => {
      const sent = sms.sent
        .slice(before)
        .find((message) => message.to === '13800000002' && message.text.includes('验证码'));
      expect(sent).toBeDefined();
      return sent!.text;
    });
    const code = /验证码 (\d{6})/.exec(text)![1]!;
    const link = /(#\/confirm\/[0-9a-f-]+\/B)/.exec(text)![1]!;
    expect(link).toBe(`#/confirm/${caseId}/B`);
    await driverB.goto(`${baseUrl}/${link}`);
    await driverB.getByRole('button', { name: '司机 B', exact: true }).click();
    await driverB.locator('.own-confirmation input[name=code]').fill(code);
    await screenshot(driverB, 'assistant-4-own-phone-confirmation');
    await driverB.getByRole('button', { name: '同意并确认' }).click();
    await driverB.waitForURL(`**/#/driver/cases/${caseId}`);
    await driverB.locator('.own-claim').waitFor({ timeout: 15_000 });
    await assistant.locator('.assistant-outcome [data-allocation="NONE/FULL"]').waitFor();
    await assistant.goto(`${baseUrl}/#/assistant`);
    await assistant.locator(`.list li[data-case="${caseId}"]`).getByText('渝A55555 ↔ 渝B55555').waitFor();
    await screenshot(assistant, 'assistant-3-cases');

    // CPIC sees who filed B's claim, assesses it; B accepts; the claim is paid straight through.
    const submit = await assess(
      insurer,
      baseUrl,
      { preset: '太保定损员', plate: '渝B55555' },
      [['前保险杠喷漆', '1200']],
      '¥1,200.00',
    );
    await insurer.locator('.filed-by').getByText('渝中区警保联动服务站').waitFor();
    await screenshot(insurer, 'assistant-5-insurer-filed-by');
    await submit();
    await driverB.getByRole('button', { name: /接受定损/ }).click();
    const settlement = driverB.locator('.documents [data-document^=settlement-]');
    await settlement.waitFor({ timeout: 20_000 });
    await driverB.locator('.documents').scrollIntoViewIfNeeded();
    await screenshot(driverB, 'documents-1-driver-case');

    // B downloads the settlement: its text, page 1 as pdf.js draws it, and its QR code.
    const [download] = await Promise.all([
      driverB.waitForEvent('download'),
      settlement.getByRole('button', { name: '下载 PDF' }).click(),
    ]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const read = await readPdf(pdf, { firstPagePng: true });
    expect(missingPhrases(read.text, ['理赔结算单', '渝B55555', '渝A55555', '¥1,200.00'])).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, 'documents-2-settlement-page-1.png'), read.firstPagePng!);
    const qr = await scanQrCode(read.firstPagePng!);
    expect(qr).toMatch(/\/verify\/settlement\/[0-9a-f-]+\/[0-9]+-[0-9]+\/[0-9a-f]{64}$/);
    const verifyPath = new URL(qr!).pathname;
    expect(read.text.replace(/\s+/g, '')).toContain(verifyPath);

    // The QR code's address opens the verification page, for anyone, signed in or not.
    const stranger = await context(PHONE);
    await stranger.goto(`${baseUrl}${verifyPath}`);
    await stranger.locator('.verify[data-valid=true]').waitFor();
    expect(new URL(stranger.url()).hash).toBe(`#${verifyPath}`);
    expect(await stranger.locator('.verify-document [data-paid-fen]').getAttribute('data-paid-fen')).toBe('120000');
    await stranger.locator('.verify-document tr[data-party=B]').getByText('渝B55555').waitFor();
    await screenshot(stranger, 'documents-3-verified', true);
    const forged = verifyPath.replace(/.$/, (last) => (last === '0' ? '1' : '0'));
    await stranger.goto(`${baseUrl}/#${forged}`);
    await stranger.locator('.verify[data-valid=false] [data-reason=NO_MATCH]').waitFor();
    await screenshot(stranger, 'documents-4-no-match');

    // Handed to the police instead: the desk sees who filed it.
    await signInAs(desk, baseUrl, '渝中交警');
    const second = await fileForBoth(assistant, '重庆市渝中区两路口', {
      A: {
        plate: '渝A66666',
        driverName: '郑十',
        licenceNo: '500101198808086666',
        insurer: 'PINGAN',
        policyNumber: 'PINGAN-2026-6666',
        phone: '13800000003',
      },
      B: {
        plate: '渝B66666',
        driverName: '钱十一',
        licenceNo: '500101198909096666',
        insurer: 'PICC',
        policyNumber: 'PICC-2026-6666',
        phone: '13800000004',
      },
    });
    for (const [index, kind] of ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT'].entries()) {
      await uploadFor(assistant, 'A', kind, 91 + index);
    }
    await assistant.getByRole('button', { name: '提交交警定责' }).click();
    await assistant.locator('.assistant-case[data-status=AWAITING_POLICE]').waitFor();
    const item = desk.locator(`.queue-item[data-case="${second}"]`);
    await item.locator('.filed-by').waitFor({ timeout: 10_000 });
    expect(await item.locator('.filed-by').textContent()).toContain('渝中区警保联动服务站');
    await screenshot(desk, 'assistant-6-desk-filed-by');
    await item.locator('a').click();
    await desk.locator('.review .filed-by').waitFor();
    expect(errors).toEqual([]);
  });

  it('a review disputed again goes to online mediation: the mediator proposes lines per payer, both sign, the lines are paid', async () => {
    const { baseUrl } = server;
    const driverA = await context(phoneAtTheScene(10));
    const driverB = await context(PHONE);
    const desk = await context(DESKTOP);
    const mediator = await context(DESKTOP);
    await signInAs(driverA, baseUrl, '司机 A');
    const { caseId, joinCode } = await report(driverA, '渝A15151', 'PICC');
    // Seeds whose difference hashes are at least 10 bits from every other story's: no SIMILAR_PHOTO.
    for (const [kind, seed] of [
      ['FRONT_SIDE', 1493],
      ['REAR_SIDE', 731],
      ['POINT_OF_IMPACT', 437],
    ] as const) {
      await upload(driverA, kind, seed);
    }
    expect(await driverA.locator('.shot .flag').count()).toBe(0);
    await signInAs(driverB, baseUrl, '司机 B');
    await joinByCode(
      driverB,
      baseUrl,
      { caseId, joinCode, plateOfA: '渝A15151' },
      {
        plate: '渝B15151',
        driverName: '孙九',
        licenceNo: '500101199606061515',
        insurer: 'CPIC',
        policyNumber: 'CPIC-2026-1515',
      },
    );
    await driverB.locator('.picker input[value=S01]').check();
    await driverB.getByRole('button', { name: '保存情形' }).click();
    await driverB.getByText('✓ 已保存').waitFor();
    await driverB.getByRole('button', { name: /申请交警定责/ }).click();
    await driverB.locator('[data-next-step=WAIT_FOR_OFFICER]').waitFor();

    // The first decision, disputed by B; another officer reviews it and keeps B fully liable.
    await signInAs(desk, baseUrl, '渝中交警');
    await desk.locator(`.queue-item[data-case="${caseId}"] a`).click({ timeout: 10_000 });
    await desk.getByRole('button', { name: '接手处理' }).click();
    await desk.fill('textarea[name=reasoning]', 'B 车同车道追尾 A 车，B 负全部责任。');
    await desk.getByRole('button', { name: '签发认定' }).click();
    await desk.getByText('已认定，等待双方确认。').waitFor();
    await driverB.locator('.decision').getByRole('button', { name: '有异议' }).click();
    await driverB.fill('.decision textarea', 'A 车变道未打灯，不应由我负全责。');
    await driverB.getByRole('button', { name: '提交异议（申请复核）' }).click();
    await signOut(desk);
    await signInWith(desk, baseUrl, { role: 'officer', sub: 'officer-2', district: 'yuzhong' });
    await desk.locator(`.queue-item[data-case="${caseId}"] a`).click({ timeout: 10_000 });
    await desk.locator('.first-decision').waitFor({ timeout: 10_000 });
    await desk.getByRole('button', { name: '接手处理' }).click();
    await desk.fill('textarea[name=reasoning]', '复核：监控显示 A 车未变道，维持 B 车全责。');
    await desk.getByRole('button', { name: '签发认定' }).click();
    await desk.getByText('已认定，等待双方确认。').waitFor();

    // B disputes the review again: beside accepting it, B asks the committee for online mediation.
    const ask = driverB.locator('.ask-mediation');
    await ask.waitFor();
    await ask.getByRole('button', { name: '申请调解' }).click();
    await driverB.fill('textarea[name=mediation-reason]', '仍有异议：希望调解双方的赔付金额。');
    await ask.scrollIntoViewIfNeeded();
    await screenshot(driverB, 'mediation-1-ask');
    await ask.getByRole('button', { name: '提交调解申请' }).click();
    await driverB.locator('.driver-case[data-status=IN_MEDIATION]').waitFor();
    await driverB.locator('.mediation-card[data-mediation-status=REQUESTED]').waitFor({ timeout: 10_000 });
    // The other party finds the mediation on the case.
    await driverA.locator('.mediation-card[data-mediation-status=REQUESTED]').waitFor({ timeout: 10_000 });

    // The committee's mediator: the queue, then the case with its photos, the review's reasoning and why B asked.
    await signInAs(mediator, baseUrl, '调解员');
    const queued = mediator.locator(`.mediator-queue li[data-case="${caseId}"]`);
    await queued.waitFor({ timeout: 10_000 });
    expect(await queued.textContent()).toContain('渝A15151 ↔ 渝B15151');
    expect(await queued.locator('[data-mediation-status]').getAttribute('data-mediation-status')).toBe('REQUESTED');
    await screenshot(mediator, 'mediation-2-queue');
    await queued.locator('a').click();
    await mediator.locator('.mediation-reason').getByText('仍有异议：希望调解双方的赔付金额。').waitFor();
    await mediator.locator('.gallery img').nth(2).waitFor();
    expect(await mediator.locator('.mediation-decision').getAttribute('data-basis')).toBe('REVIEW');
    expect(await mediator.locator('.decision-reasoning').textContent()).toBe(
      '复核：监控显示 A 车未变道，维持 B 车全责。',
    );
    await mediator.getByRole('button', { name: '受理调解' }).click();
    await mediator.locator('.mediation[data-mediation-status=ASSIGNED]').waitFor();

    // Lines per payer, typed in yuan: B's insurer pays A's car under compulsory cover, B's own damage under B's.
    await mediator.fill('input[name=line-A-0-amount]', '1,500');
    expect(await mediator.locator('.proposal [data-vehicle=A] [data-payer]').getAttribute('data-payer')).toBe('B');
    await mediator.selectOption('select[name=line-B-0-coverage]', 'OWN_DAMAGE');
    expect(await mediator.locator('.proposal [data-vehicle=B] [data-payer]').getAttribute('data-payer')).toBe('B');
    await mediator.fill('input[name=line-B-0-amount]', '600.50');
    expect(await mediator.locator('.proposal .running-total').textContent()).toBe('¥2,100.50');
    await mediator.fill('textarea[name=note]', '双方同意按此方案赔付。');
    await mediator.locator('.proposal').scrollIntoViewIfNeeded();
    await screenshot(mediator, 'mediation-3-proposal');
    await mediator.getByRole('button', { name: '提交赔付方案' }).click();
    await mediator.locator('.mediation[data-mediation-status=PROPOSED]').waitFor();
    expect(await mediator.locator('.proposal-lines').getAttribute('data-total-fen')).toBe('210050');

    // Both parties read the proposal on their phones and sign it.
    const cardOfA = driverA.locator('.mediation-card[data-mediation-status=PROPOSED]');
    await cardOfA.waitFor({ timeout: 10_000 });
    expect(await cardOfA.locator('.proposal-total').textContent()).toBe('¥2,100.50');
    await cardOfA.scrollIntoViewIfNeeded();
    await screenshot(driverA, 'mediation-4-sign');
    await cardOfA.getByRole('button', { name: '签署调解方案' }).click();
    await cardOfA.getByText('您已签署，等待对方签署。').waitFor();
    await driverB
      .locator('.mediation-card[data-mediation-status=PROPOSED]')
      .getByRole('button', { name: '签署调解方案' })
      .click({ timeout: 10_000 });
    await driverB.locator('.mediation-card[data-mediation-status=AGREED]').waitFor({ timeout: 10_000 });

    // The agreed lines are each claim's settlement, and are paid.
    for (const [driver, amount] of [
      [driverA, '¥1,500.00'],
      [driverB, '¥600.50'],
    ] as const) {
      const claim = driver.locator('.own-claim[data-claim-status=CLOSED]');
      await claim.waitFor({ timeout: 20_000 });
      expect(await claim.locator('caption', { hasText: '调解协议' }).count()).toBe(1);
      expect(await claim.locator('[data-payout=PAID] .amount').textContent()).toBe(amount);
    }
    await driverB.locator('.own-claim').scrollIntoViewIfNeeded();
    await screenshot(driverB, 'mediation-5-paid');
    expect(errors).toEqual([]);
  });
});
