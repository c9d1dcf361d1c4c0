import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexes for the read paths at national scale: the provenance trace looks up the audit events of
 * a few records by id alone (the existing index leads with the entity type).
 */
export class ReadPathIndexes1796198845502 implements MigrationInterface {
    name = 'ReadPathIndexes1796198845502'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "IDX_AUDIT_EVENT_ENTITY_ID" ON "audit_event" ("entity_id", "id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_AUDIT_EVENT_ENTITY_ID"`);
    }

}
