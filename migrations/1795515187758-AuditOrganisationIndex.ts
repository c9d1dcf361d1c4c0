import { MigrationInterface, QueryRunner } from "typeorm";

export class AuditOrganisationIndex1795515187758 implements MigrationInterface {
    name = 'AuditOrganisationIndex1795515187758'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_AUDIT_EVENT_ORGANISATION"`);
        await queryRunner.query(`CREATE INDEX "IDX_AUDIT_EVENT_ORGANISATION_SEQUENCE" ON "audit_event"  ("organisation_id", "id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_AUDIT_EVENT_ORGANISATION_SEQUENCE"`);
        await queryRunner.query(`CREATE INDEX "IDX_AUDIT_EVENT_ORGANISATION" ON "audit_event" USING btree ("organisation_id") `);
    }

}
