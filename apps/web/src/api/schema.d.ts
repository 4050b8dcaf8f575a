// Generated from /docs-json by `npm run gen:api-types` (scripts/web/api-types.ts): do not edit.
export interface paths {
  '/auth/dev-token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a development token for any role (embedded default only)
     * @description Public: no token.
     */
    post: operations['DevTokenController_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness and the readiness of each adapter
     * @description Public: no token.
     */
    get: operations['OpsController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/projections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Each projection: checkpoint, lag, recorded failures, a rebuild in progress
     * @description Roles: admin. Takes no body.
     */
    get: operations['ProjectionsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/projections/{name}/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replay the events into a fresh copy of the read model; it replaces the live one once caught up
     * @description Roles: admin. Takes no body.
     */
    post: operations['ProjectionsController_rebuild'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/checkpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign the head of every stream now, and publish the checkpoint on the bus
     * @description Roles: auditor. Takes no body.
     */
    post: operations['CheckpointRoute_take'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/checkpoints/latest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The latest signed checkpoint: keep it, and `npm run audit -- verify --checkpoint` proves it later
     * @description Roles: auditor, adjuster. Takes no body.
     */
    get: operations['CheckpointRoute_latest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report an accident; the caller becomes party A
     * @description 400 INVALID_PLATE when `party.plate` is not a Chinese plate (ordinary, new energy, 警/学/挂/应急/领/使/港/澳); 400 UNKNOWN_DISTRICT when `location.district` is not a district the platform serves. A reported point outside the named district is recorded as the case flag DISTRICT_MISMATCH, never refused.
     *
     *     Roles: driver. Rate limit: reports (429 with Retry-After).
     */
    post: operations['ReportAccidentRoute_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/join': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Join a reported case with its code; the caller becomes party B
     * @description 409 CASE_FULL when the code is right but both drivers have joined already; 422 INVALID_JOIN_CODE for a wrong code while the case waits for its party B, 404 CASE_NOT_FOUND once it does not; 400 INVALID_PLATE.
     *
     *     Roles: driver. Object: the case, if mayJoinCase (else 404/403). Rate limit: reports (429 with Retry-After).
     */
    post: operations['JoinCaseRoute_join'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/join': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Join by the code on party A's screen and A's plate, without the case id; the caller becomes party B
     * @description For a second driver who types the code instead of scanning the join link. The plate of A is asked too, so a guessed code alone never reaches a stranger’s case. 404 CASE_NOT_FOUND when no single open case matches both; 409 CASE_FULL when the case they name has both its drivers already.
     *
     *     Roles: driver. Rate limit: reports (429 with Retry-After).
     */
    post: operations['JoinCaseRoute_joinByCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a photo of the scene (multipart fields file and kind; an assistant adds party)
     * @description Roles: driver, assistant. Object: the case, if seesCase (else 404/403). Rate limit: uploads (429 with Retry-After).
     */
    post: operations['AttachPhotoRoute_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/photos/{photoId}/{variant}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Photo bytes: thumbnail or preview for anyone who sees the case; original restricted
     * @description Roles: driver, officer, adjuster, auditor, assistant, mediator. Object: the case, if seesCase and seesPhoto (else 404/403). Takes no body.
     */
    get: operations['DownloadPhotoRoute_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/circumstances': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Declare up to 3 of the standard situations S01–S21 for your vehicle (an assistant: for the party named)
     * @description Roles: driver, assistant. Object: the case, if seesCase (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['DeclareCircumstancesRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/agreement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Propose (and sign) a FULL/NONE allocation for the other party to sign
     * @description By the assistant who filed the case: records the allocation the parties negotiated, signed by neither; each party then confirms it (POST /cases/{caseId}/parties/{party}/confirmation, or POST /cases/{caseId}/confirmation on their own phone).
     *
     *     Roles: driver, assistant. Object: the case, if seesCase (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['ProposeAgreementRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/agreement/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign the proposed agreement; liability is final when both have signed
     * @description Roles: driver. Object: the case, if seesCase (else 404/403). Rate limit: decisions (429 with Retry-After). Takes no body.
     */
    post: operations['SignAgreementRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/police-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask the police desk to decide liability (within 5 minutes)
     * @description By the assistant who filed the case: hands it to the desk for both parties, instead of an agreement.
     *
     *     Roles: driver, assistant. Object: the case, if seesCase (else 404/403). Rate limit: decisions (429 with Retry-After). Takes no body.
     */
    post: operations['RequestPoliceDecisionRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/liability/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept the police decision (silence for 3 days counts as acceptance)
     * @description Roles: driver. Object: the case, if seesCase (else 404/403). Rate limit: decisions (429 with Retry-After). Takes no body.
     */
    post: operations['AcceptLiabilityRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/liability/dispute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Dispute the decision: the first dispute asks for one review by another officer
     * @description Roles: driver. Object: the case, if seesCase (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['DisputeLiabilityRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw the case (only before liability is final)
     * @description Roles: driver. Object: the case, if seesCase (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['WithdrawCaseRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The case as the caller may see it
     * @description Roles: driver, officer, adjuster, auditor, assistant, mediator. Object: the case, if seesCase (else 404/403). Takes no body.
     */
    get: operations['GetCaseRoute_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller's cases, newest first
     * @description Roles: driver. Takes no body.
     */
    get: operations['MyCasesRoute_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The same case, live: server-sent events pushed whenever the projections change it
     * @description Each `case` event carries `{ case, claims }`: the body of GET /cases/{caseId} and the ClaimViews (as GET /claims/{claimId}) of the claims the caller may see; the first is sent at once, the next ones only when something in them changed. Whoever may read the case may follow it.
     *
     *     Roles: driver, officer, adjuster, auditor, assistant, mediator. Object: the case, if seesCase (else 404/403). Takes no body.
     */
    get: operations['CaseStreamRoute_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/desk/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cases waiting for a decision in the officer's district, by deadline
     * @description Each item carries what the desk knows: the reporter’s account, where and when each photo was taken against the reported place and time, why the suggestion, the flags with what they found and, on a review, the disputed first decision. A review is left out of the queue of the officer whose decision was disputed.
     *
     *     Roles: officer. Takes no body.
     */
    get: operations['DeskQueueRoute_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/desk/queue/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The same queue, live: server-sent events pushed whenever the projections change it
     * @description Each `queue` event carries the body of GET /desk/queue (`{ items }`) and the projection position as its id; the first is sent at once, the next ones only when the queue changed. Comments (`: keep-alive`) arrive every 15 s when nothing happens. Browsers read it with fetch, since it needs the bearer token.
     *
     *     Roles: officer. Takes no body.
     */
    get: operations['DeskQueueRoute_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/assignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take the case; 409 ALREADY_ASSIGNED while another officer holds it
     * @description Roles: officer. Object: the case, if seesCase (else 404/403). Rate limit: decisions (429 with Retry-After). Takes no body.
     */
    post: operations['TakeCaseRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/liability/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decide liability (the officer must hold the case)
     * @description Roles: officer. Object: the case, if seesCase (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['DecideLiabilityRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/evidence-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask the parties for more photos
     * @description Roles: officer. Object: the case, if seesCase (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['RequestEvidenceRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/referral': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refer the case to on-site handling; it leaves the online path
     * @description Roles: officer. Object: the case, if seesCase (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['ReferOfflineRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find cases by case id, plate or phone number (?q=), newest first; without q, the newest cases
     * @description Roles: auditor. Takes no body.
     */
    get: operations['FindCaseRoute_find'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/cases/{caseId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The case's events with their hash chain, verified
     * @description Roles: auditor, driver, officer. Object: the case, if seesCase (else 404/403). Takes no body.
     */
    get: operations['AuditCaseRoute_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/cases/{caseId}/state': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The case as it was at a revision (?revision=N) or a moment (?at=ISO): the case view itself, with `asOf` beside it; a revision beyond the last is 404
     * @description Roles: auditor, driver, officer. Object: the case, if seesCase (else 404/403). Takes no body.
     */
    get: operations['AuditCaseRoute_state'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/cases/{caseId}/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Are the chains of the case and of its claims intact, is none of their events deleted, and does every photo still hash to its recorded SHA-256?
     * @description Roles: auditor, driver, officer. Object: the case, if seesCase (else 404/403). Takes no body.
     */
    get: operations['AuditCaseRoute_verification'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assistant/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The cases the assistant filed, newest first
     * @description Roles: assistant. Takes no body.
     */
    get: operations['AssistedCasesRoute_mine'];
    put?: never;
    /**
     * File an accident of your area for both parties from one device (party A and party B at once)
     * @description The case is reported and joined in one step, neither party linked to a driver account; the assistant is the events' actor and `filedBy` names them. Photos, circumstances, the agreement (or the police desk) follow through the drivers' routes with a `party` field; each party then confirms.
     *
     *     Roles: assistant. Rate limit: reports (429 with Retry-After).
     */
    post: operations['FileCaseRoute_file'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/parties/{party}/confirmation-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a party a one-time code by SMS, to confirm the agreement the assistant recorded
     * @description The code (6 digits, valid 10 minutes, 5 tries) goes to the party’s phone through the notification gateway, with a link to confirm on their own phone; it never appears in an answer, an event or a log. A new code replaces the last, at most one a minute and 5 per party (then: by signature). 503 SMS_NOT_SENT when the bus did not take it.
     *
     *     Roles: assistant. Object: the case, if seesCase (else 404/403). Rate limit: reports (429 with Retry-After). Takes no body.
     */
    post: operations['SendConfirmationCodeRoute_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/parties/{party}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A party confirms the recorded agreement on the assistant's device: the SMS code, or a signature
     * @description `{ method: "CODE", code }`: the 6 digits the party’s phone received (a wrong code costs one of 5 tries: 422 CONFIRMATION_CODE_WRONG). `{ method: "SIGNATURE", name, phone }`: the party signs with their name and phone, which must be the party’s (422 SIGNATURE_MISMATCH). Liability is final by agreement when both confirmed.
     *
     *     Roles: assistant. Object: the case, if seesCase (else 404/403). Rate limit: reports (429 with Retry-After).
     */
    post: operations['ConfirmPartyRoute_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm, on your own phone, the agreement an assistant filed for you, with the code of your SMS
     * @description The SMS links to the confirmation screen (`/#/confirm/{caseId}/{party}`). The caller becomes the party: the case is theirs to follow from then on (GET /cases/{caseId}, GET /me/cases). A token with a phone must carry the party’s (422 PARTY_PHONE_MISMATCH); a wrong code costs one of 5 tries (422 CONFIRMATION_CODE_WRONG). Any driver may try while a code is out for a party of the case; otherwise 404.
     *
     *     Roles: driver. Object: the case, if mayConfirmParty (else 404/403). Rate limit: reports (429 with Retry-After).
     */
    post: operations['ConfirmOwnPartyRoute_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/claims/{claimId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The claim's events (assessments, settlement, payouts) with their hash chain, verified
     * @description Roles: auditor, adjuster. Object: the claim, if seesClaim (else 404/403). Takes no body.
     */
    get: operations['AuditClaimRoute_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/claims/{claimId}/state': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The claim as it was at a revision (?revision=N) or a moment (?at=ISO): the claim view itself, with `asOf` beside it; a revision beyond the last is 404
     * @description Roles: auditor, adjuster. Object: the claim, if seesClaim (else 404/403). Takes no body.
     */
    get: operations['AuditClaimRoute_state'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/mediation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Dispute the review and ask for mediation instead of going offline
     * @description Roles: driver. Object: the case, if seesCase (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['RequestMediationRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/claims/{claimId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A claim: its assessment, settlement lines and payouts
     * @description Roles: driver, adjuster, auditor. Object: the claim, if seesClaim (else 404/403). Takes no body.
     */
    get: operations['GetClaimRoute_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/claims/{claimId}/assessment/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The claimant accepts the assessment
     * @description Roles: driver. Object: the claim, if seesClaim (else 404/403). Rate limit: decisions (429 with Retry-After). Takes no body.
     */
    post: operations['AcceptAssessmentRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/claims/{claimId}/assessment/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The claimant rejects the assessment; it goes back to the adjuster with the reason
     * @description Roles: driver. Object: the claim, if seesClaim (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['RejectAssessmentRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/insurer/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Claims the adjuster's insurer handles or pays on
     * @description Roles: adjuster. Takes no body.
     */
    get: operations['InsurerClaimsRoute_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/insurer/claims/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The same claims, live: server-sent events pushed whenever the projections change them
     * @description Each `claims` event carries the body of GET /insurer/claims (`{ items }`, with the same `?status=`) and the projection position as its id; the first is sent at once, the next ones only when the list changed. Comments (`: keep-alive`) arrive every 15 s when nothing happens. Browsers read it with fetch (bearer token).
     *
     *     Roles: adjuster. Takes no body.
     */
    get: operations['InsurerClaimsRoute_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/claims/{claimId}/assessment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assess the damage of the handling insurer's insured vehicle
     * @description Roles: adjuster. Object: the claim, if seesClaim and handlesClaim (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['AssessDamageRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/claims/{claimId}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve the settlement (handling insurer); the payouts are requested
     * @description Roles: adjuster. Object: the claim, if seesClaim and handlesClaim (else 404/403). Rate limit: decisions (429 with Retry-After). Takes no body.
     */
    post: operations['ApproveSettlementRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/insurer/payouts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The payouts ledger of the adjuster's insurer, as payer
     * @description Roles: adjuster. Takes no body.
     */
    get: operations['InsurerPayoutsRoute_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/insurer/payouts/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The same ledger, live: server-sent events pushed whenever the projections change it
     * @description Each `payouts` event carries the body of GET /insurer/payouts (`{ items }`, with the same `?status=`) and the projection position as its id; the first is sent at once, the next ones only when the ledger changed.
     *
     *     Roles: adjuster. Takes no body.
     */
    get: operations['InsurerPayoutsRoute_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/insurer/payouts/{payoutId}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The payer insurer reports a payout paid or failed
     * @description Roles: adjuster. Object: the payout, if paysPayout (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['RecordPayoutResultRoute_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/claims/{claimId}/investigation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a settlement held for review for investigation (handling insurer); approve or decline it later
     * @description The claim is `UNDER_INVESTIGATION`; the note is shown to insurers and auditors, not to the claimant.
     *
     *     Roles: adjuster. Object: the claim, if seesClaim and handlesClaim (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['OpenInvestigationRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/claims/{claimId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decline a settlement held for review, or under investigation (handling insurer): final, nothing is paid
     * @description The claimant reads the reason in their ClaimView (`decline`). The claim is `DECLINED`.
     *
     *     Roles: adjuster. Object: the claim, if seesClaim and handlesClaim (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['DeclineClaimRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/claims/{claimId}/mediation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Having rejected the assessment twice, ask for mediation instead of another round
     * @description Roles: driver. Object: the claim, if seesClaim (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['RequestClaimMediationRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mediator/mediations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The mediator's queue: their committee's mediations nobody took yet, and those they took; oldest first
     * @description Roles: mediator. Takes no body.
     */
    get: operations['MediatorMediationsRoute_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mediations/{mediationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A mediation: what it is about, its mediator, the proposed settlement and who signed it
     * @description Roles: driver, mediator, auditor. Object: the mediation, if seesMediation (else 404/403). Takes no body.
     */
    get: operations['GetMediationRoute_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mediations/{mediationId}/take': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a mediation of your committee: you have 3 days to propose a settlement
     * @description Roles: mediator. Object: the mediation, if seesMediation (else 404/403). Rate limit: decisions (429 with Retry-After). Takes no body.
     */
    post: operations['TakeMediationRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mediations/{mediationId}/proposal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Propose the settlement: each vehicle’s lines (whose policy, which cover, integer fen)
     * @description Roles: mediator. Object: the mediation, if seesMediation (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['ProposeSettlementRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mediations/{mediationId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End the mediation without agreement, saying why: the case or claim goes offline with its record
     * @description Roles: mediator. Object: the mediation, if seesMediation (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['EndMediationRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mediations/{mediationId}/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign the proposed settlement; once both parties signed, its amounts are settled and paid
     * @description Roles: driver. Object: the mediation, if seesMediation (else 404/403). Rate limit: decisions (429 with Retry-After). Takes no body.
     */
    post: operations['SignSettlementRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mediations/{mediationId}/refusal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refuse the proposed settlement, saying why: the mediation fails and the case goes offline
     * @description Roles: driver. Object: the mediation, if seesMediation (else 404/403). Rate limit: decisions (429 with Retry-After).
     */
    post: operations['RefuseSettlementRoute_handle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/documents/agreement.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The self-negotiated agreement (自行协商协议书), once both parties signed it
     * @description 404 DOCUMENT_NOT_AVAILABLE while liability is not final or was not agreed; 409 RECORDS_ALTERED when the case's records fail their integrity check (no paper is issued from altered records).
     *
     *     Roles: driver, officer, auditor, assistant. Object: the case, if seesCase (else 404/403). Takes no body.
     */
    get: operations['DownloadCaseDocumentRoute_agreement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{caseId}/documents/decision.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The police decision by simple procedure (简易程序事故认定书), once it is final
     * @description 404 DOCUMENT_NOT_AVAILABLE while liability is not final or was not decided by an officer; 409 RECORDS_ALTERED when the case's records fail their integrity check.
     *
     *     Roles: driver, officer, auditor, assistant. Object: the case, if seesCase (else 404/403). Takes no body.
     */
    get: operations['DownloadCaseDocumentRoute_decision'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/claims/{claimId}/documents/settlement.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The settlement of a claim (理赔结算单), once every payout is confirmed
     * @description 404 DOCUMENT_NOT_AVAILABLE until every payout is confirmed; 409 RECORDS_ALTERED when the claim or its case fails its integrity check.
     *
     *     Roles: driver, adjuster, auditor. Object: the claim, if seesClaim (else 404/403). Takes no body.
     */
    get: operations['DownloadSettlementRoute_settlement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/verify/{kind}/{subjectId}/{revisions}/{fingerprint}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Does a document match the recorded events? Public: what its QR code opens
     * @description valid: false with NO_MATCH for any reference that does not match (a guessed URL learns nothing), or RECORDS_ALTERED when the reference matches but the records fail their integrity check. 404 DOCUMENT_NOT_FOUND for a path that cannot be a document reference.
     *
     *     Public: no token.
     */
    get: operations['VerifyDocumentRoute_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      code: string;
      errors?: {
        field: string;
        message: string;
      }[];
      instance?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  DevTokenController_issue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          sub: string;
          /** @enum {string} */
          role: 'driver' | 'officer' | 'adjuster' | 'auditor' | 'admin' | 'assistant' | 'mediator';
          district?: string;
          insurer?: string;
          phone?: string;
          organisation?: string;
          committee?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OpsController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok' | 'degraded';
            checks: {
              eventStore: {
                /** @enum {string} */
                status: 'up' | 'down';
                error?: string;
              };
              readStore: {
                /** @enum {string} */
                status: 'up' | 'down';
                error?: string;
              };
              integrity: {
                /** @enum {string} */
                status: 'up' | 'down';
                /** @enum {string} */
                state: 'off' | 'checking' | 'done' | 'partial';
                events: number;
                problems: number;
                found: string[];
              };
              projections: {
                /** @enum {string} */
                status: 'up' | 'down';
                position: number;
                lag: number;
                failures: number;
              };
            };
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Degraded */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok' | 'degraded';
            checks: {
              eventStore: {
                /** @enum {string} */
                status: 'up' | 'down';
                error?: string;
              };
              readStore: {
                /** @enum {string} */
                status: 'up' | 'down';
                error?: string;
              };
              integrity: {
                /** @enum {string} */
                status: 'up' | 'down';
                /** @enum {string} */
                state: 'off' | 'checking' | 'done' | 'partial';
                events: number;
                problems: number;
                found: string[];
              };
              projections: {
                /** @enum {string} */
                status: 'up' | 'down';
                position: number;
                lag: number;
                failures: number;
              };
            };
          };
        };
      };
    };
  };
  ProjectionsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              name: string;
              generation: number;
              version: number;
              position: number;
              lag: number;
              failureCount: number;
              failures: {
                position: number;
                streamId: string;
                eventType: string;
                message: string;
              }[];
              rebuilding: {
                generation: number;
                position: number;
                head: number;
                startedAt: string;
                eventsPerSecond?: number;
                secondsLeft?: number | null;
              } | null;
              lastRebuild:
                | (
                    | {
                        projection: string;
                        generation: number;
                        position: number;
                        events: number;
                        seconds: number;
                        eventsPerSecond: number;
                        failures: number;
                        swapped: boolean;
                      }
                    | {
                        error: string;
                      }
                  )
                | null;
            }[];
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ProjectionsController_rebuild: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            projection: string;
            /** @enum {string} */
            status: 'REBUILDING';
            requestedAt: string;
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CheckpointRoute_take: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            checkpoint: {
              /** @enum {number} */
              version: 1;
              signedAt: string;
              position: number;
              streams: number;
              events: number;
              missingPositions: number[][];
              heads: {
                [key: string]: {
                  revision: number;
                  position: number;
                  hash: string;
                };
              };
            };
            signature: string;
            keyId: string;
            publicKey: string;
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change. This endpoint: AUDIT_SIGNING_OFF */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CheckpointRoute_latest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            checkpoint: {
              /** @enum {number} */
              version: 1;
              signedAt: string;
              position: number;
              streams: number;
              events: number;
              missingPositions: number[][];
              heads: {
                [key: string]: {
                  revision: number;
                  position: number;
                  hash: string;
                };
              };
            };
            signature: string;
            keyId: string;
            publicKey: string;
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found. This endpoint: NO_CHECKPOINT */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReportAccidentRoute_report: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          occurredAt: string;
          location: {
            lat: number;
            lng: number;
            address: string;
            district: string;
          };
          weather?: string;
          description?: string;
          eligibility: {
            noInjuries: boolean;
            vehiclesMovable: boolean;
            licencesValid: boolean;
            compulsoryInsurance: boolean;
            noIntoxication: boolean;
            platesValid: boolean;
            nobodyLeft: boolean;
            notDeliberate: boolean;
          };
          party: {
            driverName: string;
            phone: string;
            licenceNo: string;
            plate: string;
            vehicleType?: string;
            insurer: string;
            policyNumber: string;
            coverage: {
              thirdPartyLimitFen: number;
              ownDamage: boolean;
            };
          };
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            joinCode: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON). This endpoint: INVALID_PLATE, UNKNOWN_DISTRICT */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body. This endpoint: CASE_NOT_ELIGIBLE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  JoinCaseRoute_join: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          joinCode: string;
          party: {
            driverName: string;
            phone: string;
            licenceNo: string;
            plate: string;
            vehicleType?: string;
            insurer: string;
            policyNumber: string;
            coverage: {
              thirdPartyLimitFen: number;
              ownDamage: boolean;
            };
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            party: 'B';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON). This endpoint: INVALID_PLATE */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change. This endpoint: CASE_FULL */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body. This endpoint: INVALID_JOIN_CODE, REPORTER_CANNOT_JOIN, SAME_VEHICLE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  JoinCaseRoute_joinByCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          joinCode: string;
          plateOfA: string;
          party: {
            driverName: string;
            phone: string;
            licenceNo: string;
            plate: string;
            vehicleType?: string;
            insurer: string;
            policyNumber: string;
            coverage: {
              thirdPartyLimitFen: number;
              ownDamage: boolean;
            };
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            party: 'B';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON). This endpoint: INVALID_PLATE */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change. This endpoint: CASE_FULL */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body. This endpoint: REPORTER_CANNOT_JOIN, SAME_VEHICLE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AttachPhotoRoute_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
          /** @enum {string} */
          kind:
            'FRONT_SIDE' | 'REAR_SIDE' | 'POINT_OF_IMPACT' | 'DAMAGE_DETAIL' | 'PLATE' | 'DOCUMENT' | 'SCENE' | 'OTHER';
          /**
           * @description The party an assistant uploads it for; drivers leave it out
           * @enum {string}
           */
          party?: 'A' | 'B';
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            photoId: string;
            /** @enum {string} */
            kind:
              | 'FRONT_SIDE'
              | 'REAR_SIDE'
              | 'POINT_OF_IMPACT'
              | 'DAMAGE_DETAIL'
              | 'PLATE'
              | 'DOCUMENT'
              | 'SCENE'
              | 'OTHER';
            sha256: string;
            width: number;
            height: number;
            format: string;
            takenAt?: string;
            flags: string[];
            urls: {
              thumbnail: string;
              preview: string;
            };
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a supported image */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DownloadPhotoRoute_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        photoId: string;
        variant: 'thumbnail' | 'preview' | 'original';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/jpeg': string;
          'image/webp': string;
          'image/png': string;
          'image/heif': string;
          'image/avif': string;
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DeclareCircumstancesRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          situations: string[];
          note?: string;
          /** @enum {string} */
          party?: 'A' | 'B';
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ProposeAgreementRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          allocation: {
            /** @enum {string} */
            A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
            /** @enum {string} */
            B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SignAgreementRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RequestPoliceDecisionRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AcceptLiabilityRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DisputeLiabilityRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WithdrawCaseRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GetCaseRoute_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
            occurredAt: string;
            reportedAt: string;
            location: {
              lat: number;
              lng: number;
              address: string;
              district: string;
            } | null;
            weather?: string;
            description?: string;
            joinCode?: string;
            /** @enum {string|null} */
            yourParty: 'A' | 'B' | null;
            parties: {
              /** @enum {string} */
              party: 'A' | 'B';
              plate: string;
              insurer: string;
              driverName: string;
              phone: string;
              licenceNo: string;
              vehicleType?: string;
              situations: string[];
              note?: string;
              accepted?: boolean;
              policyNumber?: string;
              coverage?: {
                thirdPartyLimitFen: number;
                ownDamage: boolean;
              };
            }[];
            photos: {
              photoId: string;
              /** @enum {string} */
              kind:
                | 'FRONT_SIDE'
                | 'REAR_SIDE'
                | 'POINT_OF_IMPACT'
                | 'DAMAGE_DETAIL'
                | 'PLATE'
                | 'DOCUMENT'
                | 'SCENE'
                | 'OTHER';
              /** @enum {string} */
              party: 'A' | 'B';
              takenAt?: string;
              flags: string[];
              flagDetails: (
                | {
                    /** @enum {string} */
                    flag: 'DUPLICATE_PHOTO';
                    otherCaseId: string;
                    otherPhotoId: string;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'SIMILAR_PHOTO';
                    otherCaseId: string;
                    otherPhotoId: string;
                    hammingDistance: number;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'EXIF_TIME_MISMATCH';
                    minutesApart: number;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'EXIF_GPS_MISMATCH';
                    distanceMeters: number;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'LATE_REPORT';
                    minutesAfterAccident: number;
                  }
                | {
                    /** @enum {string} */
                    flag: 'REPEAT_PLATE';
                    plate: string;
                    otherCases: {
                      caseId: string;
                      daysApart: number;
                    }[];
                  }
                | {
                    /** @enum {string} */
                    flag: 'REPEAT_PAIR';
                    otherCases: {
                      caseId: string;
                      daysApart: number;
                    }[];
                  }
                | {
                    /** @enum {string} */
                    flag: 'DISTRICT_MISMATCH';
                    district: string;
                    distanceMeters: number;
                    radiusMeters: number;
                  }
              )[];
              position?: {
                lat: number;
                lng: number;
              };
              distanceMeters?: number;
              minutesFromAccident?: number;
              urls: {
                thumbnail: string;
                preview: string;
              };
            }[];
            agreement: {
              allocation: {
                /** @enum {string} */
                A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                /** @enum {string} */
                B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
              };
              signedBy: ('A' | 'B')[];
            } | null;
            policeRequest: {
              requestedAt: string;
              deadline: string;
              review: boolean;
              overdue: boolean;
            } | null;
            evidenceRequest: {
              officerId: string;
              kinds: (
                | 'FRONT_SIDE'
                | 'REAR_SIDE'
                | 'POINT_OF_IMPACT'
                | 'DAMAGE_DETAIL'
                | 'PLATE'
                | 'DOCUMENT'
                | 'SCENE'
                | 'OTHER'
              )[];
              note: string;
              requestedAt: string;
            } | null;
            decision: {
              allocation: {
                /** @enum {string} */
                A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                /** @enum {string} */
                B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
              };
              /** @enum {string} */
              basis: 'POLICE' | 'REVIEW';
              decidedBy: string;
              decidedAt: string;
              reasoning: string;
              situations: string[];
              responseDeadline: string;
            } | null;
            suggestion: {
              allocation: {
                /** @enum {string} */
                A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                /** @enum {string} */
                B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
              };
              /** @enum {string} */
              rule: 'ONLY_A_MATCHES' | 'ONLY_B_MATCHES' | 'BOTH_MATCH';
              matched?: {
                /** @enum {string} */
                party: 'A' | 'B';
                situations: string[];
              }[];
            } | null;
            liability: {
              allocation: {
                /** @enum {string} */
                A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                /** @enum {string} */
                B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
              };
              /** @enum {string} */
              basis: 'AGREEMENT' | 'POLICE' | 'REVIEW';
              decidedBy?: string;
              decidedAt: string;
              reasoning?: string;
              final: boolean;
              respondBy?: string;
              answers?: {
                /** @enum {string} */
                A: 'ACCEPTED' | 'DISPUTED' | 'PENDING';
                /** @enum {string} */
                B: 'ACCEPTED' | 'DISPUTED' | 'PENDING';
              };
            } | null;
            disputedDecision: {
              decidedBy: string;
              allocation: {
                /** @enum {string} */
                A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                /** @enum {string} */
                B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
              };
              /** @enum {string} */
              basis: 'POLICE' | 'REVIEW';
              situations: string[];
              reasoning: string;
              decidedAt: string;
              disputes: {
                /** @enum {string} */
                party: 'A' | 'B';
                reason: string;
                disputedAt: string;
              }[];
            } | null;
            referral: {
              reason: string;
              /** @enum {string} */
              kind: 'OFFICER' | 'REVIEW_DISPUTED' | 'MEDIATION_FAILED';
              referredBy?: string;
              mediationId?: string;
              district: string;
              referredAt: string;
            } | null;
            /** @enum {string|null} */
            nextStep:
              | 'SHARE_JOIN_CODE'
              | 'ADD_REQUIRED_PHOTOS'
              | 'AGREE_OR_ASK_POLICE'
              | 'SIGN_AGREEMENT'
              | 'WAIT_FOR_SIGNATURE'
              | 'WAIT_FOR_OFFICER'
              | 'OFFICER_REVIEWING'
              | 'OFFICER_OVERDUE_KEEP_WAITING'
              | 'ADD_REQUESTED_PHOTOS'
              | 'ANSWER_DECISION_BY'
              | 'WAIT_FOR_OTHER_ANSWER'
              | 'WAIT_FOR_CLAIMS'
              | 'FOLLOW_CLAIMS'
              | 'GO_OFFLINE'
              | 'FOLLOW_MEDIATION'
              | 'NOTHING_TO_DO'
              | null;
            claims: {
              claimId: string;
              party: string;
              /** @enum {string} */
              status:
                | 'OPEN'
                | 'ASSESSED'
                | 'ASSESSMENT_REJECTED'
                | 'ACCEPTED'
                | 'APPROVED'
                | 'PAYING'
                | 'PAID'
                | 'CLOSED'
                | 'UNDER_INVESTIGATION'
                | 'DECLINED'
                | 'IN_MEDIATION'
                | 'REFERRED_OFFLINE';
              hold: {
                /** @enum {string} */
                reason:
                  | 'AWAITING_SETTLEMENT'
                  | 'AWAITING_APPROVAL'
                  | 'FLAGGED_FOR_REVIEW'
                  | 'UNDER_INVESTIGATION'
                  | 'PAYOUT_FAILED_RETRYING'
                  | 'PAYOUT_NEEDS_ADJUSTER';
                since: string;
              } | null;
            }[];
            flags: string[];
            flagDetails: (
              | {
                  /** @enum {string} */
                  flag: 'DUPLICATE_PHOTO';
                  otherCaseId: string;
                  otherPhotoId: string;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'SIMILAR_PHOTO';
                  otherCaseId: string;
                  otherPhotoId: string;
                  hammingDistance: number;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'EXIF_TIME_MISMATCH';
                  minutesApart: number;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'EXIF_GPS_MISMATCH';
                  distanceMeters: number;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'LATE_REPORT';
                  minutesAfterAccident: number;
                }
              | {
                  /** @enum {string} */
                  flag: 'REPEAT_PLATE';
                  plate: string;
                  otherCases: {
                    caseId: string;
                    daysApart: number;
                  }[];
                }
              | {
                  /** @enum {string} */
                  flag: 'REPEAT_PAIR';
                  otherCases: {
                    caseId: string;
                    daysApart: number;
                  }[];
                }
              | {
                  /** @enum {string} */
                  flag: 'DISTRICT_MISMATCH';
                  district: string;
                  distanceMeters: number;
                  radiusMeters: number;
                }
            )[];
            timeline: {
              at: string;
              type: string;
              actor: {
                sub: string;
                role: string;
              };
            }[];
            revision: number;
            filedBy?: {
              assistantId: string;
              organisation: string;
            };
            assistance?: {
              agreement: {
                allocation: {
                  /** @enum {string} */
                  A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                  /** @enum {string} */
                  B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                };
                recordedAt: string;
              } | null;
              parties: {
                /** @enum {string} */
                party: 'A' | 'B';
                confirmed: boolean;
                /** @enum {string} */
                method?: 'CODE' | 'SIGNATURE' | 'OWN_PHONE';
                confirmedAt?: string;
                code: {
                  sentAt: string;
                  expiresAt: string;
                  attemptsLeft: number;
                } | null;
              }[];
            };
            mediations?: {
              mediationId: string;
              claimId?: string;
            }[];
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MyCasesRoute_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              caseId: string;
              /** @enum {string} */
              status:
                | 'REPORTED'
                | 'AWAITING_POLICE'
                | 'UNDER_REVIEW'
                | 'EVIDENCE_REQUESTED'
                | 'DECIDED'
                | 'LIABILITY_FINAL'
                | 'SETTLING'
                | 'CLOSED'
                | 'DISPUTED'
                | 'REFERRED_OFFLINE'
                | 'WITHDRAWN'
                | 'IN_MEDIATION';
              occurredAt: string;
              reportedAt: string;
              address: string;
              /** @enum {string|null} */
              yourParty: 'A' | 'B' | null;
              plates: string[];
              liability: {
                /** @enum {string} */
                A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                /** @enum {string} */
                B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
              } | null;
              /** @enum {string|null} */
              nextStep:
                | 'SHARE_JOIN_CODE'
                | 'ADD_REQUIRED_PHOTOS'
                | 'AGREE_OR_ASK_POLICE'
                | 'SIGN_AGREEMENT'
                | 'WAIT_FOR_SIGNATURE'
                | 'WAIT_FOR_OFFICER'
                | 'OFFICER_REVIEWING'
                | 'OFFICER_OVERDUE_KEEP_WAITING'
                | 'ADD_REQUESTED_PHOTOS'
                | 'ANSWER_DECISION_BY'
                | 'WAIT_FOR_OTHER_ANSWER'
                | 'WAIT_FOR_CLAIMS'
                | 'FOLLOW_CLAIMS'
                | 'GO_OFFLINE'
                | 'FOLLOW_MEDIATION'
                | 'NOTHING_TO_DO'
                | null;
            }[];
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CaseStreamRoute_stream: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DeskQueueRoute_list: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              caseId: string;
              requestedAt: string;
              deadline: string;
              overdue: boolean;
              review: boolean;
              district: string;
              /** @enum {string} */
              status:
                | 'REPORTED'
                | 'AWAITING_POLICE'
                | 'UNDER_REVIEW'
                | 'EVIDENCE_REQUESTED'
                | 'DECIDED'
                | 'LIABILITY_FINAL'
                | 'SETTLING'
                | 'CLOSED'
                | 'DISPUTED'
                | 'REFERRED_OFFLINE'
                | 'WITHDRAWN'
                | 'IN_MEDIATION';
              occurredAt: string;
              reportedAt: string;
              location: {
                lat: number;
                lng: number;
                address: string;
                district: string;
              };
              weather?: string;
              description?: string;
              parties: {
                /** @enum {string} */
                party: 'A' | 'B';
                plate: string;
                situations: string[];
              }[];
              suggestion: {
                allocation: {
                  /** @enum {string} */
                  A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                  /** @enum {string} */
                  B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                };
                /** @enum {string} */
                rule: 'ONLY_A_MATCHES' | 'ONLY_B_MATCHES' | 'BOTH_MATCH';
                matched?: {
                  /** @enum {string} */
                  party: 'A' | 'B';
                  situations: string[];
                }[];
              } | null;
              flags: string[];
              flagDetails: (
                | {
                    /** @enum {string} */
                    flag: 'DUPLICATE_PHOTO';
                    otherCaseId: string;
                    otherPhotoId: string;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'SIMILAR_PHOTO';
                    otherCaseId: string;
                    otherPhotoId: string;
                    hammingDistance: number;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'EXIF_TIME_MISMATCH';
                    minutesApart: number;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'EXIF_GPS_MISMATCH';
                    distanceMeters: number;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'LATE_REPORT';
                    minutesAfterAccident: number;
                  }
                | {
                    /** @enum {string} */
                    flag: 'REPEAT_PLATE';
                    plate: string;
                    otherCases: {
                      caseId: string;
                      daysApart: number;
                    }[];
                  }
                | {
                    /** @enum {string} */
                    flag: 'REPEAT_PAIR';
                    otherCases: {
                      caseId: string;
                      daysApart: number;
                    }[];
                  }
                | {
                    /** @enum {string} */
                    flag: 'DISTRICT_MISMATCH';
                    district: string;
                    distanceMeters: number;
                    radiusMeters: number;
                  }
              )[];
              photos: {
                photoId: string;
                /** @enum {string} */
                kind:
                  | 'FRONT_SIDE'
                  | 'REAR_SIDE'
                  | 'POINT_OF_IMPACT'
                  | 'DAMAGE_DETAIL'
                  | 'PLATE'
                  | 'DOCUMENT'
                  | 'SCENE'
                  | 'OTHER';
                thumbnail: string;
                /** @enum {string} */
                party: 'A' | 'B';
                takenAt?: string;
                position?: {
                  lat: number;
                  lng: number;
                };
                distanceMeters?: number;
                minutesFromAccident?: number;
                flags: string[];
                flagDetails: (
                  | {
                      /** @enum {string} */
                      flag: 'DUPLICATE_PHOTO';
                      otherCaseId: string;
                      otherPhotoId: string;
                      photoId?: string;
                    }
                  | {
                      /** @enum {string} */
                      flag: 'SIMILAR_PHOTO';
                      otherCaseId: string;
                      otherPhotoId: string;
                      hammingDistance: number;
                      photoId?: string;
                    }
                  | {
                      /** @enum {string} */
                      flag: 'EXIF_TIME_MISMATCH';
                      minutesApart: number;
                      photoId?: string;
                    }
                  | {
                      /** @enum {string} */
                      flag: 'EXIF_GPS_MISMATCH';
                      distanceMeters: number;
                      photoId?: string;
                    }
                  | {
                      /** @enum {string} */
                      flag: 'LATE_REPORT';
                      minutesAfterAccident: number;
                    }
                  | {
                      /** @enum {string} */
                      flag: 'REPEAT_PLATE';
                      plate: string;
                      otherCases: {
                        caseId: string;
                        daysApart: number;
                      }[];
                    }
                  | {
                      /** @enum {string} */
                      flag: 'REPEAT_PAIR';
                      otherCases: {
                        caseId: string;
                        daysApart: number;
                      }[];
                    }
                  | {
                      /** @enum {string} */
                      flag: 'DISTRICT_MISMATCH';
                      district: string;
                      distanceMeters: number;
                      radiusMeters: number;
                    }
                )[];
              }[];
              disputedDecision: {
                decidedBy: string;
                allocation: {
                  /** @enum {string} */
                  A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                  /** @enum {string} */
                  B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                };
                /** @enum {string} */
                basis: 'POLICE' | 'REVIEW';
                situations: string[];
                reasoning: string;
                decidedAt: string;
                disputes: {
                  /** @enum {string} */
                  party: 'A' | 'B';
                  reason: string;
                  disputedAt: string;
                }[];
              } | null;
              assignedTo?: string;
              filedBy?: {
                assistantId: string;
                organisation: string;
              };
            }[];
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DeskQueueRoute_stream: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TakeCaseRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
            assignment: {
              officerId: string;
              assignedAt: string;
              expiresAt: string;
            } | null;
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DecideLiabilityRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          allocation: {
            /** @enum {string} */
            A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
            /** @enum {string} */
            B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
          };
          situations?: string[];
          reasoning: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RequestEvidenceRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          kinds: (
            'FRONT_SIDE' | 'REAR_SIDE' | 'POINT_OF_IMPACT' | 'DAMAGE_DETAIL' | 'PLATE' | 'DOCUMENT' | 'SCENE' | 'OTHER'
          )[];
          note: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReferOfflineRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  FindCaseRoute_find: {
    parameters: {
      query?: {
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              caseId: string;
              plates: string[];
              reportedAt: string;
            }[];
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuditCaseRoute_events: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            streamId: string;
            events: {
              revision: number;
              position: number;
              eventId: string;
              type: string;
              data: {
                [key: string]: unknown;
              };
              actor: {
                sub: string;
                role: string;
                district?: string;
                insurer?: string;
              };
              recordedAt: string;
              correlationId: string;
              causationId: string;
              prevHash: string;
              hash: string;
            }[];
            chainValid: boolean;
            problems: {
              revision: number;
              problem: string;
            }[];
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuditCaseRoute_state: {
    parameters: {
      query?: {
        revision?: number;
        at?: string;
      };
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
            occurredAt: string;
            reportedAt: string;
            location: {
              lat: number;
              lng: number;
              address: string;
              district: string;
            } | null;
            weather?: string;
            description?: string;
            joinCode?: string;
            /** @enum {string|null} */
            yourParty: 'A' | 'B' | null;
            parties: {
              /** @enum {string} */
              party: 'A' | 'B';
              plate: string;
              insurer: string;
              driverName: string;
              phone: string;
              licenceNo: string;
              vehicleType?: string;
              situations: string[];
              note?: string;
              accepted?: boolean;
              policyNumber?: string;
              coverage?: {
                thirdPartyLimitFen: number;
                ownDamage: boolean;
              };
            }[];
            photos: {
              photoId: string;
              /** @enum {string} */
              kind:
                | 'FRONT_SIDE'
                | 'REAR_SIDE'
                | 'POINT_OF_IMPACT'
                | 'DAMAGE_DETAIL'
                | 'PLATE'
                | 'DOCUMENT'
                | 'SCENE'
                | 'OTHER';
              /** @enum {string} */
              party: 'A' | 'B';
              takenAt?: string;
              flags: string[];
              flagDetails: (
                | {
                    /** @enum {string} */
                    flag: 'DUPLICATE_PHOTO';
                    otherCaseId: string;
                    otherPhotoId: string;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'SIMILAR_PHOTO';
                    otherCaseId: string;
                    otherPhotoId: string;
                    hammingDistance: number;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'EXIF_TIME_MISMATCH';
                    minutesApart: number;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'EXIF_GPS_MISMATCH';
                    distanceMeters: number;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'LATE_REPORT';
                    minutesAfterAccident: number;
                  }
                | {
                    /** @enum {string} */
                    flag: 'REPEAT_PLATE';
                    plate: string;
                    otherCases: {
                      caseId: string;
                      daysApart: number;
                    }[];
                  }
                | {
                    /** @enum {string} */
                    flag: 'REPEAT_PAIR';
                    otherCases: {
                      caseId: string;
                      daysApart: number;
                    }[];
                  }
                | {
                    /** @enum {string} */
                    flag: 'DISTRICT_MISMATCH';
                    district: string;
                    distanceMeters: number;
                    radiusMeters: number;
                  }
              )[];
              position?: {
                lat: number;
                lng: number;
              };
              distanceMeters?: number;
              minutesFromAccident?: number;
              urls: {
                thumbnail: string;
                preview: string;
              };
            }[];
            agreement: {
              allocation: {
                /** @enum {string} */
                A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                /** @enum {string} */
                B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
              };
              signedBy: ('A' | 'B')[];
            } | null;
            policeRequest: {
              requestedAt: string;
              deadline: string;
              review: boolean;
              overdue: boolean;
            } | null;
            evidenceRequest: {
              officerId: string;
              kinds: (
                | 'FRONT_SIDE'
                | 'REAR_SIDE'
                | 'POINT_OF_IMPACT'
                | 'DAMAGE_DETAIL'
                | 'PLATE'
                | 'DOCUMENT'
                | 'SCENE'
                | 'OTHER'
              )[];
              note: string;
              requestedAt: string;
            } | null;
            decision: {
              allocation: {
                /** @enum {string} */
                A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                /** @enum {string} */
                B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
              };
              /** @enum {string} */
              basis: 'POLICE' | 'REVIEW';
              decidedBy: string;
              decidedAt: string;
              reasoning: string;
              situations: string[];
              responseDeadline: string;
            } | null;
            suggestion: {
              allocation: {
                /** @enum {string} */
                A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                /** @enum {string} */
                B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
              };
              /** @enum {string} */
              rule: 'ONLY_A_MATCHES' | 'ONLY_B_MATCHES' | 'BOTH_MATCH';
              matched?: {
                /** @enum {string} */
                party: 'A' | 'B';
                situations: string[];
              }[];
            } | null;
            liability: {
              allocation: {
                /** @enum {string} */
                A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                /** @enum {string} */
                B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
              };
              /** @enum {string} */
              basis: 'AGREEMENT' | 'POLICE' | 'REVIEW';
              decidedBy?: string;
              decidedAt: string;
              reasoning?: string;
              final: boolean;
              respondBy?: string;
              answers?: {
                /** @enum {string} */
                A: 'ACCEPTED' | 'DISPUTED' | 'PENDING';
                /** @enum {string} */
                B: 'ACCEPTED' | 'DISPUTED' | 'PENDING';
              };
            } | null;
            disputedDecision: {
              decidedBy: string;
              allocation: {
                /** @enum {string} */
                A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                /** @enum {string} */
                B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
              };
              /** @enum {string} */
              basis: 'POLICE' | 'REVIEW';
              situations: string[];
              reasoning: string;
              decidedAt: string;
              disputes: {
                /** @enum {string} */
                party: 'A' | 'B';
                reason: string;
                disputedAt: string;
              }[];
            } | null;
            referral: {
              reason: string;
              /** @enum {string} */
              kind: 'OFFICER' | 'REVIEW_DISPUTED' | 'MEDIATION_FAILED';
              referredBy?: string;
              mediationId?: string;
              district: string;
              referredAt: string;
            } | null;
            /** @enum {string|null} */
            nextStep:
              | 'SHARE_JOIN_CODE'
              | 'ADD_REQUIRED_PHOTOS'
              | 'AGREE_OR_ASK_POLICE'
              | 'SIGN_AGREEMENT'
              | 'WAIT_FOR_SIGNATURE'
              | 'WAIT_FOR_OFFICER'
              | 'OFFICER_REVIEWING'
              | 'OFFICER_OVERDUE_KEEP_WAITING'
              | 'ADD_REQUESTED_PHOTOS'
              | 'ANSWER_DECISION_BY'
              | 'WAIT_FOR_OTHER_ANSWER'
              | 'WAIT_FOR_CLAIMS'
              | 'FOLLOW_CLAIMS'
              | 'GO_OFFLINE'
              | 'FOLLOW_MEDIATION'
              | 'NOTHING_TO_DO'
              | null;
            claims: {
              claimId: string;
              party: string;
              /** @enum {string} */
              status:
                | 'OPEN'
                | 'ASSESSED'
                | 'ASSESSMENT_REJECTED'
                | 'ACCEPTED'
                | 'APPROVED'
                | 'PAYING'
                | 'PAID'
                | 'CLOSED'
                | 'UNDER_INVESTIGATION'
                | 'DECLINED'
                | 'IN_MEDIATION'
                | 'REFERRED_OFFLINE';
              hold: {
                /** @enum {string} */
                reason:
                  | 'AWAITING_SETTLEMENT'
                  | 'AWAITING_APPROVAL'
                  | 'FLAGGED_FOR_REVIEW'
                  | 'UNDER_INVESTIGATION'
                  | 'PAYOUT_FAILED_RETRYING'
                  | 'PAYOUT_NEEDS_ADJUSTER';
                since: string;
              } | null;
            }[];
            flags: string[];
            flagDetails: (
              | {
                  /** @enum {string} */
                  flag: 'DUPLICATE_PHOTO';
                  otherCaseId: string;
                  otherPhotoId: string;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'SIMILAR_PHOTO';
                  otherCaseId: string;
                  otherPhotoId: string;
                  hammingDistance: number;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'EXIF_TIME_MISMATCH';
                  minutesApart: number;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'EXIF_GPS_MISMATCH';
                  distanceMeters: number;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'LATE_REPORT';
                  minutesAfterAccident: number;
                }
              | {
                  /** @enum {string} */
                  flag: 'REPEAT_PLATE';
                  plate: string;
                  otherCases: {
                    caseId: string;
                    daysApart: number;
                  }[];
                }
              | {
                  /** @enum {string} */
                  flag: 'REPEAT_PAIR';
                  otherCases: {
                    caseId: string;
                    daysApart: number;
                  }[];
                }
              | {
                  /** @enum {string} */
                  flag: 'DISTRICT_MISMATCH';
                  district: string;
                  distanceMeters: number;
                  radiusMeters: number;
                }
            )[];
            timeline: {
              at: string;
              type: string;
              actor: {
                sub: string;
                role: string;
              };
            }[];
            revision: number;
            filedBy?: {
              assistantId: string;
              organisation: string;
            };
            assistance?: {
              agreement: {
                allocation: {
                  /** @enum {string} */
                  A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                  /** @enum {string} */
                  B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                };
                recordedAt: string;
              } | null;
              parties: {
                /** @enum {string} */
                party: 'A' | 'B';
                confirmed: boolean;
                /** @enum {string} */
                method?: 'CODE' | 'SIGNATURE' | 'OWN_PHONE';
                confirmedAt?: string;
                code: {
                  sentAt: string;
                  expiresAt: string;
                  attemptsLeft: number;
                } | null;
              }[];
            };
            mediations?: {
              mediationId: string;
              claimId?: string;
            }[];
            asOf: {
              revision: number;
              recordedAt: string;
            };
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuditCaseRoute_verification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            streamId: string;
            chainValid: boolean;
            photosIntact: boolean;
            problems: string[];
            nothingDeleted: boolean;
            intact: boolean;
            streams: {
              streamId: string;
              events: number;
              lastRevision: number;
              intact: boolean;
              problems: string[];
            }[];
            checkpoint: {
              signedAt: string;
              position: number;
            } | null;
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AssistedCasesRoute_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              caseId: string;
              /** @enum {string} */
              status:
                | 'REPORTED'
                | 'AWAITING_POLICE'
                | 'UNDER_REVIEW'
                | 'EVIDENCE_REQUESTED'
                | 'DECIDED'
                | 'LIABILITY_FINAL'
                | 'SETTLING'
                | 'CLOSED'
                | 'DISPUTED'
                | 'REFERRED_OFFLINE'
                | 'WITHDRAWN'
                | 'IN_MEDIATION';
              occurredAt: string;
              reportedAt: string;
              address: string;
              plates: string[];
              liability: {
                /** @enum {string} */
                A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                /** @enum {string} */
                B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
              } | null;
              agreement: {
                /** @enum {string} */
                A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                /** @enum {string} */
                B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
              } | null;
              confirmed: ('A' | 'B')[];
              codesOut: ('A' | 'B')[];
            }[];
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  FileCaseRoute_file: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          occurredAt: string;
          location: {
            lat: number;
            lng: number;
            address: string;
            district: string;
          };
          weather?: string;
          description?: string;
          eligibility: {
            noInjuries: boolean;
            vehiclesMovable: boolean;
            licencesValid: boolean;
            compulsoryInsurance: boolean;
            noIntoxication: boolean;
            platesValid: boolean;
            nobodyLeft: boolean;
            notDeliberate: boolean;
          };
          parties: {
            A: {
              driverName: string;
              phone: string;
              licenceNo: string;
              plate: string;
              vehicleType?: string;
              insurer: string;
              policyNumber: string;
              coverage: {
                thirdPartyLimitFen: number;
                ownDamage: boolean;
              };
            };
            B: {
              driverName: string;
              phone: string;
              licenceNo: string;
              plate: string;
              vehicleType?: string;
              insurer: string;
              policyNumber: string;
              coverage: {
                thirdPartyLimitFen: number;
                ownDamage: boolean;
              };
            };
          };
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SendConfirmationCodeRoute_send: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            party: 'A' | 'B';
            sentTo: string;
            expiresAt: string;
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ConfirmPartyRoute_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @enum {string} */
              method: 'CODE';
              code: string;
            }
          | {
              /** @enum {string} */
              method: 'SIGNATURE';
              name: string;
              phone: string;
            };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ConfirmOwnPartyRoute_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          party: 'A' | 'B';
          code: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
            /** @enum {string} */
            party: 'A' | 'B';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuditClaimRoute_events: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            streamId: string;
            events: {
              revision: number;
              position: number;
              eventId: string;
              type: string;
              data: {
                [key: string]: unknown;
              };
              actor: {
                sub: string;
                role: string;
                district?: string;
                insurer?: string;
              };
              recordedAt: string;
              correlationId: string;
              causationId: string;
              prevHash: string;
              hash: string;
            }[];
            chainValid: boolean;
            problems: {
              revision: number;
              problem: string;
            }[];
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuditClaimRoute_state: {
    parameters: {
      query?: {
        revision?: number;
        at?: string;
      };
      header?: never;
      path: {
        claimId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            claimId: string;
            caseId: string;
            party: string;
            plate: string;
            handlingInsurer: string;
            /** @enum {string} */
            status:
              | 'OPEN'
              | 'ASSESSED'
              | 'ASSESSMENT_REJECTED'
              | 'ACCEPTED'
              | 'APPROVED'
              | 'PAYING'
              | 'PAID'
              | 'CLOSED'
              | 'UNDER_INVESTIGATION'
              | 'DECLINED'
              | 'IN_MEDIATION'
              | 'REFERRED_OFFLINE';
            filedBy?: {
              assistantId: string;
              organisation: string;
            };
            assessment?: {
              lineItems: {
                description: string;
                amountFen: number;
              }[];
              totalFen: number;
              assessedBy: string;
              assessedAt: string;
              note?: string;
            };
            assessments: {
              round: number;
              lineItems: {
                description: string;
                amountFen: number;
              }[];
              totalFen: number;
              assessedBy: string;
              assessedAt: string;
              note?: string;
              rejection?: {
                reason: string;
                rejectedAt: string;
              };
              accepted?: {
                acceptedAt: string;
                bySilence: boolean;
              };
            }[];
            rejections: {
              round: number;
              reason: string;
              rejectedAt: string;
            }[];
            settlement?: {
              /** @enum {string} */
              rule: 'STANDARD' | 'MUTUAL_SELF_PAY' | 'MEDIATED';
              straightThrough: boolean;
              lines: {
                payer: string;
                /** @enum {string} */
                coverage: 'COMPULSORY' | 'THIRD_PARTY' | 'OWN_DAMAGE' | 'MUTUAL_SELF_PAY' | 'CLAIMANT';
                amountFen: number;
              }[];
            };
            investigation?: {
              note: string;
              openedBy: string;
              openedAt: string;
            };
            decline?: {
              reason: string;
              declinedBy: string;
              declinedAt: string;
            };
            hold: {
              /** @enum {string} */
              reason:
                | 'AWAITING_SETTLEMENT'
                | 'AWAITING_APPROVAL'
                | 'FLAGGED_FOR_REVIEW'
                | 'UNDER_INVESTIGATION'
                | 'PAYOUT_FAILED_RETRYING'
                | 'PAYOUT_NEEDS_ADJUSTER';
              since: string;
            } | null;
            payouts: {
              payoutId: string;
              claimId: string;
              payer: string;
              coverage: string;
              coverages: ('COMPULSORY' | 'THIRD_PARTY' | 'OWN_DAMAGE' | 'MUTUAL_SELF_PAY' | 'CLAIMANT')[];
              amountFen: number;
              /** @enum {string} */
              status: 'REQUESTED' | 'PAID' | 'FAILED' | 'NEEDS_ADJUSTER';
              attempts: number;
              reference?: string;
            }[];
            flags: string[];
            flagDetails: (
              | {
                  /** @enum {string} */
                  flag: 'DUPLICATE_PHOTO';
                  otherCaseId: string;
                  otherPhotoId: string;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'SIMILAR_PHOTO';
                  otherCaseId: string;
                  otherPhotoId: string;
                  hammingDistance: number;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'EXIF_TIME_MISMATCH';
                  minutesApart: number;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'EXIF_GPS_MISMATCH';
                  distanceMeters: number;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'LATE_REPORT';
                  minutesAfterAccident: number;
                }
              | {
                  /** @enum {string} */
                  flag: 'REPEAT_PLATE';
                  plate: string;
                  otherCases: {
                    caseId: string;
                    daysApart: number;
                  }[];
                }
              | {
                  /** @enum {string} */
                  flag: 'REPEAT_PAIR';
                  otherCases: {
                    caseId: string;
                    daysApart: number;
                  }[];
                }
              | {
                  /** @enum {string} */
                  flag: 'DISTRICT_MISMATCH';
                  district: string;
                  distanceMeters: number;
                  radiusMeters: number;
                }
            )[];
            asOf: {
              revision: number;
              recordedAt: string;
            };
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RequestMediationRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            /** @enum {string} */
            status:
              | 'REPORTED'
              | 'AWAITING_POLICE'
              | 'UNDER_REVIEW'
              | 'EVIDENCE_REQUESTED'
              | 'DECIDED'
              | 'LIABILITY_FINAL'
              | 'SETTLING'
              | 'CLOSED'
              | 'DISPUTED'
              | 'REFERRED_OFFLINE'
              | 'WITHDRAWN'
              | 'IN_MEDIATION';
            mediationId: string;
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GetClaimRoute_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            claimId: string;
            caseId: string;
            party: string;
            plate: string;
            handlingInsurer: string;
            /** @enum {string} */
            status:
              | 'OPEN'
              | 'ASSESSED'
              | 'ASSESSMENT_REJECTED'
              | 'ACCEPTED'
              | 'APPROVED'
              | 'PAYING'
              | 'PAID'
              | 'CLOSED'
              | 'UNDER_INVESTIGATION'
              | 'DECLINED'
              | 'IN_MEDIATION'
              | 'REFERRED_OFFLINE';
            filedBy?: {
              assistantId: string;
              organisation: string;
            };
            assessment?: {
              lineItems: {
                description: string;
                amountFen: number;
              }[];
              totalFen: number;
              assessedBy: string;
              assessedAt: string;
              note?: string;
            };
            assessments: {
              round: number;
              lineItems: {
                description: string;
                amountFen: number;
              }[];
              totalFen: number;
              assessedBy: string;
              assessedAt: string;
              note?: string;
              rejection?: {
                reason: string;
                rejectedAt: string;
              };
              accepted?: {
                acceptedAt: string;
                bySilence: boolean;
              };
            }[];
            rejections: {
              round: number;
              reason: string;
              rejectedAt: string;
            }[];
            settlement?: {
              /** @enum {string} */
              rule: 'STANDARD' | 'MUTUAL_SELF_PAY' | 'MEDIATED';
              straightThrough: boolean;
              lines: {
                payer: string;
                /** @enum {string} */
                coverage: 'COMPULSORY' | 'THIRD_PARTY' | 'OWN_DAMAGE' | 'MUTUAL_SELF_PAY' | 'CLAIMANT';
                amountFen: number;
              }[];
            };
            investigation?: {
              note: string;
              openedBy: string;
              openedAt: string;
            };
            decline?: {
              reason: string;
              declinedBy: string;
              declinedAt: string;
            };
            hold: {
              /** @enum {string} */
              reason:
                | 'AWAITING_SETTLEMENT'
                | 'AWAITING_APPROVAL'
                | 'FLAGGED_FOR_REVIEW'
                | 'UNDER_INVESTIGATION'
                | 'PAYOUT_FAILED_RETRYING'
                | 'PAYOUT_NEEDS_ADJUSTER';
              since: string;
            } | null;
            payouts: {
              payoutId: string;
              claimId: string;
              payer: string;
              coverage: string;
              coverages: ('COMPULSORY' | 'THIRD_PARTY' | 'OWN_DAMAGE' | 'MUTUAL_SELF_PAY' | 'CLAIMANT')[];
              amountFen: number;
              /** @enum {string} */
              status: 'REQUESTED' | 'PAID' | 'FAILED' | 'NEEDS_ADJUSTER';
              attempts: number;
              reference?: string;
            }[];
            flags: string[];
            flagDetails: (
              | {
                  /** @enum {string} */
                  flag: 'DUPLICATE_PHOTO';
                  otherCaseId: string;
                  otherPhotoId: string;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'SIMILAR_PHOTO';
                  otherCaseId: string;
                  otherPhotoId: string;
                  hammingDistance: number;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'EXIF_TIME_MISMATCH';
                  minutesApart: number;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'EXIF_GPS_MISMATCH';
                  distanceMeters: number;
                  photoId?: string;
                }
              | {
                  /** @enum {string} */
                  flag: 'LATE_REPORT';
                  minutesAfterAccident: number;
                }
              | {
                  /** @enum {string} */
                  flag: 'REPEAT_PLATE';
                  plate: string;
                  otherCases: {
                    caseId: string;
                    daysApart: number;
                  }[];
                }
              | {
                  /** @enum {string} */
                  flag: 'REPEAT_PAIR';
                  otherCases: {
                    caseId: string;
                    daysApart: number;
                  }[];
                }
              | {
                  /** @enum {string} */
                  flag: 'DISTRICT_MISMATCH';
                  district: string;
                  distanceMeters: number;
                  radiusMeters: number;
                }
            )[];
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AcceptAssessmentRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            claimId: string;
            /** @enum {string} */
            status:
              | 'OPEN'
              | 'ASSESSED'
              | 'ASSESSMENT_REJECTED'
              | 'ACCEPTED'
              | 'APPROVED'
              | 'PAYING'
              | 'PAID'
              | 'CLOSED'
              | 'UNDER_INVESTIGATION'
              | 'DECLINED'
              | 'IN_MEDIATION'
              | 'REFERRED_OFFLINE';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RejectAssessmentRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            claimId: string;
            /** @enum {string} */
            status:
              | 'OPEN'
              | 'ASSESSED'
              | 'ASSESSMENT_REJECTED'
              | 'ACCEPTED'
              | 'APPROVED'
              | 'PAYING'
              | 'PAID'
              | 'CLOSED'
              | 'UNDER_INVESTIGATION'
              | 'DECLINED'
              | 'IN_MEDIATION'
              | 'REFERRED_OFFLINE';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InsurerClaimsRoute_list: {
    parameters: {
      query?: {
        status?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              claimId: string;
              caseId: string;
              party: string;
              plate: string;
              handlingInsurer: string;
              /** @enum {string} */
              status:
                | 'OPEN'
                | 'ASSESSED'
                | 'ASSESSMENT_REJECTED'
                | 'ACCEPTED'
                | 'APPROVED'
                | 'PAYING'
                | 'PAID'
                | 'CLOSED'
                | 'UNDER_INVESTIGATION'
                | 'DECLINED'
                | 'IN_MEDIATION'
                | 'REFERRED_OFFLINE';
              filedBy?: {
                assistantId: string;
                organisation: string;
              };
              assessment?: {
                lineItems: {
                  description: string;
                  amountFen: number;
                }[];
                totalFen: number;
                assessedBy: string;
                assessedAt: string;
                note?: string;
              };
              assessments: {
                round: number;
                lineItems: {
                  description: string;
                  amountFen: number;
                }[];
                totalFen: number;
                assessedBy: string;
                assessedAt: string;
                note?: string;
                rejection?: {
                  reason: string;
                  rejectedAt: string;
                };
                accepted?: {
                  acceptedAt: string;
                  bySilence: boolean;
                };
              }[];
              rejections: {
                round: number;
                reason: string;
                rejectedAt: string;
              }[];
              settlement?: {
                /** @enum {string} */
                rule: 'STANDARD' | 'MUTUAL_SELF_PAY' | 'MEDIATED';
                straightThrough: boolean;
                lines: {
                  payer: string;
                  /** @enum {string} */
                  coverage: 'COMPULSORY' | 'THIRD_PARTY' | 'OWN_DAMAGE' | 'MUTUAL_SELF_PAY' | 'CLAIMANT';
                  amountFen: number;
                }[];
              };
              investigation?: {
                note: string;
                openedBy: string;
                openedAt: string;
              };
              decline?: {
                reason: string;
                declinedBy: string;
                declinedAt: string;
              };
              hold: {
                /** @enum {string} */
                reason:
                  | 'AWAITING_SETTLEMENT'
                  | 'AWAITING_APPROVAL'
                  | 'FLAGGED_FOR_REVIEW'
                  | 'UNDER_INVESTIGATION'
                  | 'PAYOUT_FAILED_RETRYING'
                  | 'PAYOUT_NEEDS_ADJUSTER';
                since: string;
              } | null;
              payouts: {
                payoutId: string;
                claimId: string;
                payer: string;
                coverage: string;
                coverages: ('COMPULSORY' | 'THIRD_PARTY' | 'OWN_DAMAGE' | 'MUTUAL_SELF_PAY' | 'CLAIMANT')[];
                amountFen: number;
                /** @enum {string} */
                status: 'REQUESTED' | 'PAID' | 'FAILED' | 'NEEDS_ADJUSTER';
                attempts: number;
                reference?: string;
              }[];
              flags: string[];
              flagDetails: (
                | {
                    /** @enum {string} */
                    flag: 'DUPLICATE_PHOTO';
                    otherCaseId: string;
                    otherPhotoId: string;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'SIMILAR_PHOTO';
                    otherCaseId: string;
                    otherPhotoId: string;
                    hammingDistance: number;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'EXIF_TIME_MISMATCH';
                    minutesApart: number;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'EXIF_GPS_MISMATCH';
                    distanceMeters: number;
                    photoId?: string;
                  }
                | {
                    /** @enum {string} */
                    flag: 'LATE_REPORT';
                    minutesAfterAccident: number;
                  }
                | {
                    /** @enum {string} */
                    flag: 'REPEAT_PLATE';
                    plate: string;
                    otherCases: {
                      caseId: string;
                      daysApart: number;
                    }[];
                  }
                | {
                    /** @enum {string} */
                    flag: 'REPEAT_PAIR';
                    otherCases: {
                      caseId: string;
                      daysApart: number;
                    }[];
                  }
                | {
                    /** @enum {string} */
                    flag: 'DISTRICT_MISMATCH';
                    district: string;
                    distanceMeters: number;
                    radiusMeters: number;
                  }
              )[];
            }[];
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InsurerClaimsRoute_stream: {
    parameters: {
      query?: {
        status?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AssessDamageRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          lineItems: {
            description: string;
            amountFen: number;
          }[];
          note?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            claimId: string;
            /** @enum {string} */
            status:
              | 'OPEN'
              | 'ASSESSED'
              | 'ASSESSMENT_REJECTED'
              | 'ACCEPTED'
              | 'APPROVED'
              | 'PAYING'
              | 'PAID'
              | 'CLOSED'
              | 'UNDER_INVESTIGATION'
              | 'DECLINED'
              | 'IN_MEDIATION'
              | 'REFERRED_OFFLINE';
            totalFen?: number;
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApproveSettlementRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            claimId: string;
            /** @enum {string} */
            status:
              | 'OPEN'
              | 'ASSESSED'
              | 'ASSESSMENT_REJECTED'
              | 'ACCEPTED'
              | 'APPROVED'
              | 'PAYING'
              | 'PAID'
              | 'CLOSED'
              | 'UNDER_INVESTIGATION'
              | 'DECLINED'
              | 'IN_MEDIATION'
              | 'REFERRED_OFFLINE';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InsurerPayoutsRoute_list: {
    parameters: {
      query?: {
        status?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              payoutId: string;
              claimId: string;
              payer: string;
              coverage: string;
              coverages: ('COMPULSORY' | 'THIRD_PARTY' | 'OWN_DAMAGE' | 'MUTUAL_SELF_PAY' | 'CLAIMANT')[];
              amountFen: number;
              /** @enum {string} */
              status: 'REQUESTED' | 'PAID' | 'FAILED' | 'NEEDS_ADJUSTER';
              attempts: number;
              reference?: string;
            }[];
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InsurerPayoutsRoute_stream: {
    parameters: {
      query?: {
        status?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RecordPayoutResultRoute_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        payoutId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          status: 'PAID' | 'FAILED';
          reference?: string;
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            payoutId: string;
            claimId: string;
            /** @enum {string} */
            status?: 'REQUESTED' | 'PAID' | 'FAILED' | 'NEEDS_ADJUSTER';
            /** @enum {string} */
            claimStatus:
              | 'OPEN'
              | 'ASSESSED'
              | 'ASSESSMENT_REJECTED'
              | 'ACCEPTED'
              | 'APPROVED'
              | 'PAYING'
              | 'PAID'
              | 'CLOSED'
              | 'UNDER_INVESTIGATION'
              | 'DECLINED'
              | 'IN_MEDIATION'
              | 'REFERRED_OFFLINE';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OpenInvestigationRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            claimId: string;
            /** @enum {string} */
            status:
              | 'OPEN'
              | 'ASSESSED'
              | 'ASSESSMENT_REJECTED'
              | 'ACCEPTED'
              | 'APPROVED'
              | 'PAYING'
              | 'PAID'
              | 'CLOSED'
              | 'UNDER_INVESTIGATION'
              | 'DECLINED'
              | 'IN_MEDIATION'
              | 'REFERRED_OFFLINE';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DeclineClaimRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            claimId: string;
            /** @enum {string} */
            status:
              | 'OPEN'
              | 'ASSESSED'
              | 'ASSESSMENT_REJECTED'
              | 'ACCEPTED'
              | 'APPROVED'
              | 'PAYING'
              | 'PAID'
              | 'CLOSED'
              | 'UNDER_INVESTIGATION'
              | 'DECLINED'
              | 'IN_MEDIATION'
              | 'REFERRED_OFFLINE';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RequestClaimMediationRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            claimId: string;
            /** @enum {string} */
            status:
              | 'OPEN'
              | 'ASSESSED'
              | 'ASSESSMENT_REJECTED'
              | 'ACCEPTED'
              | 'APPROVED'
              | 'PAYING'
              | 'PAID'
              | 'CLOSED'
              | 'UNDER_INVESTIGATION'
              | 'DECLINED'
              | 'IN_MEDIATION'
              | 'REFERRED_OFFLINE';
            mediationId: string;
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MediatorMediationsRoute_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              mediationId: string;
              /** @enum {string} */
              kind: 'LIABILITY' | 'ASSESSMENT';
              /** @enum {string} */
              status: 'REQUESTED' | 'ASSIGNED' | 'PROPOSED' | 'AGREED' | 'FAILED';
              caseId: string;
              claimId?: string;
              district: string;
              committee: string;
              parties: {
                /** @enum {string} */
                party: 'A' | 'B';
                plate: string;
                insurer: string;
              }[];
              /** @enum {string} */
              requestedBy: 'A' | 'B';
              reason: string;
              requestedAt: string;
              assessments: {
                lineItems: {
                  description: string;
                  amountFen: number;
                }[];
                totalFen: number;
                assessedBy: string;
                assessedAt: string;
                rejection?: {
                  reason: string;
                  rejectedAt: string;
                };
              }[];
              deadline: string | null;
              mediatorId: string | null;
              proposal: {
                vehicles: {
                  /** @enum {string} */
                  party: 'A' | 'B';
                  lines: {
                    /** @enum {string} */
                    payerParty: 'A' | 'B';
                    /** @enum {string} */
                    coverage: 'COMPULSORY' | 'THIRD_PARTY' | 'OWN_DAMAGE';
                    amountFen: number;
                  }[];
                }[];
                totalFen: number;
                note?: string;
                proposedAt: string;
              } | null;
              signedBy: ('A' | 'B')[];
              /** @enum {string|null} */
              yourParty: 'A' | 'B' | null;
              agreedAt: string | null;
              failure: {
                /** @enum {string} */
                cause: 'MEDIATOR_ENDED' | 'PARTY_REFUSED' | 'DEADLINE_PASSED';
                reason: string;
                by?: string;
                failedAt: string;
              } | null;
            }[];
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  GetMediationRoute_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        mediationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            mediationId: string;
            /** @enum {string} */
            kind: 'LIABILITY' | 'ASSESSMENT';
            /** @enum {string} */
            status: 'REQUESTED' | 'ASSIGNED' | 'PROPOSED' | 'AGREED' | 'FAILED';
            caseId: string;
            claimId?: string;
            district: string;
            committee: string;
            parties: {
              /** @enum {string} */
              party: 'A' | 'B';
              plate: string;
              insurer: string;
            }[];
            /** @enum {string} */
            requestedBy: 'A' | 'B';
            reason: string;
            requestedAt: string;
            assessments: {
              lineItems: {
                description: string;
                amountFen: number;
              }[];
              totalFen: number;
              assessedBy: string;
              assessedAt: string;
              rejection?: {
                reason: string;
                rejectedAt: string;
              };
            }[];
            deadline: string | null;
            mediatorId: string | null;
            proposal: {
              vehicles: {
                /** @enum {string} */
                party: 'A' | 'B';
                lines: {
                  /** @enum {string} */
                  payerParty: 'A' | 'B';
                  /** @enum {string} */
                  coverage: 'COMPULSORY' | 'THIRD_PARTY' | 'OWN_DAMAGE';
                  amountFen: number;
                }[];
              }[];
              totalFen: number;
              note?: string;
              proposedAt: string;
            } | null;
            signedBy: ('A' | 'B')[];
            /** @enum {string|null} */
            yourParty: 'A' | 'B' | null;
            agreedAt: string | null;
            failure: {
              /** @enum {string} */
              cause: 'MEDIATOR_ENDED' | 'PARTY_REFUSED' | 'DEADLINE_PASSED';
              reason: string;
              by?: string;
              failedAt: string;
            } | null;
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TakeMediationRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        mediationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            mediationId: string;
            /** @enum {string} */
            status: 'REQUESTED' | 'ASSIGNED' | 'PROPOSED' | 'AGREED' | 'FAILED';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ProposeSettlementRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        mediationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          vehicles: {
            /** @enum {string} */
            party: 'A' | 'B';
            lines: {
              /** @enum {string} */
              payerParty: 'A' | 'B';
              /** @enum {string} */
              coverage: 'COMPULSORY' | 'THIRD_PARTY' | 'OWN_DAMAGE';
              amountFen: number;
            }[];
          }[];
          note?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            mediationId: string;
            /** @enum {string} */
            status: 'REQUESTED' | 'ASSIGNED' | 'PROPOSED' | 'AGREED' | 'FAILED';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  EndMediationRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        mediationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            mediationId: string;
            /** @enum {string} */
            status: 'REQUESTED' | 'ASSIGNED' | 'PROPOSED' | 'AGREED' | 'FAILED';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SignSettlementRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        mediationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            mediationId: string;
            /** @enum {string} */
            status: 'REQUESTED' | 'ASSIGNED' | 'PROPOSED' | 'AGREED' | 'FAILED';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RefuseSettlementRoute_handle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        mediationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            mediationId: string;
            /** @enum {string} */
            status: 'REQUESTED' | 'ASSIGNED' | 'PROPOSED' | 'AGREED' | 'FAILED';
          };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state or a concurrent change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body or the upload is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it, or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests (RATE_LIMITED) */
      429: {
        headers: {
          'Retry-After': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DownloadCaseDocumentRoute_agreement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DownloadCaseDocumentRoute_decision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DownloadSettlementRoute_settlement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN) */
      401: {
        headers: {
          'WWW-Authenticate': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A store, the views or the identity provider is unavailable; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VerifyDocumentRoute_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: string;
        subjectId: string;
        revisions: string;
        fingerprint: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                /** @enum {boolean} */
                valid: true;
                checkedAt: string;
                document: {
                  /** @enum {string} */
                  kind: 'agreement' | 'decision' | 'settlement';
                  title: string;
                  caseId: string;
                  claimId?: string;
                  occurredAt: string;
                  district: string;
                  parties: {
                    /** @enum {string} */
                    party: 'A' | 'B';
                    plate: string;
                    insurer: string;
                    /** @enum {string} */
                    liability: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                  }[];
                  allocation?: {
                    /** @enum {string} */
                    A: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                    /** @enum {string} */
                    B: 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
                  };
                  /** @enum {string} */
                  basis: 'AGREEMENT' | 'POLICE' | 'REVIEW';
                  decidedBy?: string;
                  decidedAt?: string;
                  signedAt?: {
                    /** @enum {string} */
                    party: 'A' | 'B';
                    at: string;
                  }[];
                  amounts?: {
                    assessedFen: number;
                    lines: {
                      payer: string;
                      /** @enum {string} */
                      coverage: 'COMPULSORY' | 'THIRD_PARTY' | 'OWN_DAMAGE' | 'MUTUAL_SELF_PAY' | 'CLAIMANT';
                      amountFen: number;
                    }[];
                    paidFen: number;
                  };
                  issuedAt: string;
                  streams: {
                    streamId: string;
                    revision: number;
                  }[];
                  fingerprint: string;
                  path: string;
                };
              }
            | {
                /** @enum {boolean} */
                valid: false;
                checkedAt: string;
                /** @enum {string} */
                reason: 'NO_MATCH' | 'RECORDS_ALTERED';
              };
        };
      };
      /** @description Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such object, or not visible to the caller (never tells which) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
