import { MigrationInterface, QueryRunner } from "typeorm";

export class Documents1795512374431 implements MigrationInterface {
    name = 'Documents1795512374431'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."document_type" AS ENUM('RESOLUTION', 'PLAN', 'NOTICE', 'OFFICIAL_LETTER', 'DECISION', 'REPORT', 'PROGRAMME', 'CIRCULAR', 'DIRECTIVE', 'GUIDANCE', 'CONCLUSION', 'REGULATION', 'RULE', 'DECREE', 'LAW', 'SUBMISSION', 'OTHER')`);
        await queryRunner.query(`CREATE TYPE "public"."classification" AS ENUM('UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET')`);
        await queryRunner.query(`CREATE TYPE "public"."document_status" AS ENUM('ACTIVE', 'WITHDRAWN')`);
        await queryRunner.query(`CREATE TYPE "public"."notice_kind" AS ENUM('ASSIGNMENT', 'CONCLUSION', 'ADJUSTMENT')`);
        await queryRunner.query(`CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" "public"."document_type" NOT NULL, "number" character varying(20), "symbol" character varying(100), "reference_as_written" character varying(100), "reference" character varying(100), "reference_system" character varying(5), "type_code" character varying(20), "issuer_code" character varying(60), "issuer_id" uuid, "issuer_name" character varying(300), "issuer_key" character varying(340) NOT NULL, "issued_on" date, "issued_year" integer, "place" character varying(100), "title" text, "signer" character varying(200), "classification" "public"."classification" NOT NULL DEFAULT 'UNCLASSIFIED', "status" "public"."document_status" NOT NULL DEFAULT 'ACTIVE', "withdrawn_reason" character varying(500), "verified" boolean NOT NULL DEFAULT true, "source_system" character varying(64), "external_id" character varying(200), "plan_year" integer, "period_start" date, "period_end" date, "notice_kind" "public"."notice_kind", "search_text" text NOT NULL, "created_by_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_DOCUMENT" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_DOCUMENT_REFERENCE" ON "document"  ("reference") `);
        await queryRunner.query(`CREATE INDEX "IDX_DOCUMENT_ISSUER" ON "document"  ("issuer_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_DOCUMENT_EXTERNAL" ON "document"  ("source_system", "external_id") WHERE source_system IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_DOCUMENT_NUMBER" ON "document"  ("number", "type_code") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_DOCUMENT_IDENTITY" ON "document"  ("issuer_key", "reference", "issued_year") WHERE reference IS NOT NULL AND issued_year IS NOT NULL`);
        await queryRunner.query(`CREATE TYPE "public"."legal_relation" AS ENUM('BASED_ON', 'IMPLEMENTS', 'ADJUSTS', 'REPLACES', 'RESPONDS_TO')`);
        await queryRunner.query(`CREATE TABLE "legal_basis" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "from_document_id" uuid NOT NULL, "to_document_id" uuid NOT NULL, "relation" "public"."legal_relation" NOT NULL, "citation_text" character varying(1000), "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_LEGAL_BASIS" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_LEGAL_BASIS_FROM" ON "legal_basis"  ("from_document_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_LEGAL_BASIS_TO" ON "legal_basis"  ("to_document_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_LEGAL_BASIS" ON "legal_basis"  ("from_document_id", "to_document_id", "relation") `);
        await queryRunner.query(`ALTER TABLE "document" ADD CONSTRAINT "FK_DOCUMENT_ISSUER" FOREIGN KEY ("issuer_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "legal_basis" ADD CONSTRAINT "FK_LEGAL_BASIS_FROM" FOREIGN KEY ("from_document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "legal_basis" ADD CONSTRAINT "FK_LEGAL_BASIS_TO" FOREIGN KEY ("to_document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE INDEX "IDX_DOCUMENT_SEARCH" ON "document" USING gin ("search_text" gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_DOCUMENT_SEARCH"`);
        await queryRunner.query(`ALTER TABLE "legal_basis" DROP CONSTRAINT "FK_LEGAL_BASIS_TO"`);
        await queryRunner.query(`ALTER TABLE "legal_basis" DROP CONSTRAINT "FK_LEGAL_BASIS_FROM"`);
        await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_DOCUMENT_ISSUER"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_LEGAL_BASIS"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_LEGAL_BASIS_TO"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_LEGAL_BASIS_FROM"`);
        await queryRunner.query(`DROP TABLE "legal_basis"`);
        await queryRunner.query(`DROP TYPE "public"."legal_relation"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_DOCUMENT_IDENTITY"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_DOCUMENT_NUMBER"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_DOCUMENT_EXTERNAL"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_DOCUMENT_ISSUER"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_DOCUMENT_REFERENCE"`);
        await queryRunner.query(`DROP TABLE "document"`);
        await queryRunner.query(`DROP TYPE "public"."notice_kind"`);
        await queryRunner.query(`DROP TYPE "public"."document_status"`);
        await queryRunner.query(`DROP TYPE "public"."classification"`);
        await queryRunner.query(`DROP TYPE "public"."document_type"`);
    }

}
