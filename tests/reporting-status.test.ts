import { periodsBetween } from "../src/modules/report/reporting-status.service";
import { ReportPeriodKind } from "../src/modules/report/report.enums";
import { organisationId } from "./factories";
import { startTestApp, type TestApp } from "./harness";

const STATUS = `query($org: ID!, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate) {
  reportingStatus(organisationId: $org, from: $from, to: $to, asOf: $asOf) { periodStart periodEnd dueOn state daysLate report { reference } }
}`;

describe("reports due, late and missing", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("cuts periods as officials do: ISO weeks, months, quarters, halves, years", () => {
    expect(periodsBetween(ReportPeriodKind.WEEK, "2026-01-08", "2026-01-14")).toEqual([
      { start: "2026-01-05", end: "2026-01-11" },
      { start: "2026-01-12", end: "2026-01-18" },
    ]);
    expect(periodsBetween(ReportPeriodKind.QUARTER, "2026-02-01", "2026-06-30")).toEqual([
      { start: "2026-01-01", end: "2026-03-31" },
      { start: "2026-04-01", end: "2026-06-30" },
    ]);
    expect(periodsBetween(ReportPeriodKind.MONTH, "2026-02-10", "2026-02-11")).toEqual([{ start: "2026-02-01", end: "2026-02-28" }]);
    expect(periodsBetween(ReportPeriodKind.HALF_YEAR, "2026-01-01", "2026-12-31").map((p) => p.end)).toEqual(["2026-06-30", "2026-12-31"]);
  });

  it("tells on-time, late, missing, due and upcoming monthly reports of a body", async () => {
    const coordinator = await app.login("bcd.haian");
    const head = await app.login("ubnd.haian");
    const ubnd = await organisationId(app.dataSource, "HP.HAI-AN.UBND");
    const schedule = await app.gql(
      `mutation($input: CreateReportScheduleInput!) { createReportSchedule(input: $input) { periodKind dueAfterDays } }`,
      { input: { organisationId: ubnd, periodKind: "MONTH", dueAfterDays: 5, activeFrom: "2026-01-01" } },
      { token: coordinator },
    );
    expect(schedule.data.createReportSchedule).toEqual({ periodKind: "MONTH", dueAfterDays: 5 });

    const submit = async (month: string, end: string, submittedOn: string) => {
      const created = await app.gql(
        `mutation($input: CreateReportInput!) { createReport(input: $input) { id version } }`,
        { input: { issuerId: ubnd, title: `Báo cáo tháng ${month}`, periodKind: "MONTH", periodStart: `2026-${month}-01`, periodEnd: end } },
        { token: head },
      );
      const sent = await app.gql(`mutation($input: VersionedDocumentInput!) { submitReport(input: $input) { id } }`, { input: { id: created.data.createReport.id, expectedVersion: created.data.createReport.version } }, { token: head });
      expect(sent.errors).toBeUndefined();
      // The submission time is the server's clock; set it to the day the test needs.
      await app.dataSource.query(`UPDATE document SET submitted_at = $2::date + TIME '09:00' AT TIME ZONE 'Asia/Ho_Chi_Minh' WHERE id = $1`, [Buffer.from(created.data.createReport.id, "base64url").toString().split(":")[1], submittedOn]);
    };
    await submit("01", "2026-01-31", "2026-02-03");
    await submit("02", "2026-02-28", "2026-03-09");

    const result = await app.gql(STATUS, { org: ubnd, from: "2026-01-01", to: "2026-05-31", asOf: "2026-05-03" }, { token: head });
    expect(result.errors).toBeUndefined();
    expect(result.data.reportingStatus.map((p: any) => [p.periodStart, p.dueOn, p.state, p.daysLate])).toEqual([
      ["2026-01-01", "2026-02-05", "SUBMITTED_ON_TIME", null],
      ["2026-02-01", "2026-03-05", "SUBMITTED_LATE", 4],
      ["2026-03-01", "2026-04-05", "MISSING", 28],
      ["2026-04-01", "2026-05-05", "DUE", null],
      ["2026-05-01", "2026-06-05", "UPCOMING", null],
    ]);
  });

  it("lets only administrators and coordinators set obligations", async () => {
    const result = await app.gql(
      `mutation($input: CreateReportScheduleInput!) { createReportSchedule(input: $input) { id } }`,
      { input: { organisationId: await organisationId(app.dataSource, "HP.HAI-AN.UBND"), periodKind: "WEEK", dueAfterDays: 1, activeFrom: "2026-01-01" } },
      { token: await app.login("ubnd.haian") },
    );
    expect(result.errors![0].extensions.code).toBe("FORBIDDEN");
  });
});
