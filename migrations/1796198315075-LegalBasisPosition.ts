import { MigrationInterface, QueryRunner } from "typeorm";

/** Legal bases keep the order the citing document writes them in: links of one import share a time. */
export class LegalBasisPosition1796198315075 implements MigrationInterface {
  name = "LegalBasisPosition1796198315075";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "legal_basis" ADD "position" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "legal_basis" DROP COLUMN "position"`);
  }
}
