import { caseDecider, caseStreamId, type CaseCommand } from '@quickclaim/accident-case';
import { claimDecider, claimStreamId, type ClaimCommand } from '@quickclaim/claims';
import { mediationDecider, mediationStreamId, type MediationCommand } from '@quickclaim/mediation';
import type { Clock, EventStore, IdGenerator } from '@quickclaim/platform';
import { handleCommand, type CommandContext } from '@quickclaim/platform/eventsourcing';

/**
 * How a process manager sends its commands: through the API's command bus when it runs in the API
 * (the embedded default), straight to the aggregates' handlers when it runs in the relay process.
 */
export interface ProcessCommands {
  onCase(caseId: string, command: CaseCommand, context: CommandContext): Promise<unknown>;
  onClaim(claimId: string, command: ClaimCommand, context: CommandContext): Promise<unknown>;
  onMediation(mediationId: string, command: MediationCommand, context: CommandContext): Promise<unknown>;
}

export interface ProcessLog {
  warn(message: string): void;
}

/** Load, decide, append with the expected revision: the same shell the API's handlers use. */
export function directCommands(deps: { eventStore: EventStore; clock: Clock; ids: IdGenerator }): ProcessCommands {
  return {
    onCase: (caseId, command, context) => handleCommand(deps, caseStreamId(caseId), caseDecider, command, context),
    onClaim: (claimId, command, context) => handleCommand(deps, claimStreamId(claimId), claimDecider, command, context),
    onMediation: (mediationId, command, context) =>
      handleCommand(deps, mediationStreamId(mediationId), mediationDecider, command, context),
  };
}
