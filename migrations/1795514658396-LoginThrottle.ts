import { MigrationInterface, QueryRunner } from "typeorm";

export class LoginThrottle1795514658396 implements MigrationInterface {
    name = 'LoginThrottle1795514658396'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "login_failure" ("id" BIGSERIAL NOT NULL, "username" character varying(64) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_LOGIN_FAILURE" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_LOGIN_FAILURE_USERNAME" ON "login_failure"  ("username", "occurred_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_LOGIN_FAILURE_USERNAME"`);
        await queryRunner.query(`DROP TABLE "login_failure"`);
    }

}
