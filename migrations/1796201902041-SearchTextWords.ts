import type { MigrationInterface, QueryRunner } from "typeorm";

/** Every table with a `search_text` key (src/text.ts, searchKey). */
const TABLES = ["locality", "organisation", "app_user", "document", "task", "indicator"];

/** The SQL twin of src/text.ts: in a folded key, whatever is not a letter or digit separates words. */
const WORDS = `btrim(regexp_replace(search_text, '[^a-z0-9]+', ' ', 'g'))`;

/**
 * Search keys become words only, so that a word is found across quotes, brackets and dashes
 * (“đột phá”, "(đồng bộ)", "Văn hóa - Xã hội"). Existing keys are already folded (no case, no
 * diacritics), so dropping their punctuation gives exactly what searchKey now computes. A trigger
 * keeps the rule for rows written by set-based SQL (npm run generate) as well as by the application.
 */
export class SearchTextWords1796201902041 implements MigrationInterface {
  name = "SearchTextWords1796201902041";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION search_text_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.search_text := btrim(regexp_replace(NEW.search_text, '[^a-z0-9]+', ' ', 'g')); RETURN NEW; END $$`);
    for (const table of TABLES) {
      await queryRunner.query(`UPDATE "${table}" SET search_text = ${WORDS} WHERE search_text ~ '[^a-z0-9 ]' OR search_text <> ${WORDS}`);
      await queryRunner.query(
        `CREATE TRIGGER "TRG_${table.toUpperCase()}_SEARCH_WORDS" BEFORE INSERT OR UPDATE OF search_text ON "${table}" FOR EACH ROW EXECUTE FUNCTION search_text_words()`,
      );
    }
  }

  /** Drops the trigger; the keys stay in word form, which the previous search also matches word by word. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER "TRG_${table.toUpperCase()}_SEARCH_WORDS" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION search_text_words()`);
  }
}
