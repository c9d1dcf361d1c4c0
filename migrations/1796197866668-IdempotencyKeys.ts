import { MigrationInterface, QueryRunner } from "typeorm";

/** Idempotency keys of writes: a retried request with the same key returns the first result. */
export class IdempotencyKeys1796197866668 implements MigrationInterface {
    name = 'IdempotencyKeys1796197866668'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "idempotency_key" (
            "user_id" uuid NOT NULL,
            "key" character varying(255) NOT NULL,
            "write_index" integer NOT NULL,
            "request_hash" character(64) NOT NULL,
            "result_type" character varying(60),
            "result_id" uuid,
            "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
            "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
            CONSTRAINT "PK_IDEMPOTENCY_KEY" PRIMARY KEY ("user_id", "key", "write_index"),
            CONSTRAINT "FK_IDEMPOTENCY_KEY_USER" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
        )`);
        await queryRunner.query(`CREATE INDEX "IDX_IDEMPOTENCY_KEY_EXPIRES" ON "idempotency_key" ("expires_at")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "idempotency_key"`);
    }
}
