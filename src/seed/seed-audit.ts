import type { EntityManager } from "typeorm";
import { AuditEvent } from "../modules/audit/audit-event.entity";
import { snapshot } from "../modules/audit/audit.service";

export const SEED_ACTOR = "system:seed";

/** Demo data is audited like any write: who (the seed), what, and the record as created. */
export async function recordSeedEvent(manager: EntityManager, entityType: string, entity: { id: string }, organisationId: string | null): Promise<void> {
  await manager.save(
    manager.create(AuditEvent, {
      action: `${entityType.toLowerCase()}.seed`,
      entityType,
      entityId: entity.id,
      organisationId,
      actorUsername: SEED_ACTOR,
      before: null,
      after: snapshot(entity),
    }),
  );
}
