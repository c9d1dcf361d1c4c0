import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { join } from "node:path";
import { Client } from "pg";
import { TEST_DEMO_PASSWORD, TEST_JWT_SECRET } from "../constants";
import { createTestDatabase } from "../harness";

/**
 * An API process killed (SIGKILL) in the middle of an import leaves nothing of it behind, and the
 * client's retry with the same Idempotency-Key makes exactly one report.
 */
const ROOT = join(__dirname, "../..");
const REFERENCES = Array.from({ length: 40 }, (_, i) => `${700 + i}/KH-UBND`);
const TITLE = "Kết quả thực hiện chuyển đổi số quý III năm 2026";

/** A long report (many sections and figures, forty documents not stored yet): its import takes a while. */
function longReport(): string {
  const bases = REFERENCES.map((reference, i) => `Căn cứ Kế hoạch số ${reference} ngày ${String((i % 28) + 1).padStart(2, "0")}/02/2026 của UBND thành phố Hải Phòng;`).join("\n");
  const sections = Array.from({ length: 150 }, (_, i) => `${i + 1}. Nội dung ${i + 1}\nĐã số hóa ${1000 + i} hồ sơ, đạt ${(50 + (i % 50)).toString()},5%; cấp ${i + 3}/${i + 40} chữ ký số.`).join("\n");
  return `ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI AN\n\nSố: /BC-UBND\n\nHải An, ngày 30 tháng 9 năm 2026\n\nBÁO CÁO\n${TITLE}\n\n${bases}\n\nI. KẾT QUẢ\n${sections}\nII. PHƯƠNG HƯỚNG\nTiếp tục triển khai.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Hải\n`;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("an API process killed mid-import", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Client;
  let port: number;
  let api: ChildProcess | undefined;

  async function startApi(): Promise<void> {
    const env = { ...process.env, DATABASE_URL: database.url, PORT: String(port), NODE_ENV: "test", LOG_LEVEL: "error", JWT_SECRET: TEST_JWT_SECRET, DEMO_DATA: "false" };
    api = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "src/index.ts"], { cwd: ROOT, env, stdio: "ignore" });
    for (let i = 0; i < 240; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("the API did not start");
  }

  async function gql(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<any> {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
    return response.json();
  }

  const count = async (sql: string, params: unknown[]): Promise<number> => (await db.query(sql, params)).rows[0].count;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
    port = await freePort();
  }, 60_000);
  afterAll(async () => {
    api?.kill("SIGKILL");
    await db.end();
    await database.drop();
  });

  it("leaves no partial report, and the retried request makes exactly one", async () => {
    await startApi();
    const login = await gql(`mutation($p: String!) { login(input: { username: "ubnd.haian", password: $p }) { token } }`, { p: TEST_DEMO_PASSWORD });
    const headers = { authorization: `Bearer ${login.data.login.token}`, "idempotency-key": randomUUID() };
    const [{ id: organisation }] = (await db.query(`SELECT id FROM organisation WHERE code = 'HP.HAI-AN.UBND'`)).rows;
    const variables = { org: Buffer.from(`Organisation:${organisation}`).toString("base64url"), text: longReport() };
    const IMPORT = `mutation($org: ID!, $text: String!) { importReport(organisationId: $org, text: $text) { id figures { id } } }`;

    // Kill the process once its import transaction has written something, before it commits.
    const attempt = gql(IMPORT, variables, headers).catch((error: Error) => error);
    let killed = false;
    for (let i = 0; i < 2000 && !killed; i++) {
      const writing = await count(`SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`, []);
      if (writing > 0) {
        api!.kill("SIGKILL");
        killed = true;
      } else await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(killed).toBe(true);
    // The client saw the connection drop: no answer, so it does not know whether the import happened.
    expect(await attempt).toMatchObject({ message: "fetch failed" });
    // PostgreSQL rolls the orphaned transaction back once it sees the connection gone.
    for (let i = 0; i < 100 && (await count(`SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`, [])) > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await count(`SELECT count(*)::int AS count FROM document WHERE title = $1`, [TITLE])).toBe(0);
    expect(await count(`SELECT count(*)::int AS count FROM document WHERE reference = ANY($1)`, [REFERENCES])).toBe(0);
    expect(await count(`SELECT count(*)::int AS count FROM audit_event WHERE action = 'report.import'`, [])).toBe(0);

    await startApi();
    const retried = await gql(IMPORT, variables, headers);
    const again = await gql(IMPORT, variables, headers);
    expect(retried.errors).toBeUndefined();
    expect(again.data.importReport.id).toBe(retried.data.importReport.id);
    expect(retried.data.importReport.figures.length).toBeGreaterThan(150);
    expect(await count(`SELECT count(*)::int AS count FROM document WHERE title = $1`, [TITLE])).toBe(1);
    expect(await count(`SELECT count(*)::int AS count FROM document WHERE reference = ANY($1)`, [REFERENCES])).toBe(REFERENCES.length);
    expect(await count(`SELECT count(*)::int AS count FROM audit_event WHERE action = 'report.import'`, [])).toBe(1);
  }, 90_000);
});
