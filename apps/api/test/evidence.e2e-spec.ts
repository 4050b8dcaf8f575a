import sharp from 'sharp';
import { pngClaiming, sceneJpeg, sceneSvg } from '@quickclaim/testing';
import { Client, partyBInput, partyInput, reportBody, serverForSuite } from './harness';
import { AT_THE_SCENE, signIn, THE_DRIVERS } from './story';

interface PhotoReply {
  photoId: string;
  takenAt?: string;
  flags: string[];
  width: number;
  height: number;
}

interface FlaggedView {
  flags: string[];
  flagDetails: Record<string, unknown>[];
  photos: { photoId: string; flags: string[]; flagDetails: Record<string, unknown>[] }[];
}

describe('photo evidence and fraud signals over HTTP', () => {
  let driverA: Client;
  let driverB: Client;
  /** Flags are shown to officers, adjusters and auditors; the drivers' views keep the fields, empty. */
  let auditor: Client;

  serverForSuite({ env: { MAX_UPLOAD_BYTES: String(2 * 1024 * 1024) } }, async (started) => {
    ({ driverA, driverB, auditor } = await signIn(started, {
      ...THE_DRIVERS,
      auditor: { sub: 'auditor-1', role: 'auditor' },
    }));
  });

  const checked = async (caseId: string) => (await auditor.get<FlaggedView>(`/cases/${caseId}`)).body;
  /** Uploads as party A, who is told no flag; answers the flags and details the auditor reads on that photo. */
  async function uploadFlags(caseId: string, kind: string, bytes: Buffer) {
    const reply = await driverA.upload<PhotoReply>(`/cases/${caseId}/photos`, kind, bytes);
    expect(reply.status).toBe(201);
    expect(reply.body.flags).toEqual([]);
    const photo = (await checked(caseId)).photos.find((each) => each.photoId === reply.body.photoId)!;
    return { flags: photo.flags, details: photo.flagDetails, photoId: reply.body.photoId };
  }

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

  it('records capture time and raises no flag for a photo taken there and then', async () => {
    const caseId = await newCase('渝A00001', '渝B00001');
    const reply = await driverA.upload<PhotoReply>(
      `/cases/${caseId}/photos`,
      'FRONT_SIDE',
      await sceneJpeg(101, AT_THE_SCENE),
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ takenAt: '2026-11-22T07:56:00.000Z', flags: [], width: 1200, height: 900 });
  });

  it('flags a photo without EXIF, one taken days before, and one taken elsewhere, with how far', async () => {
    const caseId = await newCase('渝A00002', '渝B00002');
    const upload = async (seed: number, exif = {}) => uploadFlags(caseId, 'SCENE', await sceneJpeg(seed, exif));
    expect(await upload(102)).toMatchObject({ flags: ['NO_EXIF'], details: [] });
    expect(await upload(103, { ...AT_THE_SCENE, dateTimeOriginal: '2026:11:20 15:56:00' })).toMatchObject({
      flags: ['EXIF_TIME_MISMATCH'],
      details: [{ flag: 'EXIF_TIME_MISMATCH', minutesApart: 2 * 24 * 60 - 1 }],
    });
    const elsewhere = await upload(104, { ...AT_THE_SCENE, gps: { lat: 30.2, lng: 106.551 } });
    expect(elsewhere).toMatchObject({ flags: ['EXIF_GPS_MISMATCH'], details: [{ flag: 'EXIF_GPS_MISMATCH' }] });
    expect(elsewhere.details[0]!.distanceMeters).toBeGreaterThan(70_000);
    const view = await checked(caseId);
    expect(view.flags.sort()).toEqual(['EXIF_GPS_MISMATCH', 'EXIF_TIME_MISMATCH', 'NO_EXIF']);
    const driverView = (await driverA.get<FlaggedView>(`/cases/${caseId}`)).body;
    expect(driverView.flags).toEqual([]);
    expect(driverView.photos.flatMap((photo) => [...photo.flags, ...photo.flagDetails])).toEqual([]);
  });

  it('flags a photo reused from another case, and a resized copy of it as similar, naming that case and photo', async () => {
    const photo = await sceneJpeg(105, AT_THE_SCENE);
    const first = await newCase('渝A00003', '渝B00003');
    const original = await uploadFlags(first, 'FRONT_SIDE', photo);
    expect(original.flags).toEqual([]);
    const second = await newCase('渝A00004', '渝B00004');
    expect(await uploadFlags(second, 'FRONT_SIDE', photo)).toMatchObject({
      flags: ['DUPLICATE_PHOTO'],
      details: [{ flag: 'DUPLICATE_PHOTO', otherCaseId: first, otherPhotoId: original.photoId }],
    });
    const resized = await sharp(photo).resize(800).jpeg({ quality: 70 }).withExifMerge({}).keepExif().toBuffer();
    const third = await newCase('渝A00005', '渝B00005');
    const similar = await uploadFlags(third, 'FRONT_SIDE', resized);
    expect(similar).toMatchObject({ flags: ['SIMILAR_PHOTO'], details: [{ flag: 'SIMILAR_PHOTO' }] });
    expect([first, second]).toContain(similar.details[0]!.otherCaseId);
    expect(similar.details[0]!.hammingDistance).toBeLessThanOrEqual(6);
  });

  it('flags a late report, a plate seen again and again, and the same pair again, with which cases and when', async () => {
    const late = await driverA.post<{ caseId: string }>(
      '/cases',
      reportBody({ occurredAt: '2026-11-20T08:00:00.000Z', party: partyInput({ plate: '渝A00006' }) }),
    );
    expect(await checked(late.body.caseId)).toMatchObject({
      flags: ['LATE_REPORT'],
      flagDetails: [{ flag: 'LATE_REPORT', minutesAfterAccident: 2 * 24 * 60 }],
    });
    expect((await driverA.get<FlaggedView>(`/cases/${late.body.caseId}`)).body.flags).toEqual([]);

    const first = await newCase('渝A77777', '渝B88888');
    const again = await newCase('渝A77777', '渝B88888');
    expect(await checked(again)).toMatchObject({
      flags: ['REPEAT_PAIR'],
      flagDetails: [{ flag: 'REPEAT_PAIR', otherCases: [{ caseId: first, daysApart: 0 }] }],
    });
    const third = await newCase('渝A77777', '渝C99999');
    expect(await checked(third)).toMatchObject({
      flags: ['REPEAT_PLATE'],
      flagDetails: [
        {
          flag: 'REPEAT_PLATE',
          plate: '渝A77777',
          otherCases: expect.arrayContaining([
            { caseId: first, daysApart: 0 },
            { caseId: again, daysApart: 0 },
          ]),
        },
      ],
    });
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
