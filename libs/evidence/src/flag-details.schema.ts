import { z } from 'zod';
import type { FlagDetail } from './domain/fraud-signals';

/**
 * How the API documents what a flag found (FlagDetail), for every view that shows flags to the
 * officers, the adjusters and the auditors. `photoId` names the photo of this case a detail is
 * about where the details of several photos are gathered in one list (a claim's).
 */
const otherCases = z.array(z.strictObject({ caseId: z.string(), daysApart: z.number().int() }));
const photoId = z.string().optional();

export const FlagDetailResponse = z.discriminatedUnion('flag', [
  z.strictObject({ flag: z.literal('DUPLICATE_PHOTO'), otherCaseId: z.string(), otherPhotoId: z.string(), photoId }),
  z.strictObject({
    flag: z.literal('SIMILAR_PHOTO'),
    otherCaseId: z.string(),
    otherPhotoId: z.string(),
    hammingDistance: z.number().int(),
    photoId,
  }),
  z.strictObject({ flag: z.literal('EXIF_TIME_MISMATCH'), minutesApart: z.number().int(), photoId }),
  z.strictObject({ flag: z.literal('EXIF_GPS_MISMATCH'), distanceMeters: z.number().int(), photoId }),
  z.strictObject({ flag: z.literal('LATE_REPORT'), minutesAfterAccident: z.number().int() }),
  z.strictObject({ flag: z.literal('REPEAT_PLATE'), plate: z.string(), otherCases }),
  z.strictObject({ flag: z.literal('REPEAT_PAIR'), otherCases }),
  z.strictObject({
    flag: z.literal('DISTRICT_MISMATCH'),
    district: z.string(),
    distanceMeters: z.number().int(),
    radiusMeters: z.number().int(),
  }),
]) satisfies z.ZodType<FlagDetail>;

export const FlagDetailsResponse = z.array(FlagDetailResponse);

/**
 * The details as recorded, kept to the ones this version knows how to show: an event recorded by
 * a later version may carry a kind of detail this one has no schema for.
 */
export function knownFlagDetails(recorded: readonly unknown[] | undefined): FlagDetail[] {
  return (recorded ?? []).flatMap((detail) => {
    const parsed = FlagDetailResponse.safeParse(detail);
    return parsed.success ? [parsed.data] : [];
  });
}
