import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795510752428 implements MigrationInterface {
    name = 'Foundation1795510752428'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_username" character varying(64), "action" character varying(64) NOT NULL, "entity_type" character varying(64) NOT NULL, "entity_id" uuid NOT NULL, "organisation_id" uuid, "before" jsonb, "after" jsonb, "request_id" character varying(100), CONSTRAINT "PK_AUDIT_EVENT" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_AUDIT_EVENT_ACTOR" ON "audit_event"  ("actor_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_AUDIT_EVENT_ORGANISATION" ON "audit_event"  ("organisation_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_AUDIT_EVENT_ENTITY" ON "audit_event"  ("entity_type", "entity_id") `);
        await queryRunner.query(`CREATE TYPE "public"."locality_level" AS ENUM('CENTRAL', 'PROVINCE', 'COMMUNE')`);
        await queryRunner.query(`CREATE TABLE "locality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "level" "public"."locality_level" NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(200) NOT NULL, "parent_id" uuid, "path" uuid array NOT NULL, "search_text" text NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_LOCALITY" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_LOCALITY_CODE" ON "locality"  ("code") `);
        await queryRunner.query(`CREATE INDEX "IDX_LOCALITY_PARENT" ON "locality"  ("parent_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_LOCALITY_PATH" ON "locality" USING gin ("path") `);
        await queryRunner.query(`CREATE TYPE "public"."organisation_kind" AS ENUM('PARTY_COMMITTEE', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT', 'SOCIO_POLITICAL_ORGANISATION', 'STEERING_COMMITTEE', 'WORKING_GROUP', 'DEPARTMENT', 'CENTRAL_AGENCY')`);
        await queryRunner.query(`CREATE TYPE "public"."bloc" AS ENUM('PARTY', 'COUNCIL', 'GOVERNMENT', 'FRONT')`);
        await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."organisation_kind" NOT NULL, "bloc" "public"."bloc" NOT NULL, "code" character varying(64) NOT NULL, "name" character varying(300) NOT NULL, "short_name" character varying(100), "locality_id" uuid NOT NULL, "parent_id" uuid, "superior_id" uuid, "path" uuid array NOT NULL, "search_text" text NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ORGANISATION" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ORGANISATION_BLOC" ON "organisation"  ("bloc") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_ORGANISATION_CODE" ON "organisation"  ("code") `);
        await queryRunner.query(`CREATE INDEX "IDX_ORGANISATION_LOCALITY" ON "organisation"  ("locality_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_ORGANISATION_PARENT" ON "organisation"  ("parent_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_ORGANISATION_SUPERIOR" ON "organisation"  ("superior_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_ORGANISATION_PATH" ON "organisation" USING gin ("path") `);
        await queryRunner.query(`CREATE TYPE "public"."clearance" AS ENUM('NONE', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET')`);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "display_name" character varying(200) NOT NULL, "organisation_id" uuid NOT NULL, "password_hash" character varying(255) NOT NULL, "disabled" boolean NOT NULL DEFAULT false, "clearance" "public"."clearance" NOT NULL DEFAULT 'NONE', "search_text" text NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_USER" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_USER_USERNAME" ON "app_user"  ("username") `);
        await queryRunner.query(`CREATE INDEX "IDX_USER_ORGANISATION" ON "app_user"  ("organisation_id") `);
        await queryRunner.query(`CREATE TYPE "public"."role" AS ENUM('VIEWER', 'EDITOR', 'APPROVER', 'COORDINATOR', 'AUDITOR', 'INTEGRATOR', 'ADMIN')`);
        await queryRunner.query(`CREATE TABLE "role_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "role" "public"."role" NOT NULL, "organisation_id" uuid, "include_subunits" boolean NOT NULL DEFAULT false, "locality_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_ROLE_GRANT_SCOPE" CHECK ((organisation_id IS NULL) <> (locality_id IS NULL)), CONSTRAINT "PK_ROLE_GRANT" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ROLE_GRANT_USER" ON "role_grant"  ("user_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_ROLE_GRANT_LOCALITY" ON "role_grant"  ("user_id", "role", "locality_id") WHERE locality_id IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_ROLE_GRANT_ORGANISATION" ON "role_grant"  ("user_id", "role", "organisation_id") WHERE organisation_id IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "locality" ADD CONSTRAINT "FK_LOCALITY_PARENT" FOREIGN KEY ("parent_id") REFERENCES "locality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "FK_ORGANISATION_LOCALITY" FOREIGN KEY ("locality_id") REFERENCES "locality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "FK_ORGANISATION_PARENT" FOREIGN KEY ("parent_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "FK_ORGANISATION_SUPERIOR" FOREIGN KEY ("superior_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_USER_ORGANISATION" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "FK_ROLE_GRANT_USER" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "FK_ROLE_GRANT_ORGANISATION" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "FK_ROLE_GRANT_LOCALITY" FOREIGN KEY ("locality_id") REFERENCES "locality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

        // Search that ignores case and diacritics runs on folded text with trigram indexes.
        await queryRunner.query(`CREATE INDEX "IDX_LOCALITY_SEARCH" ON "locality" USING gin ("search_text" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "IDX_ORGANISATION_SEARCH" ON "organisation" USING gin ("search_text" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "IDX_USER_SEARCH" ON "app_user" USING gin ("search_text" gin_trgm_ops)`);
        // Audit events are append-only for every role, the application's included.
        await queryRunner.query(`CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "TRG_AUDIT_EVENT_NO_UPDATE_DELETE" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
        await queryRunner.query(`CREATE TRIGGER "TRG_AUDIT_EVENT_NO_TRUNCATE" BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "TRG_AUDIT_EVENT_NO_TRUNCATE" ON "audit_event"`);
        await queryRunner.query(`DROP TRIGGER "TRG_AUDIT_EVENT_NO_UPDATE_DELETE" ON "audit_event"`);
        await queryRunner.query(`DROP FUNCTION audit_event_is_append_only()`);
        await queryRunner.query(`DROP INDEX "public"."IDX_USER_SEARCH"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ORGANISATION_SEARCH"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_LOCALITY_SEARCH"`);
        await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "FK_ROLE_GRANT_LOCALITY"`);
        await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "FK_ROLE_GRANT_ORGANISATION"`);
        await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "FK_ROLE_GRANT_USER"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_USER_ORGANISATION"`);
        await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "FK_ORGANISATION_SUPERIOR"`);
        await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "FK_ORGANISATION_PARENT"`);
        await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "FK_ORGANISATION_LOCALITY"`);
        await queryRunner.query(`ALTER TABLE "locality" DROP CONSTRAINT "FK_LOCALITY_PARENT"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_ROLE_GRANT_ORGANISATION"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_ROLE_GRANT_LOCALITY"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ROLE_GRANT_USER"`);
        await queryRunner.query(`DROP TABLE "role_grant"`);
        await queryRunner.query(`DROP TYPE "public"."role"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_USER_ORGANISATION"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_USER_USERNAME"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP TYPE "public"."clearance"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ORGANISATION_PATH"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ORGANISATION_SUPERIOR"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ORGANISATION_PARENT"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ORGANISATION_LOCALITY"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_ORGANISATION_CODE"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ORGANISATION_BLOC"`);
        await queryRunner.query(`DROP TABLE "organisation"`);
        await queryRunner.query(`DROP TYPE "public"."bloc"`);
        await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_LOCALITY_PATH"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_LOCALITY_PARENT"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_LOCALITY_CODE"`);
        await queryRunner.query(`DROP TABLE "locality"`);
        await queryRunner.query(`DROP TYPE "public"."locality_level"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_AUDIT_EVENT_ENTITY"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_AUDIT_EVENT_ORGANISATION"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_AUDIT_EVENT_ACTOR"`);
        await queryRunner.query(`DROP TABLE "audit_event"`);
    }

}
