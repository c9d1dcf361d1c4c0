import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The change feed reads audit_event in the order of the writing transactions (src/modules/change/):
 * every event carries its top-level transaction id (xid8 as bigint), stamped by a trigger so that no
 * code path can leave it out or forge it, and the feed hands out only events below the oldest
 * in-flight transaction. Events written before this migration keep 0: they sort first, by sequence.
 * Each committed transaction that appended events notifies `nq57_changes` (delivered on commit,
 * one per transaction) so that every API instance reads the feed at once. Cursors are signed with
 * a key kept here, shared by every instance.
 */
export class ChangeFeed1796237606520 implements MigrationInterface {
    name = 'ChangeFeed1796237606520'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // A constant default fills existing rows without rewriting the table; new rows get the trigger's value.
        await queryRunner.query(`ALTER TABLE "audit_event" ADD "xact_id" bigint NOT NULL DEFAULT 0`);
        await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "xact_id" DROP DEFAULT`);
        await queryRunner.query(`CREATE FUNCTION audit_event_stamp_transaction() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.xact_id := pg_current_xact_id()::text::bigint;
                RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "TRG_AUDIT_EVENT_TRANSACTION" BEFORE INSERT ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_stamp_transaction()`);
        await queryRunner.query(`CREATE FUNCTION audit_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('nq57_changes', '');
                RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "TRG_AUDIT_EVENT_NOTIFY" AFTER INSERT ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_notify()`);
        await queryRunner.query(`CREATE INDEX "IDX_AUDIT_EVENT_FEED" ON "audit_event" ("xact_id", "id")`);
        await queryRunner.query(`CREATE INDEX "IDX_AUDIT_EVENT_ORGANISATION_FEED" ON "audit_event" ("organisation_id", "xact_id", "id")`);
        await queryRunner.query(`CREATE TABLE "change_feed_key" ("id" smallint NOT NULL DEFAULT 1, "secret" bytea NOT NULL, CONSTRAINT "PK_CHANGE_FEED_KEY" PRIMARY KEY ("id"), CONSTRAINT "CHK_CHANGE_FEED_KEY_SINGLE" CHECK ("id" = 1))`);
        // 244 random bits from the server's strong random source, without the pgcrypto extension.
        await queryRunner.query(`INSERT INTO "change_feed_key" ("secret") VALUES (uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "change_feed_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_AUDIT_EVENT_ORGANISATION_FEED"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_AUDIT_EVENT_FEED"`);
        await queryRunner.query(`DROP TRIGGER "TRG_AUDIT_EVENT_NOTIFY" ON "audit_event"`);
        await queryRunner.query(`DROP FUNCTION audit_event_notify()`);
        await queryRunner.query(`DROP TRIGGER "TRG_AUDIT_EVENT_TRANSACTION" ON "audit_event"`);
        await queryRunner.query(`DROP FUNCTION audit_event_stamp_transaction()`);
        await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "xact_id"`);
    }
}
