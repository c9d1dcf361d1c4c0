import { grantRole, localityId, organisationId } from "./factories";
import { startTestApp, type TestApp } from "./harness";

const DASHBOARD = `query($scope: DashboardScope!, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate) {
  dashboard(scope: $scope, periodFrom: $from, periodTo: $to, asOf: $asOf) {
    tasks { total done doneLate inProgress overdue notStarted cancelled scheduled ongoing doneOfAssigned { text } scheduledDoneOfScheduled { text } }
    tasksByBloc { bloc total doneOfAssigned { text } }
    coordinatedDoneOfCoordinated { text }
    indicators { total green amber red unknown greenOfAll { text } greenPercent }
    indicatorRows { status indicator { name } measurement { numerator denominator value sourceLocator sourceDocument { reference } } }
    overdueTasks { title dueOn }
  }
}`;
const YEAR = { from: "2026-01-01", to: "2026-12-31" };

describe("dashboard", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function dashboardOf(username: string, scope: Record<string, string>, asOf: string) {
    const result = await app.gql(DASHBOARD, { scope, ...YEAR, asOf }, { token: await app.login(username) });
    expect(result.errors).toBeUndefined();
    return result.data.dashboard;
  }

  it("reproduces HĐND Hải An's figures: 'Trong 03 nhiệm vụ được giao, HĐND phường đã hoàn thành 01 nhiệm vụ, 02 nhiệm vụ đang triển khai ...; không có nhiệm vụ quá hạn' and 15/27", async () => {
    const board = await dashboardOf("hdnd.haian", { organisationId: await organisationId(app.dataSource, "HP.HAI-AN.HDND") }, "2026-06-19");
    expect(board.tasks).toMatchObject({ total: 3, done: 1, inProgress: 2, overdue: 0, doneOfAssigned: { text: "01/03" } });
    expect(board.overdueTasks).toEqual([]);
    const signatures = board.indicatorRows.find((r: any) => r.indicator.name.includes("chữ ký số"));
    expect(signatures.measurement).toMatchObject({ numerator: 15, denominator: 27, sourceDocument: { reference: "/BC-HĐND" } });
    expect(signatures.measurement.sourceLocator).toContain("15/27 đại biểu HĐND phường");
  });

  it("reproduces UBND Phù Liễn's: '17 mục tiêu, 25 nhiệm vụ; trong đó có 08 nhiệm vụ theo tiến độ và 17 nhiệm vụ triển khai thường xuyên ... hoàn thành 09/17 mục tiêu cụ thể và 06/08 nhiệm vụ theo tiến độ'", async () => {
    const board = await dashboardOf("ubnd.phulien", { organisationId: await organisationId(app.dataSource, "HP.PHU-LIEN.UBND") }, "2026-04-29");
    expect(board.tasks).toMatchObject({ total: 25, scheduled: 8, ongoing: 17, overdue: 0, scheduledDoneOfScheduled: { text: "06/08" } });
    expect(board.indicators).toMatchObject({ total: 17, green: 9, greenOfAll: { text: "09/17" } });
    const vneid = board.indicatorRows.find((r: any) => r.indicator.name.includes("Sổ sức khỏe"));
    expect(vneid.measurement).toMatchObject({ numerator: 22581, denominator: 57566 });
    expect(Math.round(vneid.measurement.value)).toBe(39);
    const socialSecurity = board.indicatorRows.find((r: any) => r.indicator.name.includes("an sinh xã hội"));
    expect(socialSecurity.measurement).toMatchObject({ numerator: 10509, denominator: 40924 });
    const drivingLicence = board.indicatorRows.find((r: any) => r.indicator.name.includes("giấy phép lái xe"));
    expect(drivingLicence.measurement).toMatchObject({ numerator: 11735, denominator: 40924 });
    const dossiers = board.indicatorRows.find((r: any) => r.indicator.name.includes("tiếp nhận trực tuyến"));
    expect(dossiers.measurement).toMatchObject({ numerator: 11952, denominator: 11952, value: 100 });
  });

  it("reproduces Ô Chợ Dừa's: 'Đảng ủy: Hoàn thành 11/11 nhiệm vụ'; 'UBND phường: Hoàn thành 04/04 nhiệm vụ chủ trì ... Phối hợp thực hiện 31/31 nhiệm vụ'", async () => {
    const party = await dashboardOf("danguy.ochodua", { organisationId: await organisationId(app.dataSource, "HN.O-CHO-DUA.DU") }, "2026-05-31");
    expect(party.tasks.doneOfAssigned.text).toBe("11/11");
    // The Party committee's account reads the ward's UBND figures with a viewer grant.
    await grantRole(app, { username: "danguy.ochodua", role: "VIEWER", organisation: "HN.O-CHO-DUA.UBND" });
    const government = await dashboardOf("danguy.ochodua", { organisationId: await organisationId(app.dataSource, "HN.O-CHO-DUA.UBND") }, "2026-05-31");
    expect(government.tasks.doneOfAssigned.text).toBe("04/04");
    expect(government.coordinatedDoneOfCoordinated.text).toBe("31/31");
  });

  it("shows a steering committee the work it assigned, by bloc, and a locality all its bodies", async () => {
    const board = await dashboardOf("auditor.haiphong", { localityId: await localityId(app.dataSource, "31.PHU-LIEN") }, "2026-04-29");
    expect(board.tasksByBloc).toEqual([{ bloc: "GOVERNMENT", total: 25, doneOfAssigned: { text: "06/25" } }]);
    const committee = await dashboardOf("auditor.haiphong", { steeringCommitteeId: await organisationId(app.dataSource, "HP.PHU-LIEN.BCD") }, "2026-04-29");
    expect(committee.tasks.total).toBe(25);
    expect(committee.indicators.greenOfAll.text).toBe("09/17");
  });

  it("lists overdue tasks as the date moves past their due dates", async () => {
    const board = await dashboardOf("ubnd.phulien", { organisationId: await organisationId(app.dataSource, "HP.PHU-LIEN.UBND") }, "2026-07-01");
    expect(board.tasks.overdue).toBe(2);
    expect(board.overdueTasks.map((t: any) => t.dueOn)).toEqual(["2026-06-30", "2026-06-30"]);
  });

  it("refuses a scope outside the caller's with NOT_FOUND, and a scope with two kinds with BAD_USER_INPUT", async () => {
    const token = await app.login("ubnd.haian");
    const outside = await app.gql(DASHBOARD, { scope: { organisationId: await organisationId(app.dataSource, "HP.PHU-LIEN.UBND") }, ...YEAR }, { token });
    expect(outside.errors![0].extensions.code).toBe("NOT_FOUND");
    const both = await app.gql(DASHBOARD, { scope: { organisationId: await organisationId(app.dataSource, "HP.HAI-AN.UBND"), localityId: await localityId(app.dataSource, "31.HAI-AN") }, ...YEAR }, { token });
    expect(both.errors![0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("issues the same small number of SQL statements for 10 and for 1 000 tasks, and for 20 or 400 indicators", async () => {
    const token = await app.login("ubnd.haian");
    const ubnd = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
    const [{ id: notice }] = await app.dataSource.query(`SELECT id FROM document WHERE external_id = 'HP.HAI-AN.HDND:11/TB-HĐND'`);
    const [{ id: lead }] = await app.dataSource.query(`SELECT id FROM organisation WHERE code = 'HP.HAI-AN.UBND'`);
    async function statementsWith(tasks: number): Promise<number> {
      await app.dataSource.query(
        `INSERT INTO task (assigned_by_id, code, title, lead_organisation_id, cadence, due_on, period_start, period_end, search_text, version)
           SELECT $1, 'B' || n, 'Nhiệm vụ ' || n, $2, CASE WHEN n % 2 = 0 THEN 'SCHEDULED'::cadence ELSE 'ONGOING'::cadence END,
                  CASE WHEN n % 2 = 0 THEN DATE '2026-03-01' + (n % 200) END, DATE '2026-01-01', DATE '2026-12-31', 'nhiem vu', 1
             FROM generate_series(1, $3) AS n`,
        [notice, lead, tasks],
      );
      await app.dataSource.query(
        `INSERT INTO task_update (task_id, organisation_id, status, reported_on)
           SELECT id, lead_organisation_id, 'IN_PROGRESS', DATE '2026-02-01' FROM task WHERE lead_organisation_id = $1 AND code LIKE 'B%'`,
        [lead],
      );
      const before = app.statements.count;
      const result = await app.gql(DASHBOARD, { scope: { organisationId: ubnd }, ...YEAR, asOf: "2026-06-30" }, { token });
      expect(result.errors).toBeUndefined();
      expect(result.data.dashboard.tasks.total).toBeGreaterThanOrEqual(tasks);
      return app.statements.count - before;
    }
    const small = await statementsWith(10);
    const large = await statementsWith(990);
    expect(large).toBe(small);
    // The ward's own indicators are on the board too: their rows load indicators and source documents.
    // One of them computes the caller's readable organisations once, for every scoped statement after it.
    expect(small).toBeLessThanOrEqual(15);
    // Indicators too: 20 or 400 of them with targets and measurements take the same statements.
    async function statementsWithIndicators(count: number): Promise<number> {
      await app.dataSource.query(
        `WITH made AS (
           INSERT INTO indicator (defined_by_id, code, name, measure_kind, direction, accumulation, search_text, version)
           SELECT $1, 'I' || n, 'Chỉ tiêu ' || n, 'PERCENT', 'HIGHER_IS_BETTER', 'CUMULATIVE', 'chi tieu', 1 FROM generate_series(1, $3::int) AS n RETURNING id),
         targeted AS (
           INSERT INTO indicator_target (indicator_id, organisation_id, period_start, period_end, target_value, effective_from, set_by_id)
           SELECT id, $2, DATE '2026-01-01', DATE '2026-12-31', 100, DATE '2026-01-01', $1 FROM made RETURNING indicator_id)
         INSERT INTO measurement (indicator_id, organisation_id, period_start, period_end, value)
           SELECT indicator_id, $2, DATE '2026-05-31', DATE '2026-05-31', 60 FROM targeted`,
        [notice, lead, count],
      );
      const before = app.statements.count;
      const result = await app.gql(DASHBOARD, { scope: { organisationId: ubnd }, ...YEAR, asOf: "2026-06-30" }, { token });
      expect(result.data.dashboard.indicators.total).toBeGreaterThanOrEqual(count);
      return app.statements.count - before;
    }
    const few = await statementsWithIndicators(20);
    const many = await statementsWithIndicators(380);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(15);
  });
});
