import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Keys of synced measurements and what a bulk write returned. A measurement is never overwritten,
 * so one external record is a chain of measurements (each correcting the previous) sharing its key,
 * numbered by revision; the index lets only one writer add each revision. An idempotent bulk write
 * replays its whole per-item answer, kept as JSON next to the claimed key.
 */
export class SyncKeys1796198418062 implements MigrationInterface {
    name = 'SyncKeys1796198418062'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "measurement" ADD "source_system" character varying(64)`);
        await queryRunner.query(`ALTER TABLE "measurement" ADD "external_id" character varying(200)`);
        await queryRunner.query(`ALTER TABLE "measurement" ADD "revision" integer`);
        await queryRunner.query(`ALTER TABLE "measurement" ADD CONSTRAINT "CHK_MEASUREMENT_EXTERNAL" CHECK ((source_system IS NULL) = (external_id IS NULL) AND (source_system IS NULL) = (revision IS NULL))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_MEASUREMENT_EXTERNAL" ON "measurement" ("source_system", "external_id", "revision") WHERE source_system IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "idempotency_key" ADD "result" jsonb`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "idempotency_key" DROP COLUMN "result"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_MEASUREMENT_EXTERNAL"`);
        await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "CHK_MEASUREMENT_EXTERNAL"`);
        await queryRunner.query(`ALTER TABLE "measurement" DROP COLUMN "revision"`);
        await queryRunner.query(`ALTER TABLE "measurement" DROP COLUMN "external_id"`);
        await queryRunner.query(`ALTER TABLE "measurement" DROP COLUMN "source_system"`);
    }
}
