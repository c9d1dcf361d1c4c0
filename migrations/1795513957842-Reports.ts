import { MigrationInterface, QueryRunner } from "typeorm";

export class Reports1795513957842 implements MigrationInterface {
    name = 'Reports1795513957842'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "report_section" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "parent_id" uuid, "position" integer NOT NULL, "level" integer NOT NULL, "numbering" character varying(20) NOT NULL, "heading" text NOT NULL, "body" text NOT NULL DEFAULT '', "body_offset" integer, CONSTRAINT "PK_REPORT_SECTION" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_REPORT_SECTION_REPORT" ON "report_section"  ("report_id", "position") `);
        await queryRunner.query(`CREATE TYPE "public"."figure_kind" AS ENUM('RATIO', 'COUNT', 'PERCENT')`);
        await queryRunner.query(`CREATE TABLE "report_figure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "section_id" uuid NOT NULL, "position" integer NOT NULL, "label" character varying(500) NOT NULL, "kind" "public"."figure_kind" NOT NULL, "text" character varying(60) NOT NULL, "value" double precision, "numerator" double precision, "denominator" double precision, "unit" character varying(100), "span_start" integer NOT NULL, "span_end" integer NOT NULL, "measurement_id" uuid, "cites_document_id" uuid, CONSTRAINT "CHK_REPORT_FIGURE_SPAN" CHECK (span_start >= 0 AND span_start <= span_end), CONSTRAINT "PK_REPORT_FIGURE" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_REPORT_FIGURE_MEASUREMENT" ON "report_figure"  ("measurement_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_REPORT_FIGURE_REPORT" ON "report_figure"  ("report_id", "position") `);
        await queryRunner.query(`CREATE TABLE "report_recipient" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "position" integer NOT NULL, "organisation_id" uuid, "name" character varying(300) NOT NULL, "purpose" character varying(100), CONSTRAINT "PK_REPORT_RECIPIENT" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_REPORT_RECIPIENT_ORGANISATION" ON "report_recipient"  ("organisation_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_REPORT_RECIPIENT_REPORT" ON "report_recipient"  ("report_id", "position") `);
        await queryRunner.query(`CREATE TYPE "public"."report_period_kind" AS ENUM('WEEK', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR', 'AD_HOC')`);
        await queryRunner.query(`CREATE TABLE "report_schedule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "period_kind" "public"."report_period_kind" NOT NULL, "due_after_days" integer NOT NULL, "required_by_id" uuid, "active_from" date NOT NULL, "active_to" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_REPORT_SCHEDULE" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_REPORT_SCHEDULE_ORGANISATION" ON "report_schedule"  ("organisation_id") `);
        await queryRunner.query(`ALTER TABLE "document" ADD "period_kind" "public"."report_period_kind"`);
        await queryRunner.query(`CREATE TYPE "public"."report_status" AS ENUM('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')`);
        await queryRunner.query(`ALTER TABLE "document" ADD "report_status" "public"."report_status"`);
        await queryRunner.query(`ALTER TABLE "document" ADD "signing_capacity" character varying(300)`);
        await queryRunner.query(`ALTER TABLE "document" ADD "body_text" text`);
        await queryRunner.query(`ALTER TABLE "document" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "document" ADD "submitted_by_id" uuid`);
        await queryRunner.query(`ALTER TABLE "document" ADD "reviewed_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "document" ADD "reviewed_by_id" uuid`);
        await queryRunner.query(`ALTER TABLE "document" ADD "review_note" character varying(2000)`);
        await queryRunner.query(`ALTER TABLE "report_section" ADD CONSTRAINT "FK_REPORT_SECTION_REPORT" FOREIGN KEY ("report_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "report_section" ADD CONSTRAINT "FK_REPORT_SECTION_PARENT" FOREIGN KEY ("parent_id") REFERENCES "report_section"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "report_figure" ADD CONSTRAINT "FK_REPORT_FIGURE_REPORT" FOREIGN KEY ("report_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "report_figure" ADD CONSTRAINT "FK_REPORT_FIGURE_SECTION" FOREIGN KEY ("section_id") REFERENCES "report_section"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "report_figure" ADD CONSTRAINT "FK_REPORT_FIGURE_MEASUREMENT" FOREIGN KEY ("measurement_id") REFERENCES "measurement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "report_figure" ADD CONSTRAINT "FK_REPORT_FIGURE_CITES" FOREIGN KEY ("cites_document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "report_recipient" ADD CONSTRAINT "FK_REPORT_RECIPIENT_REPORT" FOREIGN KEY ("report_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "report_recipient" ADD CONSTRAINT "FK_REPORT_RECIPIENT_ORGANISATION" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "report_schedule" ADD CONSTRAINT "FK_REPORT_SCHEDULE_ORGANISATION" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "report_schedule" ADD CONSTRAINT "FK_REPORT_SCHEDULE_REQUIRED_BY" FOREIGN KEY ("required_by_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // An unnumbered draft ("Số: /BC-HĐND") has no identity until it is numbered.
        await queryRunner.query(`DROP INDEX "public"."UQ_DOCUMENT_IDENTITY"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_DOCUMENT_IDENTITY" ON "document" ("issuer_key", "reference", "issued_year") WHERE reference IS NOT NULL AND issued_year IS NOT NULL AND number IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."UQ_DOCUMENT_IDENTITY"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_DOCUMENT_IDENTITY" ON "document" ("issuer_key", "reference", "issued_year") WHERE reference IS NOT NULL AND issued_year IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "report_schedule" DROP CONSTRAINT "FK_REPORT_SCHEDULE_REQUIRED_BY"`);
        await queryRunner.query(`ALTER TABLE "report_schedule" DROP CONSTRAINT "FK_REPORT_SCHEDULE_ORGANISATION"`);
        await queryRunner.query(`ALTER TABLE "report_recipient" DROP CONSTRAINT "FK_REPORT_RECIPIENT_ORGANISATION"`);
        await queryRunner.query(`ALTER TABLE "report_recipient" DROP CONSTRAINT "FK_REPORT_RECIPIENT_REPORT"`);
        await queryRunner.query(`ALTER TABLE "report_figure" DROP CONSTRAINT "FK_REPORT_FIGURE_CITES"`);
        await queryRunner.query(`ALTER TABLE "report_figure" DROP CONSTRAINT "FK_REPORT_FIGURE_MEASUREMENT"`);
        await queryRunner.query(`ALTER TABLE "report_figure" DROP CONSTRAINT "FK_REPORT_FIGURE_SECTION"`);
        await queryRunner.query(`ALTER TABLE "report_figure" DROP CONSTRAINT "FK_REPORT_FIGURE_REPORT"`);
        await queryRunner.query(`ALTER TABLE "report_section" DROP CONSTRAINT "FK_REPORT_SECTION_PARENT"`);
        await queryRunner.query(`ALTER TABLE "report_section" DROP CONSTRAINT "FK_REPORT_SECTION_REPORT"`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "review_note"`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "reviewed_by_id"`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "reviewed_at"`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "submitted_by_id"`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "submitted_at"`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "body_text"`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "signing_capacity"`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "report_status"`);
        await queryRunner.query(`DROP TYPE "public"."report_status"`);
        await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "period_kind"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_REPORT_SCHEDULE_ORGANISATION"`);
        await queryRunner.query(`DROP TABLE "report_schedule"`);
        await queryRunner.query(`DROP TYPE "public"."report_period_kind"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_REPORT_RECIPIENT_REPORT"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_REPORT_RECIPIENT_ORGANISATION"`);
        await queryRunner.query(`DROP TABLE "report_recipient"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_REPORT_FIGURE_REPORT"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_REPORT_FIGURE_MEASUREMENT"`);
        await queryRunner.query(`DROP TABLE "report_figure"`);
        await queryRunner.query(`DROP TYPE "public"."figure_kind"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_REPORT_SECTION_REPORT"`);
        await queryRunner.query(`DROP TABLE "report_section"`);
    }

}
