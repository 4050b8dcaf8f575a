import { Controller, Inject } from '@nestjs/common';
import { ProblemException, Route, endpoint } from '@quickclaim/http';
import { EVENT_STORE, type EventStore } from '@quickclaim/platform';
import { latestCheckpoint } from '@quickclaim/platform/eventsourcing';
import { SignedCheckpoint } from '../openapi/responses';
import { Checkpoints } from './checkpoints';

export const TAKE_CHECKPOINT = endpoint({
  method: 'POST',
  path: '/audit/checkpoints',
  tag: 'audit',
  summary: 'Sign the head of every stream now, and publish the checkpoint on the bus',
  policy: { roles: ['auditor'], body: 'none' },
  response: { status: 200, json: SignedCheckpoint },
  problems: { 409: ['AUDIT_SIGNING_OFF'] },
});

export const LATEST_CHECKPOINT = endpoint({
  method: 'GET',
  path: '/audit/checkpoints/latest',
  tag: 'audit',
  summary: 'The latest signed checkpoint: keep it, and `npm run audit -- verify --checkpoint` proves it later',
  policy: { roles: ['auditor', 'adjuster'], body: 'none' },
  response: { status: 200, json: SignedCheckpoint },
  problems: { 404: ['NO_CHECKPOINT'] },
});

/** Signed checkpoints of every stream's head (ADR 34). */
@Controller()
export class CheckpointRoute {
  constructor(
    private readonly checkpoints: Checkpoints,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  @Route(TAKE_CHECKPOINT)
  take() {
    return this.checkpoints.take();
  }

  @Route(LATEST_CHECKPOINT)
  async latest() {
    const latest = await latestCheckpoint(this.eventStore);
    if (!latest) throw new ProblemException(404, 'NO_CHECKPOINT', 'No checkpoint was signed yet');
    return latest;
  }
}
