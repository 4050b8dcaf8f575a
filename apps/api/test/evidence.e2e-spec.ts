import sharp from 'sharp';
import { pngClaiming, sceneJpeg, sceneSvg } from '@quickclaim/testing';
import { Client, partyBInput, partyInput, reportBody, startServer, type TestServer } from './harness';

interface PhotoReply {
  photoId: string;
  takenAt?: string;
  flags: string[];
  width: number;
  height: number;
}

describe('photo evidence and fraud signals over HTTP', () => {
  let server: TestServer;
  let driverA: Client;
  let driverB: Client;

  beforeAll(async () => {
    server = await startServer({ env: { MAX_UPLOAD_BYTES: String(2 * 1024 * 1024) } });
    driverA = await Client.as(server, { sub: 'driver-a', role: 'driver' });
    driverB = await Client.as(server, { sub: 'driver-b', role: 'driver' });
  });

  afterAll(async () => {
    await server.close();
  });

  async function newCase(plateA = '渝A12345', plateB = '渝B67890'): Promise<string> {
    const { caseId, joinCode } = (
      await driverA.post<{ caseId: string; joinCode: string }>(
        '/cases',
        reportBody({ party: partyInput({ plate: plateA }) }),
      )
    ).body;
    await driverB.post(`/cases/${caseId}/join`, { joinCode, party: { ...partyBInput(), plate: plateB } });
    return caseId;
  }

  const atTheScene = { dateTimeOriginal: '2026:11:22 15:56:00', offset: '+08:00', gps: { lat: 29.563, lng: 106.551 } };

  it('records capture time and raises no flag for a photo taken there and then', async () => {
    const caseId = await newCase('渝A00001', '渝B00001');
    const reply = await driverA.upload<PhotoReply>(
      `/cases/${caseId}/photos`,
      'FRONT_SIDE',
      await sceneJpeg(101, atTheScene),
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ takenAt: '2026-11-22T07:56:00.000Z', flags: [], width: 1200, height: 900 });
  });

  it('flags a photo without EXIF, one taken days before, and one taken elsewhere', async () => {
    const caseId = await newCase('渝A00002', '渝B00002');
    const upload = async (seed: number, exif = {}) =>
      (await driverA.upload<PhotoReply>(`/cases/${caseId}/photos`, 'SCENE', await sceneJpeg(seed, exif))).body.flags;
    expect(await upload(102)).toEqual(['NO_EXIF']);
    expect(await upload(103, { ...atTheScene, dateTimeOriginal: '2026:11:20 15:56:00' })).toEqual([
      'EXIF_TIME_MISMATCH',
    ]);
    expect(await upload(104, { ...atTheScene, gps: { lat: 30.2, lng: 106.551 } })).toEqual(['EXIF_GPS_MISMATCH']);
    const view = await driverA.get<{ flags: string[] }>(`/cases/${caseId}`);
    expect(view.body.flags.sort()).toEqual(['EXIF_GPS_MISMATCH', 'EXIF_TIME_MISMATCH', 'NO_EXIF']);
  });

  it('flags a photo reused from another case, and a resized copy of it as similar', async () => {
    const photo = await sceneJpeg(105, atTheScene);
    const first = await newCase('渝A00003', '渝B00003');
    expect((await driverA.upload<PhotoReply>(`/cases/${first}/photos`, 'FRONT_SIDE', photo)).body.flags).toEqual([]);
    const second = await newCase('渝A00004', '渝B00004');
    expect((await driverA.upload<PhotoReply>(`/cases/${second}/photos`, 'FRONT_SIDE', photo)).body.flags).toEqual([
      'DUPLICATE_PHOTO',
    ]);
    const resized = await sharp(photo).resize(800).jpeg({ quality: 70 }).withExifMerge({}).keepExif().toBuffer();
    const third = await newCase('渝A00005', '渝B00005');
    expect((await driverA.upload<PhotoReply>(`/cases/${third}/photos`, 'FRONT_SIDE', resized)).body.flags).toEqual([
      'SIMILAR_PHOTO',
    ]);
  });

  it('flags a late report, a plate seen again and again, and the same pair again', async () => {
    const late = await driverA.post<{ caseId: string }>(
      '/cases',
      reportBody({ occurredAt: '2026-11-20T08:00:00.000Z', party: partyInput({ plate: '渝A00006' }) }),
    );
    expect((await driverA.get<{ flags: string[] }>(`/cases/${late.body.caseId}`)).body.flags).toEqual(['LATE_REPORT']);

    await newCase('渝A77777', '渝B88888');
    const again = await newCase('渝A77777', '渝B88888');
    const view = await driverA.get<{ flags: string[] }>(`/cases/${again}`);
    expect(view.body.flags).toEqual(['REPEAT_PAIR']);
    const third = await newCase('渝A77777', '渝C99999');
    expect((await driverA.get<{ flags: string[] }>(`/cases/${third}`)).body.flags).toEqual(['REPEAT_PLATE']);
  });

  it('answers each bad file with its status and stores nothing', async () => {
    const caseId = await newCase('渝A00009', '渝B00009');
    const jpeg = await sceneJpeg(107);
    const bad: [string, Buffer, number, string][] = [
      ['text named .jpg', Buffer.from('not a photo, just text'), 415, 'UNSUPPORTED_IMAGE'],
      ['an empty file', Buffer.alloc(0), 415, 'UNSUPPORTED_IMAGE'],
      ['a truncated JPEG', jpeg.subarray(0, Math.floor(jpeg.length / 2)), 415, 'UNSUPPORTED_IMAGE'],
      ['a 900-megapixel PNG', pngClaiming(30_000, 30_000), 413, 'IMAGE_TOO_LARGE'],
      [
        'a GIF',
        await sharp(Buffer.from(sceneSvg(108, 60, 45)))
          .gif()
          .toBuffer(),
        415,
        'UNSUPPORTED_IMAGE',
      ],
      ['an SVG', Buffer.from(sceneSvg(109)), 415, 'UNSUPPORTED_IMAGE'],
    ];
    for (const [, bytes, status, code] of bad) {
      const reply = await driverA.upload(`/cases/${caseId}/photos`, 'SCENE', bytes, 'photo.jpg');
      expect({ status: reply.status, code: reply.body.code }).toEqual({ status, code });
    }
    expect((await driverA.get<{ photos: unknown[] }>(`/cases/${caseId}`)).body.photos).toEqual([]);
    const health = await driverA.get('/health');
    expect(health.status).toBe(200);
  });

  it('answers an upload over the size limit with 413 and stores nothing', async () => {
    const caseId = await newCase('渝A00008', '渝B00008');
    const tooBig = Buffer.concat([await sceneJpeg(106), Buffer.alloc(3 * 1024 * 1024)]);
    const reply = await driverA.upload(`/cases/${caseId}/photos`, 'SCENE', tooBig);
    expect(reply.status).toBe(413);
    expect(reply.contentType).toContain('application/problem+json');
    expect((await driverA.get<{ photos: unknown[] }>(`/cases/${caseId}`)).body.photos).toEqual([]);
  });
});
