import { ClaimSummary, ClaimView } from '@quickclaim/claims';
import { FlagDetailsResponse } from '@quickclaim/evidence';
import { z } from 'zod';
import { CONFIRMATION_METHODS } from '../domain/assistance.types';
import { NEXT_STEPS } from '../case-views/next-step';
import {
  CASE_STATUSES,
  DECISION_BASES,
  LIABILITY_BASES,
  LIABILITY_LEVELS,
  PARTY_IDS,
  PHOTO_KINDS,
} from '../domain/case.types';
import { SUGGESTION_RULES } from '../domain/liability-rules';

/**
 * What the case's routes answer on success, as documented in OpenAPI (`/docs-json`) and checked against
 * real answers by the security suite and by schemathesis. Objects are strict: a field the
 * contract does not list is a leak until someone documents it here.
 */

const id = z.string().min(1);
const instant = z.string();
const party = z.enum(PARTY_IDS);
const level = z.enum(LIABILITY_LEVELS);
const allocation = z.strictObject({ A: level, B: level });
export const caseStatus = z.enum(CASE_STATUSES);
const photoKind = z.enum(PHOTO_KINDS);
const photoUrls = z.strictObject({ thumbnail: z.string(), preview: z.string() });
const location = z.strictObject({ lat: z.number(), lng: z.number(), address: z.string(), district: z.string() });
const fen = z.number().int();
/** Who filed a case for its parties (assistance/): shown to whoever sees the case. */
export const filedBy = z.strictObject({ assistantId: id, organisation: z.string() });
const assistance = z.strictObject({
  agreement: z.strictObject({ allocation, recordedAt: instant }).nullable(),
  parties: z.array(
    z.strictObject({
      party,
      confirmed: z.boolean(),
      method: z.enum(CONFIRMATION_METHODS).optional(),
      confirmedAt: instant.optional(),
      code: z.strictObject({ sentAt: instant, expiresAt: instant, attemptsLeft: z.number().int() }).nullable(),
    }),
  ),
});

/** Why the desk suggests what it does: the situations each matching party declared (officers and auditors). */
const matched = z.array(z.strictObject({ party, situations: z.array(z.string()) }));
const suggestion = z
  .strictObject({ allocation, rule: z.enum(SUGGESTION_RULES), matched: matched.optional() })
  .nullable();

/** Where and when a photo was taken, against the reported place and time (officers and auditors). */
const photoFacts = {
  position: z.strictObject({ lat: z.number(), lng: z.number() }).optional(),
  distanceMeters: z.number().int().optional(),
  minutesFromAccident: z.number().int().optional(),
};

/** On a review: the first decision and each party's reason to dispute it (officers and auditors). */
const disputedDecision = z
  .strictObject({
    decidedBy: id,
    allocation,
    basis: z.enum(DECISION_BASES),
    situations: z.array(z.string()),
    reasoning: z.string(),
    decidedAt: instant,
    disputes: z.array(z.strictObject({ party, reason: z.string(), disputedAt: instant })),
  })
  .nullable();

const answer = z.enum(['ACCEPTED', 'DISPUTED', 'PENDING']);
const nextStep = z.enum(NEXT_STEPS).nullable();

export const CaseCommandResponse = z.strictObject({ caseId: id, status: caseStatus });

export const AssignmentResponse = z.strictObject({
  caseId: id,
  status: caseStatus,
  assignment: z.strictObject({ officerId: id, assignedAt: instant, expiresAt: instant }).nullable(),
});

export const PhotoResponse = z.strictObject({
  photoId: id,
  kind: photoKind,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  width: z.number().int(),
  height: z.number().int(),
  format: z.string(),
  takenAt: instant.optional(),
  flags: z.array(z.string()),
  urls: photoUrls,
});

export const CaseView = z.strictObject({
  caseId: id,
  status: caseStatus,
  occurredAt: instant,
  reportedAt: instant,
  location: location.nullable(),
  weather: z.string().optional(),
  description: z.string().optional(),
  joinCode: z.string().optional(),
  yourParty: party.nullable(),
  parties: z.array(
    z.strictObject({
      party,
      plate: z.string(),
      insurer: z.string(),
      driverName: z.string(),
      phone: z.string(),
      licenceNo: z.string(),
      vehicleType: z.string().optional(),
      situations: z.array(z.string()),
      note: z.string().optional(),
      accepted: z.boolean().optional(),
      policyNumber: z.string().optional(),
      coverage: z.strictObject({ thirdPartyLimitFen: fen, ownDamage: z.boolean() }).optional(),
    }),
  ),
  photos: z.array(
    z.strictObject({
      photoId: id,
      kind: photoKind,
      party,
      takenAt: instant.optional(),
      flags: z.array(z.string()),
      flagDetails: FlagDetailsResponse,
      ...photoFacts,
      urls: photoUrls,
    }),
  ),
  agreement: z.strictObject({ allocation, signedBy: z.array(party) }).nullable(),
  policeRequest: z
    .strictObject({ requestedAt: instant, deadline: instant, review: z.boolean(), overdue: z.boolean() })
    .nullable(),
  evidenceRequest: z
    .strictObject({ officerId: id, kinds: z.array(photoKind), note: z.string(), requestedAt: instant })
    .nullable(),
  decision: z
    .strictObject({
      allocation,
      basis: z.enum(DECISION_BASES),
      decidedBy: id,
      decidedAt: instant,
      reasoning: z.string(),
      situations: z.array(z.string()),
      responseDeadline: instant,
    })
    .nullable(),
  suggestion,
  liability: z
    .strictObject({
      allocation,
      basis: z.enum(LIABILITY_BASES),
      decidedBy: id.optional(),
      decidedAt: instant,
      reasoning: z.string().optional(),
      final: z.boolean(),
      respondBy: instant.optional(),
      answers: z.strictObject({ A: answer, B: answer }).optional(),
    })
    .nullable(),
  disputedDecision,
  referral: z
    .strictObject({
      reason: z.string(),
      kind: z.enum(['OFFICER', 'REVIEW_DISPUTED', 'MEDIATION_FAILED']),
      referredBy: id.optional(),
      /** MEDIATION_FAILED: the mediation whose record the offline handling continues from. */
      mediationId: id.optional(),
      district: z.string(),
      referredAt: instant,
    })
    .nullable(),
  nextStep,
  claims: z.array(ClaimSummary),
  flags: z.array(z.string()),
  flagDetails: FlagDetailsResponse,
  timeline: z.array(
    z.strictObject({ at: instant, type: z.string(), actor: z.strictObject({ sub: z.string(), role: z.string() }) }),
  ),
  revision: z.number().int(),
  filedBy: filedBy.optional(),
  assistance: assistance.optional(),
  /** Issue 15.2: the mediations asked on the case (a disputed review) or one of its claims. */
  mediations: z.array(z.strictObject({ mediationId: id, claimId: id.optional() })).optional(),
});

export const CaseSummaries = z.strictObject({
  items: z.array(
    z.strictObject({
      caseId: id,
      status: caseStatus,
      occurredAt: instant,
      reportedAt: instant,
      address: z.string(),
      yourParty: party.nullable(),
      plates: z.array(z.string()),
      liability: allocation.nullable(),
      nextStep,
    }),
  ),
});

export const DeskQueue = z.strictObject({
  items: z.array(
    z.strictObject({
      caseId: id,
      requestedAt: instant,
      deadline: instant,
      overdue: z.boolean(),
      review: z.boolean(),
      district: z.string(),
      status: caseStatus,
      occurredAt: instant,
      reportedAt: instant,
      location,
      weather: z.string().optional(),
      description: z.string().optional(),
      parties: z.array(z.strictObject({ party, plate: z.string(), situations: z.array(z.string()) })),
      suggestion,
      flags: z.array(z.string()),
      flagDetails: FlagDetailsResponse,
      photos: z.array(
        z.strictObject({
          photoId: id,
          kind: photoKind,
          thumbnail: z.string(),
          party,
          takenAt: instant.optional(),
          ...photoFacts,
          flags: z.array(z.string()),
          flagDetails: FlagDetailsResponse,
        }),
      ),
      disputedDecision,
      assignedTo: id.optional(),
      filedBy: filedBy.optional(),
    }),
  ),
});

const chainProblem = z.strictObject({ revision: z.number().int(), problem: z.string() });

export const AuditEvents = z.strictObject({
  streamId: z.string(),
  events: z.array(
    z.strictObject({
      revision: z.number().int(),
      position: z.number().int(),
      eventId: id,
      type: z.string(),
      data: z.record(z.string(), z.unknown()),
      actor: z.strictObject({
        sub: z.string(),
        role: z.string(),
        district: z.string().optional(),
        insurer: z.string().optional(),
      }),
      recordedAt: instant,
      correlationId: z.string(),
      causationId: z.string(),
      prevHash: z.string(),
      hash: z.string(),
    }),
  ),
  chainValid: z.boolean(),
  problems: z.array(chainProblem),
});

const ReplayedTo = z.strictObject({ revision: z.number().int(), recordedAt: instant });

/** The case itself as it was (the case view's fields at the top), and where the replay stopped. */
export const AuditState = CaseView.extend({ asOf: ReplayedTo });

export const AuditVerification = z.strictObject({
  streamId: z.string(),
  chainValid: z.boolean(),
  photosIntact: z.boolean(),
  problems: z.array(z.string()),
  /** No event of the case's streams was deleted, at their ends included (ADR 34). */
  nothingDeleted: z.boolean(),
  intact: z.boolean(),
  /** The case's stream and each of its claims' (with their payouts). */
  streams: z.array(
    z.strictObject({
      streamId: z.string(),
      events: z.number().int(),
      lastRevision: z.number().int(),
      intact: z.boolean(),
      problems: z.array(z.string()),
    }),
  ),
  /** The latest signed checkpoint the streams' ends were compared with. */
  checkpoint: z.strictObject({ signedAt: instant, position: z.number().int() }).nullable(),
});

/** The claim itself as it was, and where the replay stopped. */
export const AuditClaimState = ClaimView.extend({ asOf: ReplayedTo });

export const FoundCases = z.strictObject({
  items: z.array(z.strictObject({ caseId: z.string(), plates: z.array(z.string()), reportedAt: instant })),
});
