import { readdirSync } from 'node:fs';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { sceneJpeg } from '@quickclaim/testing';
import { Client, eventually, partyBInput, reportBody, serverForSuite, type TestServer } from './harness';

/** A multipart upload as raw bytes, so the test can send it slowly. */
async function multipart(kind: string, bytes: Buffer): Promise<{ body: Buffer; contentType: string }> {
  const encoded = new Request('http://encoder.invalid/', { method: 'POST', body: photoForm(kind, bytes) });
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type')! };
}

function photoForm(kind: string, bytes: Buffer): FormData {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', new Blob([new Uint8Array(bytes)]), 'photo.jpg');
  return form;
}

async function queuedBytes(server: TestServer): Promise<number> {
  const text = await (await fetch(`${server.baseUrl}/metrics`)).text();
  return Number(/^quickclaim_photo_queue_bytes (\d+)/m.exec(text)?.[1] ?? 'NaN');
}

function blobFiles(server: TestServer): string[] {
  const root = join(server.config.dataDir, 'blobs');
  return readdirSync(root).flatMap((folder) => readdirSync(join(root, folder)));
}

describe('the photo queue under a memory bound', () => {
  const server = serverForSuite({ env: { MAX_UPLOAD_BYTES: '36000', PHOTO_QUEUE_MAX_BYTES: '36000' } });

  it('refuses an upload that does not fit with 503 and Retry-After, stores nothing of it, and takes it later', async () => {
    const driverA = await Client.as(server, { sub: 'driver-q-a', role: 'driver' });
    const driverB = await Client.as(server, { sub: 'driver-q-b', role: 'driver' });
    const { caseId, joinCode } = (await driverA.post<{ caseId: string; joinCode: string }>('/cases', reportBody()))
      .body;
    await driverB.post(`/cases/${caseId}/join`, { joinCode, party: partyBInput() });
    const slow = await multipart('FRONT_SIDE', await sceneJpeg(31, {}, { width: 1200, height: 900 }));
    const other = await sceneJpeg(33, {}, { width: 1200, height: 900 });
    expect(Math.min(slow.body.length, other.length)).toBeGreaterThan(18_000);

    // The first upload sends half its body and waits: it holds its share of the queue meanwhile.
    let first!: ClientRequest;
    const firstReply = new Promise<IncomingMessage>((resolve, reject) => {
      first = httpRequest(
        `${server.baseUrl}/cases/${caseId}/photos`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${driverA.token}`,
            'content-type': slow.contentType,
            'content-length': String(slow.body.length),
          },
        },
        resolve,
      );
      first.on('error', reject);
    });
    first.write(slow.body.subarray(0, slow.body.length / 2));
    await eventually(async () => expect(await queuedBytes(server)).toBe(slow.body.length));

    const refused = await driverA.raw('POST', `/cases/${caseId}/photos`, photoForm('REAR_SIDE', other));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(await refused.json()).toMatchObject({ code: 'PHOTO_QUEUE_FULL', status: 503 });

    first.end(slow.body.subarray(slow.body.length / 2));
    const accepted = await firstReply;
    accepted.resume();
    expect(accepted.statusCode).toBe(201);
    await eventually(async () => expect(await queuedBytes(server)).toBe(0));

    const view = await driverA.get<{ photos: { kind: string }[] }>(`/cases/${caseId}`);
    expect(view.body.photos.map((photo) => photo.kind)).toEqual(['FRONT_SIDE']);
    // Original, preview and thumbnail, each with its content type: nothing of the refused upload.
    expect(blobFiles(server)).toHaveLength(6);

    const later = await driverA.upload(`/cases/${caseId}/photos`, 'REAR_SIDE', await sceneJpeg(32));
    expect(later.status).toBe(201);
    expect(blobFiles(server).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });
});
