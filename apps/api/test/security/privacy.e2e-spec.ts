import exifr from 'exifr';
import sharp from 'sharp';
import { InMemoryBlobStore } from '@quickclaim/platform/memory';
import { sceneJpeg } from '@quickclaim/testing';
import { Client, reportBody, serverForSuite, startServer } from '../harness';
import { asDriver, asOfficer, AT_THE_SCENE, reportedAndJoined, signIn } from '../story';

interface PartyView {
  party: 'A' | 'B';
  driverName: string;
  phone: string;
  licenceNo: string;
  policyNumber?: string;
  coverage?: unknown;
}

interface CaseView {
  parties: PartyView[];
  photos: { photoId: string; urls: { thumbnail: string; preview: string } }[];
}

describe('privacy', () => {
  let driverA: Client;
  let driverB: Client;
  let officer: Client;
  let auditor: Client;
  let caseId: string;
  let photoId: string;

  serverForSuite({}, async (started) => {
    ({ driverA, driverB, officer, auditor } = await signIn(started, {
      driverA: asDriver('privacy-a', '13800000001'),
      driverB: asDriver('privacy-b', '13800000002'),
      officer: asOfficer('privacy-officer'),
      auditor: { sub: 'privacy-auditor', role: 'auditor' },
    }));
    ({ caseId } = await reportedAndJoined(driverA, driverB));
    const photo = await driverA.upload<{ photoId: string }>(
      `/cases/${caseId}/photos`,
      'POINT_OF_IMPACT',
      await sceneJpeg(7, AT_THE_SCENE, { width: 640, height: 480 }),
    );
    photoId = photo.body.photoId;
    for (const [seed, kind] of [
      [8, 'FRONT_SIDE'],
      [9, 'REAR_SIDE'],
    ] as const) {
      await driverA.upload(
        `/cases/${caseId}/photos`,
        kind,
        await sceneJpeg(seed, AT_THE_SCENE, { width: 640, height: 480 }),
      );
    }
    expect((await driverA.post(`/cases/${caseId}/police-review`)).status).toBe(202);
  });

  const partyOf = (view: CaseView, party: 'A' | 'B') => view.parties.find((candidate) => candidate.party === party)!;

  it("masks the other party's name, phone and licence number, and hides their policy", async () => {
    const seenByB = (await driverB.get<CaseView>(`/cases/${caseId}`)).body;
    expect(partyOf(seenByB, 'A')).toMatchObject({
      driverName: '张*',
      phone: '138****0001',
      licenceNo: '1101**********1234',
    });
    expect(partyOf(seenByB, 'A').policyNumber).toBeUndefined();
    expect(partyOf(seenByB, 'A').coverage).toBeUndefined();
    expect(partyOf(seenByB, 'B')).toMatchObject({ driverName: '李四', phone: '13800000002' });

    const seenByOfficer = (await officer.get<CaseView>(`/cases/${caseId}`)).body;
    expect(seenByOfficer.parties.map((party) => party.phone)).toEqual(['138****0001', '138****0002']);
    const seenByAuditor = (await auditor.get<CaseView>(`/cases/${caseId}`)).body;
    expect(partyOf(seenByAuditor, 'A')).toMatchObject({ driverName: '张三', licenceNo: '110101199001011234' });
  });

  it('masks the other party in the audit trail too, including where their photos were taken', async () => {
    const events = (
      await driverB.get<{ events: { type: string; data: Record<string, unknown> }[] }>(`/audit/cases/${caseId}/events`)
    ).body.events;
    const reported = events.find((event) => event.type === 'AccidentReported')!.data.reporter as PartyView;
    expect(reported).toMatchObject({ driverName: '张*', phone: '138****0001', licenceNo: '1101**********1234' });
    const attached = events.find((event) => event.type === 'PhotoAttached')!.data;
    expect(attached.photoId).toBe(photoId);
    expect(attached.position).toBeUndefined();
    const ownTrail = (
      await driverA.get<{ events: { type: string; data: Record<string, unknown> }[] }>(`/audit/cases/${caseId}/events`)
    ).body.events;
    expect(ownTrail.find((event) => event.type === 'PhotoAttached')!.data.position).toEqual({
      lat: expect.closeTo(29.563, 3),
      lng: expect.closeTo(106.551, 3),
    });
  });

  it('serves derivatives with no GPS and no metadata at all; the original keeps its evidence', async () => {
    for (const variant of ['thumbnail', 'preview'] as const) {
      const response = await driverB.raw('GET', `/cases/${caseId}/photos/${photoId}/${variant}`);
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      // exifr reads JPEG (the preview), not WebP (the thumbnail); sharp reads the metadata of both.
      if (variant === 'preview') expect(await exifr.gps(bytes)).toBeUndefined();
      const metadata = await sharp(bytes).metadata();
      expect({ variant, exif: metadata.exif, xmp: metadata.xmp, iptc: metadata.iptc }).toEqual({
        variant,
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
      });
    }
    const original = await driverA.raw('GET', `/cases/${caseId}/photos/${photoId}/original`);
    const gps = await exifr.gps(Buffer.from(await original.arrayBuffer()));
    expect(gps.latitude).toBeCloseTo(29.563, 3);
    expect((await driverB.raw('GET', `/cases/${caseId}/photos/${photoId}/original`)).status).toBe(404);
  });
});

/** Fails reading blobs on demand, with a message full of what must never reach a log. */
class LeakyFailingBlobStore extends InMemoryBlobStore {
  failing = false;

  override async get(key: string) {
    if (this.failing) {
      throw new Error(
        `disk error reading ${key} for 13800000001 (licence 110101199001011234) with Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl`,
      );
    }
    return super.get(key);
  }
}

describe('structured logs', () => {
  it('write one JSON object a line with the request id, and redact tokens, phones and licence numbers', async () => {
    const lines: string[] = [];
    const blobs = new LeakyFailingBlobStore();
    const server = await startServer({ logSink: (line) => lines.push(line), overrides: { blobStore: blobs } });
    try {
      const driver = await Client.as(server, { sub: 'logged-driver', role: 'driver', phone: '13800000001' });
      const reported = await driver.post<{ caseId: string }>('/cases', reportBody());
      const photo = await driver.upload<{ photoId: string }>(
        `/cases/${reported.body.caseId}/photos`,
        'SCENE',
        await sceneJpeg(3, {}, { width: 320, height: 240 }),
      );
      const queried = await driver.raw(
        'GET',
        `/me/cases?phone=13800000001&licence=110101199001011234&access_token=${driver.token!}`,
        undefined,
        { 'x-request-id': 'trace-me-1' },
      );
      expect(queried.headers.get('x-request-id')).toBe('trace-me-1');
      blobs.failing = true;
      const failed = await driver.raw(
        'GET',
        `/cases/${reported.body.caseId}/photos/${photo.body.photoId}/preview`,
        undefined,
        { 'x-request-id': 'trace-me-2' },
      );
      expect(failed.status).toBe(500);
      expect(await failed.json()).toMatchObject({ code: 'INTERNAL_ERROR', detail: 'Something went wrong on our side' });
      await new Promise((resolve) => setImmediate(resolve));

      const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(entries.every((entry) => typeof entry.time === 'string' && typeof entry.level === 'string')).toBe(true);
      const everything = lines.join('\n');
      for (const secret of [driver.token!, '13800000001', '110101199001011234', 'eyJhbGciOiJIUzI1NiJ9']) {
        expect(everything).not.toContain(secret);
      }
      const access = entries.find((entry) => entry.message === 'request' && entry.requestId === 'trace-me-1');
      expect(access).toMatchObject({ method: 'GET', status: 200, sub: 'logged-driver', role: 'driver' });
      expect(access?.path).toContain('phone=138****0001');
      const error = entries.find((entry) => entry.level === 'error' && entry.requestId === 'trace-me-2');
      expect(error?.stack).toContain('disk error reading');
      expect(error?.stack).toContain('138****0001');
      expect(error?.stack).toContain('[REDACTED LICENCE]');
    } finally {
      await server.close();
    }
  });
});
