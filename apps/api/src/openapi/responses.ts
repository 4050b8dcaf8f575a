import { z } from 'zod';

/**
 * What each route answers on success, as documented in OpenAPI (`/docs-json`) and checked against
 * real answers by the security suite and by schemathesis. Objects are strict: a field the
 * contract does not list is a leak until someone documents it here.
 */

const id = z.string().min(1);
const instant = z.string();
const party = z.enum(['A', 'B']);
const level = z.enum(['FULL', 'MAJOR', 'EQUAL', 'MINOR', 'NONE']);
const allocation = z.strictObject({ A: level, B: level });
const caseStatus = z.enum([
  'REPORTED',
  'AWAITING_POLICE',
  'UNDER_REVIEW',
  'EVIDENCE_REQUESTED',
  'DECIDED',
  'LIABILITY_FINAL',
  'SETTLING',
  'CLOSED',
  'DISPUTED',
  'REFERRED_OFFLINE',
  'WITHDRAWN',
]);
const claimStatus = z.enum([
  'OPEN',
  'ASSESSED',
  'ASSESSMENT_REJECTED',
  'ACCEPTED',
  'APPROVED',
  'PAYING',
  'PAID',
  'CLOSED',
]);
const photoKind = z.enum([
  'FRONT_SIDE',
  'REAR_SIDE',
  'POINT_OF_IMPACT',
  'DAMAGE_DETAIL',
  'PLATE',
  'DOCUMENT',
  'SCENE',
  'OTHER',
]);
const photoUrls = z.strictObject({ thumbnail: z.string(), preview: z.string() });
const suggestion = z
  .strictObject({ allocation, rule: z.enum(['ONLY_A_MATCHES', 'ONLY_B_MATCHES', 'BOTH_MATCH']) })
  .nullable();
const location = z.strictObject({ lat: z.number(), lng: z.number(), address: z.string(), district: z.string() });
const fen = z.number().int();

export const CaseCommandResponse = z.strictObject({ caseId: id, status: caseStatus });

export const ReportResponse = z.strictObject({ caseId: id, joinCode: z.string(), status: caseStatus });

export const JoinResponse = z.strictObject({ caseId: id, party: z.literal('B') });

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
      urls: photoUrls,
    }),
  ),
  agreement: z.strictObject({ allocation, signedBy: z.array(party) }).nullable(),
  policeRequest: z.strictObject({ requestedAt: instant, deadline: instant, review: z.boolean() }).nullable(),
  evidenceRequest: z.strictObject({ officerId: id, kinds: z.array(photoKind), requestedAt: instant }).nullable(),
  decision: z
    .strictObject({
      allocation,
      basis: z.enum(['POLICE', 'REVIEW']),
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
      basis: z.enum(['AGREEMENT', 'POLICE', 'REVIEW']),
      decidedBy: id.optional(),
      decidedAt: instant,
      reasoning: z.string().optional(),
    })
    .nullable(),
  claims: z.array(z.strictObject({ claimId: id, party: z.string(), status: claimStatus })),
  flags: z.array(z.string()),
  timeline: z.array(
    z.strictObject({ at: instant, type: z.string(), actor: z.strictObject({ sub: z.string(), role: z.string() }) }),
  ),
  revision: z.number().int(),
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
      parties: z.array(z.strictObject({ party, plate: z.string(), situations: z.array(z.string()) })),
      suggestion,
      flags: z.array(z.string()),
      photos: z.array(z.strictObject({ photoId: id, kind: photoKind, thumbnail: z.string() })),
      assignedTo: id.optional(),
    }),
  ),
});

const coverage = z.enum(['COMPULSORY', 'THIRD_PARTY', 'OWN_DAMAGE', 'MUTUAL_SELF_PAY', 'CLAIMANT']);

export const Payout = z.strictObject({
  payoutId: id,
  claimId: id,
  payer: z.string(),
  coverage: z.string(),
  coverages: z.array(coverage),
  amountFen: fen,
  status: z.enum(['REQUESTED', 'PAID', 'FAILED', 'NEEDS_ADJUSTER']),
  attempts: z.number().int(),
  reference: z.string().optional(),
});

export const ClaimView = z.strictObject({
  claimId: id,
  caseId: id,
  party: z.string(),
  plate: z.string(),
  handlingInsurer: z.string(),
  status: claimStatus,
  assessment: z
    .strictObject({
      lineItems: z.array(z.strictObject({ description: z.string(), amountFen: fen })),
      totalFen: fen,
      assessedBy: id,
      assessedAt: instant,
    })
    .optional(),
  settlement: z
    .strictObject({
      rule: z.enum(['STANDARD', 'MUTUAL_SELF_PAY']),
      straightThrough: z.boolean(),
      lines: z.array(z.strictObject({ payer: z.string(), coverage, amountFen: fen })),
    })
    .optional(),
  payouts: z.array(Payout),
  flags: z.array(z.string()),
});

export const ClaimList = z.strictObject({ items: z.array(ClaimView) });

export const PayoutList = z.strictObject({ items: z.array(Payout) });

export const ClaimCommandResponse = z.strictObject({ claimId: id, status: claimStatus });

export const AssessmentResponse = z.strictObject({ claimId: id, status: claimStatus, totalFen: fen.optional() });

export const PayoutResultResponse = z.strictObject({
  payoutId: id,
  claimId: id,
  status: z.enum(['REQUESTED', 'PAID', 'FAILED', 'NEEDS_ADJUSTER']).optional(),
  claimStatus,
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

export const AuditState = z.strictObject({
  asOf: z.strictObject({ revision: z.number().int(), recordedAt: instant }),
  case: CaseView,
});

export const AuditVerification = z.strictObject({
  streamId: z.string(),
  chainValid: z.boolean(),
  photosIntact: z.boolean(),
  problems: z.array(z.string()),
});

const documentKind = z.enum(['agreement', 'decision', 'settlement']);

/** GET /verify/…: what a document that matches says, without anyone's name, phone or licence. */
export const DocumentVerification = z.union([
  z.strictObject({
    valid: z.literal(true),
    checkedAt: instant,
    document: z.strictObject({
      kind: documentKind,
      title: z.string(),
      caseId: id,
      claimId: id.optional(),
      occurredAt: instant,
      district: z.string(),
      parties: z.array(z.strictObject({ party, plate: z.string(), insurer: z.string(), liability: level })),
      allocation: allocation.optional(),
      basis: z.enum(['AGREEMENT', 'POLICE', 'REVIEW']),
      decidedBy: id.optional(),
      decidedAt: instant.optional(),
      signedAt: z.array(z.strictObject({ party, at: instant })).optional(),
      amounts: z
        .strictObject({
          assessedFen: fen,
          lines: z.array(z.strictObject({ payer: z.string(), coverage, amountFen: fen })),
          paidFen: fen,
        })
        .optional(),
      issuedAt: instant,
      streams: z.array(z.strictObject({ streamId: z.string(), revision: z.number().int() })),
      fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
      path: z.string(),
    }),
  }),
  z.strictObject({ valid: z.literal(false), checkedAt: instant, reason: z.enum(['NO_MATCH', 'RECORDS_ALTERED']) }),
]);

export const DevToken = z.strictObject({ token: z.string() });

const check = z.strictObject({ status: z.enum(['up', 'down']), error: z.string().optional() });
export const Health = z.strictObject({
  status: z.enum(['ok', 'degraded']),
  checks: z.strictObject({
    eventStore: check,
    readStore: check,
    projections: z.strictObject({
      status: z.enum(['up', 'down']),
      position: z.number().int(),
      lag: z.number().int(),
      failures: z.number().int(),
    }),
  }),
});

/** The success answer of each route, by policy key: status, then a JSON schema or a binary body. */
export type SuccessResponse =
  | { status: number; json: z.ZodType; alsoStatus?: { status: number; json: z.ZodType } }
  | { status: number; binary: readonly string[] }
  | { status: number; text: string };

const projectionFailure = z.strictObject({
  position: z.number().int(),
  streamId: z.string(),
  eventType: z.string(),
  message: z.string(),
});
export const ProjectionStates = z.strictObject({
  items: z.array(
    z.strictObject({
      name: z.string(),
      generation: z.number().int(),
      version: z.number().int(),
      position: z.number().int(),
      lag: z.number().int(),
      failureCount: z.number().int(),
      failures: z.array(projectionFailure),
      rebuilding: z
        .strictObject({
          generation: z.number().int(),
          position: z.number().int(),
          head: z.number().int(),
          startedAt: instant,
          eventsPerSecond: z.number().optional(),
          secondsLeft: z.number().nullable().optional(),
        })
        .nullable(),
      lastRebuild: z
        .union([
          z.strictObject({
            projection: z.string(),
            generation: z.number().int(),
            position: z.number().int(),
            events: z.number().int(),
            seconds: z.number(),
            eventsPerSecond: z.number(),
            failures: z.number().int(),
            swapped: z.boolean(),
          }),
          z.strictObject({ error: z.string() }),
        ])
        .nullable(),
    }),
  ),
});
export const RebuildAccepted = z.strictObject({
  projection: z.string(),
  status: z.literal('REBUILDING'),
  requestedAt: instant,
});

const caseCommand = { status: 200, json: CaseCommandResponse } as const;
const claimCommand = { status: 200, json: ClaimCommandResponse } as const;

export const SUCCESS_RESPONSES: Readonly<Record<string, SuccessResponse>> = {
  'POST /auth/dev-token': { status: 201, json: DevToken },
  'GET /health': { status: 200, json: Health, alsoStatus: { status: 503, json: Health } },
  'GET /metrics': { status: 200, text: 'text/plain' },
  'GET /admin/projections': { status: 200, json: ProjectionStates },
  'POST /admin/projections/:name/rebuild': { status: 202, json: RebuildAccepted },
  'POST /cases': { status: 201, json: ReportResponse },
  'POST /cases/:caseId/join': { status: 200, json: JoinResponse },
  'POST /cases/join': { status: 200, json: JoinResponse },
  'GET /cases/:caseId/stream': { status: 200, text: 'text/event-stream' },
  'POST /cases/:caseId/photos': { status: 201, json: PhotoResponse },
  'GET /cases/:caseId/photos/:photoId/:variant': {
    status: 200,
    binary: ['image/jpeg', 'image/webp', 'image/png', 'image/heif', 'image/avif'],
  },
  'POST /cases/:caseId/circumstances': caseCommand,
  'POST /cases/:caseId/agreement': caseCommand,
  'POST /cases/:caseId/agreement/sign': caseCommand,
  'POST /cases/:caseId/police-review': { status: 202, json: CaseCommandResponse },
  'POST /cases/:caseId/liability/accept': caseCommand,
  'POST /cases/:caseId/liability/dispute': caseCommand,
  'POST /cases/:caseId/withdraw': caseCommand,
  'GET /cases/:caseId': { status: 200, json: CaseView },
  'GET /me/cases': { status: 200, json: CaseSummaries },
  'POST /claims/:claimId/assessment/accept': claimCommand,
  'POST /claims/:claimId/assessment/reject': claimCommand,
  'GET /claims/:claimId': { status: 200, json: ClaimView },
  'GET /desk/queue': { status: 200, json: DeskQueue },
  'GET /desk/queue/stream': { status: 200, text: 'text/event-stream' },
  'POST /cases/:caseId/assignment': { status: 200, json: AssignmentResponse },
  'POST /cases/:caseId/liability/decision': caseCommand,
  'POST /cases/:caseId/evidence-request': caseCommand,
  'POST /cases/:caseId/referral': caseCommand,
  'GET /insurer/claims': { status: 200, json: ClaimList },
  'POST /claims/:claimId/assessment': { status: 200, json: AssessmentResponse },
  'POST /claims/:claimId/approval': claimCommand,
  'GET /insurer/payouts': { status: 200, json: PayoutList },
  'POST /insurer/payouts/:payoutId/result': { status: 200, json: PayoutResultResponse },
  'GET /audit/cases/:caseId/events': { status: 200, json: AuditEvents },
  'GET /audit/cases/:caseId/state': { status: 200, json: AuditState },
  'GET /audit/cases/:caseId/verification': { status: 200, json: AuditVerification },
  'GET /cases/:caseId/documents/agreement.pdf': { status: 200, binary: ['application/pdf'] },
  'GET /cases/:caseId/documents/decision.pdf': { status: 200, binary: ['application/pdf'] },
  'GET /claims/:claimId/documents/settlement.pdf': { status: 200, binary: ['application/pdf'] },
  'GET /verify/:kind/:subjectId/:revisions/:fingerprint': { status: 200, json: DocumentVerification },
};
