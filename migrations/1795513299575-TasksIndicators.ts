import { MigrationInterface, QueryRunner } from "typeorm";

export class TasksIndicators1795513299575 implements MigrationInterface {
    name = 'TasksIndicators1795513299575'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."measure_kind" AS ENUM('RATIO', 'COUNT', 'PERCENT', 'BOOLEAN', 'TEXT')`);
        await queryRunner.query(`CREATE TYPE "public"."direction" AS ENUM('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')`);
        await queryRunner.query(`CREATE TYPE "public"."accumulation" AS ENUM('CUMULATIVE', 'IN_PERIOD')`);
        await queryRunner.query(`CREATE TABLE "indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "defined_by_id" uuid NOT NULL, "code" character varying(20), "name" text NOT NULL, "measure_kind" "public"."measure_kind" NOT NULL, "unit" character varying(50), "direction" "public"."direction" NOT NULL DEFAULT 'HIGHER_IS_BETTER', "accumulation" "public"."accumulation" NOT NULL DEFAULT 'CUMULATIVE', "baseline" double precision, "search_text" text NOT NULL, "source_system" character varying(64), "external_id" character varying(200), "created_by_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_INDICATOR" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_INDICATOR_DEFINED_BY" ON "indicator"  ("defined_by_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_INDICATOR_EXTERNAL" ON "indicator"  ("source_system", "external_id") WHERE source_system IS NOT NULL`);
        await queryRunner.query(`CREATE TABLE "indicator_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "indicator_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "target_value" double precision, "target_text" text, "effective_from" date NOT NULL, "set_by_id" uuid NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_INDICATOR_TARGET_PERIOD" CHECK (period_start <= period_end), CONSTRAINT "PK_INDICATOR_TARGET" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_INDICATOR_TARGET_ORGANISATION" ON "indicator_target"  ("organisation_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_INDICATOR_TARGET_LOOKUP" ON "indicator_target"  ("indicator_id", "organisation_id", "effective_from") `);
        await queryRunner.query(`CREATE TABLE "measurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "indicator_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "numerator" double precision, "denominator" double precision, "value" double precision, "text_value" text, "source_document_id" uuid, "source_locator" text, "source_span_start" integer, "source_span_end" integer, "supersedes_id" uuid, "recorded_by_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_MEASUREMENT_PERIOD" CHECK (period_start <= period_end), CONSTRAINT "PK_MEASUREMENT" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_MEASUREMENT_ORGANISATION" ON "measurement"  ("organisation_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_MEASUREMENT_SUPERSEDES" ON "measurement"  ("supersedes_id") WHERE supersedes_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_MEASUREMENT_LOOKUP" ON "measurement"  ("indicator_id", "organisation_id", "period_end") `);
        await queryRunner.query(`CREATE TYPE "public"."cadence" AS ENUM('SCHEDULED', 'ONGOING')`);
        await queryRunner.query(`CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assigned_by_id" uuid NOT NULL, "code" character varying(20), "title" text NOT NULL, "lead_organisation_id" uuid NOT NULL, "cadence" "public"."cadence" NOT NULL, "due_on" date, "period_start" date NOT NULL, "period_end" date NOT NULL, "search_text" text NOT NULL, "source_system" character varying(64), "external_id" character varying(200), "created_by_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_TASK" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_TASK_ASSIGNED_BY" ON "task"  ("assigned_by_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_TASK_LEAD" ON "task"  ("lead_organisation_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_TASK_PERIOD" ON "task"  ("period_start", "period_end") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_TASK_EXTERNAL" ON "task"  ("source_system", "external_id") WHERE source_system IS NOT NULL`);
        await queryRunner.query(`CREATE TYPE "public"."task_status" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DONE_LATE', 'CANCELLED')`);
        await queryRunner.query(`CREATE TABLE "task_update" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "status" "public"."task_status" NOT NULL, "progress_percent" integer, "note" text, "reported_on" date NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_TASK_UPDATE_PROGRESS" CHECK (progress_percent IS NULL OR (progress_percent BETWEEN 0 AND 100)), CONSTRAINT "PK_TASK_UPDATE" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_TASK_UPDATE_TASK" ON "task_update"  ("task_id", "reported_on") `);
        await queryRunner.query(`CREATE TABLE "task_coordinator" ("task_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_9a62ef0df4742eeae33d58a37c0" PRIMARY KEY ("task_id", "organisation_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_8c610bc54bf635f61b6afdd694" ON "task_coordinator"  ("task_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_6b98c4818172608fd5bb495854" ON "task_coordinator"  ("organisation_id") `);
        await queryRunner.query(`CREATE TABLE "task_update_evidence" ("task_update_id" uuid NOT NULL, "document_id" uuid NOT NULL, CONSTRAINT "PK_4dac9bc743232f4b3c286a27721" PRIMARY KEY ("task_update_id", "document_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_f85b5b421c4af848ae63c58460" ON "task_update_evidence"  ("task_update_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_ea70286d01f8ed631a7ce5b9e3" ON "task_update_evidence"  ("document_id") `);
        await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "FK_INDICATOR_DEFINED_BY" FOREIGN KEY ("defined_by_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "indicator_target" ADD CONSTRAINT "FK_INDICATOR_TARGET_INDICATOR" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "indicator_target" ADD CONSTRAINT "FK_INDICATOR_TARGET_ORGANISATION" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "indicator_target" ADD CONSTRAINT "FK_INDICATOR_TARGET_SET_BY" FOREIGN KEY ("set_by_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "measurement" ADD CONSTRAINT "FK_MEASUREMENT_INDICATOR" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "measurement" ADD CONSTRAINT "FK_MEASUREMENT_ORGANISATION" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "measurement" ADD CONSTRAINT "FK_MEASUREMENT_SOURCE" FOREIGN KEY ("source_document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "measurement" ADD CONSTRAINT "FK_MEASUREMENT_SUPERSEDES" FOREIGN KEY ("supersedes_id") REFERENCES "measurement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "FK_TASK_ASSIGNED_BY" FOREIGN KEY ("assigned_by_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "FK_TASK_LEAD" FOREIGN KEY ("lead_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "task_update" ADD CONSTRAINT "FK_TASK_UPDATE_TASK" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "task_update" ADD CONSTRAINT "FK_TASK_UPDATE_ORGANISATION" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "task_coordinator" ADD CONSTRAINT "FK_TASK_COORDINATOR_TASK" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "task_coordinator" ADD CONSTRAINT "FK_TASK_COORDINATOR_ORGANISATION" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "task_update_evidence" ADD CONSTRAINT "FK_TASK_UPDATE_EVIDENCE_UPDATE" FOREIGN KEY ("task_update_id") REFERENCES "task_update"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "task_update_evidence" ADD CONSTRAINT "FK_TASK_UPDATE_EVIDENCE_DOCUMENT" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`CREATE INDEX "IDX_TASK_SEARCH" ON "task" USING gin ("search_text" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "IDX_INDICATOR_SEARCH" ON "indicator" USING gin ("search_text" gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_INDICATOR_SEARCH"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_TASK_SEARCH"`);
        await queryRunner.query(`ALTER TABLE "task_update_evidence" DROP CONSTRAINT "FK_TASK_UPDATE_EVIDENCE_DOCUMENT"`);
        await queryRunner.query(`ALTER TABLE "task_update_evidence" DROP CONSTRAINT "FK_TASK_UPDATE_EVIDENCE_UPDATE"`);
        await queryRunner.query(`ALTER TABLE "task_coordinator" DROP CONSTRAINT "FK_TASK_COORDINATOR_ORGANISATION"`);
        await queryRunner.query(`ALTER TABLE "task_coordinator" DROP CONSTRAINT "FK_TASK_COORDINATOR_TASK"`);
        await queryRunner.query(`ALTER TABLE "task_update" DROP CONSTRAINT "FK_TASK_UPDATE_ORGANISATION"`);
        await queryRunner.query(`ALTER TABLE "task_update" DROP CONSTRAINT "FK_TASK_UPDATE_TASK"`);
        await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_TASK_LEAD"`);
        await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_TASK_ASSIGNED_BY"`);
        await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_MEASUREMENT_SUPERSEDES"`);
        await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_MEASUREMENT_SOURCE"`);
        await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_MEASUREMENT_ORGANISATION"`);
        await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_MEASUREMENT_INDICATOR"`);
        await queryRunner.query(`ALTER TABLE "indicator_target" DROP CONSTRAINT "FK_INDICATOR_TARGET_SET_BY"`);
        await queryRunner.query(`ALTER TABLE "indicator_target" DROP CONSTRAINT "FK_INDICATOR_TARGET_ORGANISATION"`);
        await queryRunner.query(`ALTER TABLE "indicator_target" DROP CONSTRAINT "FK_INDICATOR_TARGET_INDICATOR"`);
        await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_INDICATOR_DEFINED_BY"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ea70286d01f8ed631a7ce5b9e3"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f85b5b421c4af848ae63c58460"`);
        await queryRunner.query(`DROP TABLE "task_update_evidence"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6b98c4818172608fd5bb495854"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8c610bc54bf635f61b6afdd694"`);
        await queryRunner.query(`DROP TABLE "task_coordinator"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_TASK_UPDATE_TASK"`);
        await queryRunner.query(`DROP TABLE "task_update"`);
        await queryRunner.query(`DROP TYPE "public"."task_status"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_TASK_EXTERNAL"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_TASK_PERIOD"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_TASK_LEAD"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_TASK_ASSIGNED_BY"`);
        await queryRunner.query(`DROP TABLE "task"`);
        await queryRunner.query(`DROP TYPE "public"."cadence"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_MEASUREMENT_LOOKUP"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_MEASUREMENT_SUPERSEDES"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_MEASUREMENT_ORGANISATION"`);
        await queryRunner.query(`DROP TABLE "measurement"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_INDICATOR_TARGET_LOOKUP"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_INDICATOR_TARGET_ORGANISATION"`);
        await queryRunner.query(`DROP TABLE "indicator_target"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_INDICATOR_EXTERNAL"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_INDICATOR_DEFINED_BY"`);
        await queryRunner.query(`DROP TABLE "indicator"`);
        await queryRunner.query(`DROP TYPE "public"."accumulation"`);
        await queryRunner.query(`DROP TYPE "public"."direction"`);
        await queryRunner.query(`DROP TYPE "public"."measure_kind"`);
    }

}
