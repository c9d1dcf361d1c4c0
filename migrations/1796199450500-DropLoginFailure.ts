import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Failed logins are counted in rate_limit (rate-limiter-flexible's store, per username and address
 * and per address: src/auth/login-throttle.ts) instead of one row per failure per username.
 */
export class DropLoginFailure1796199450500 implements MigrationInterface {
    name = 'DropLoginFailure1796199450500'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_LOGIN_FAILURE_USERNAME"`);
        await queryRunner.query(`DROP TABLE "login_failure"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "login_failure" ("id" BIGSERIAL NOT NULL, "username" character varying(64) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_LOGIN_FAILURE" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_LOGIN_FAILURE_USERNAME" ON "login_failure" ("username", "occurred_at")`);
    }
}
