import { SearchTextWords1796201902041 } from "../migrations/1796201902041-SearchTextWords";
import { buildDocument, buildIndicator, buildTask } from "./factories";
import { startTestApp, type TestApp } from "./harness";

/** Every text filter matches words across quotes, brackets and dashes, with and without diacritics. */
describe("search across punctuation", () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login("ubnd.haian");
  });
  afterAll(() => app.close());

  const found = async (list: "documents" | "tasks" | "indicators" | "organisations", search: string, field: string): Promise<string[]> => {
    const result = await app.gql(`query($s: String!) { ${list}(first: 100, filter: { search: $s }) { edges { node { ${field} } } } }`, { s: search }, { token });
    expect(result.errors).toBeUndefined();
    return result.data[list].edges.map((e: any) => e.node[field]);
  };

  it("finds a document title in curly quotes and in brackets, typed with or without diacritics", async () => {
    // given a plan whose title quotes its slogan and brackets a word
    const title = "Kế hoạch “đột phá” chuyển đổi số, dữ liệu ‘đúng - đủ - sạch - sống’ (đồng bộ)";
    await buildDocument(app, { as: "ubnd.haian", title });
    // when searched by words in any spelling, then it is found
    for (const search of ["dot pha", "đột phá", "“đột phá”", "đồng bộ", "(dong bo)", "dung du sach song", "'sạch'", "du-sach"]) {
      expect([search, await found("documents", search, "title")]).toEqual([search, expect.arrayContaining([title])]);
    }
  });

  it("finds tasks, indicators and organisations across quotes, brackets and dashes", async () => {
    // given a task and an indicator with quoted and bracketed words
    const task = await buildTask(app, { as: "ubnd.haian", title: "Triển khai phong trào “Bình dân học vụ số” (toàn dân)" });
    const indicator = await buildIndicator(app, { as: "ubnd.haian", name: "Tỷ lệ hộ dùng \"Sổ sức khỏe điện tử\" [VNeID]" });
    // then each is found by its words
    expect(await found("tasks", "binh dan hoc vu so toan dan", "id")).toContain(task.id);
    expect(await found("indicators", "so suc khoe dien tu vneid", "id")).toContain(indicator.id);
    // "Phòng Văn hóa - Xã hội": the dash between the words does not matter
    expect(await found("organisations", "van hoa xa hoi", "name")).toContain("Phòng Văn hóa - Xã hội phường Hải An");
  });

  it("keeps every stored key in word form, and the migration recomputes keys written before it", async () => {
    // given a key written with punctuation by plain SQL (as a bulk load would)
    const [{ id }] = await app.dataSource.query(`SELECT id FROM task WHERE search_text <> '' LIMIT 1`);
    await app.dataSource.query(`UPDATE task SET search_text = '“dot pha” (dong bo)' WHERE id = $1`, [id]);
    const key = async () => (await app.dataSource.query(`SELECT search_text FROM task WHERE id = $1`, [id]))[0].search_text;
    // then the database stores its words only
    expect(await key()).toBe("dot pha dong bo");
    // and without the trigger (down), an old-style key is recomputed by the migration (up)
    const migration = new SearchTextWords1796201902041();
    const runner = app.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await app.dataSource.query(`UPDATE task SET search_text = 'ke hoach 05/kh-hdnd “dot pha”' WHERE id = $1`, [id]);
      expect(await key()).toBe("ke hoach 05/kh-hdnd “dot pha”");
      await migration.up(runner);
      expect(await key()).toBe("ke hoach 05 kh hdnd dot pha");
    } finally {
      await runner.release();
    }
  });
});
