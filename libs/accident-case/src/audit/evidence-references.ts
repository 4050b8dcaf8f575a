import type { RecordedEvent } from '@quickclaim/platform';
import type { ContentReference } from '@quickclaim/platform/eventsourcing';

/** The originals a case vouches for: each attached photo by the SHA-256 its event recorded. */
export function photoReferences(event: RecordedEvent): ContentReference[] {
  if (event.type !== 'PhotoAttached') return [];
  const { photoId, sha256 } = event.data as { photoId?: unknown; sha256?: unknown };
  return typeof sha256 === 'string' ? [{ label: `photo ${String(photoId)}`, sha256 }] : [];
}
