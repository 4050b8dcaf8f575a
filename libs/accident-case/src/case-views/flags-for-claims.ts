import { DESK_ONLY_FLAGS } from '@quickclaim/evidence';
import type { RecordedFlagDetail } from '../domain/case.types';
import type { CaseViewState } from './case-view.state';

/**
 * What the claims of a case are opened with: the case's flags and its photos' flags, with what
 * they found (a photo's details name the photo). Flags about the desk are not copied: they do not
 * hold a payment back.
 */
export function flagsForClaims(state: Pick<CaseViewState, 'flags' | 'flagDetails' | 'photos'>): {
  flags: string[];
  flagDetails: RecordedFlagDetail[];
} {
  const deskOnly = new Set<string>(DESK_ONLY_FLAGS);
  const flags = [...new Set([...state.flags, ...state.photos.flatMap((photo) => photo.flags)])];
  const flagDetails = [
    ...state.flagDetails,
    ...state.photos.flatMap((photo) =>
      (photo.flagDetails ?? []).map((detail) => ({ ...detail, photoId: photo.photoId })),
    ),
  ];
  return {
    flags: flags.filter((flag) => !deskOnly.has(flag)),
    flagDetails: flagDetails.filter((detail) => !deskOnly.has(detail.flag)),
  };
}
