import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Counters of rate-limiter-flexible's PostgreSQL store (src/rate-limit-store.ts), shared by every
 * instance of the API. Unlogged: a counter lost in a crash only forgives a minute of requests,
 * and skipping the write-ahead log keeps one upsert per request cheap.
 */
export class RateLimits1796198251236 implements MigrationInterface {
    name = 'RateLimits1796198251236'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE UNLOGGED TABLE "rate_limit" (
            "key" character varying(255) NOT NULL,
            "points" integer NOT NULL DEFAULT 0,
            "expire" bigint,
            CONSTRAINT "PK_RATE_LIMIT" PRIMARY KEY ("key")
        )`);
        await queryRunner.query(`CREATE INDEX "IDX_RATE_LIMIT_EXPIRE" ON "rate_limit" ("expire")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "rate_limit"`);
    }
}
