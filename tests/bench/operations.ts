/**
 * The named operations of `npm run bench`, as a commune UBND editor (`ubnd.x0001`) sees them, and the
 * trace as the province's auditor. Each is one GraphQL request; `floor` names the route of the raw
 * SQL server that answers the same request with the same JSON (none for login: its cost is argon2id).
 */
export interface BenchTarget {
  /** Global id of the UBND of commune 1. */
  ubnd: string;
  /** Global id of a measurement of that UBND. */
  measurement: string;
  /** A reference issued by that UBND, as typed into a search box. */
  reference: string;
}

export interface Operation {
  name: string;
  caller: "editor" | "auditor" | "anonymous";
  query: string;
  variables: (target: BenchTarget) => Record<string, unknown>;
  floor?: string;
}

export const DAY = { periodFrom: "2026-01-01", periodTo: "2026-12-31", asOf: "2026-11-30" };

const COUNTS = "total done doneLate inProgress overdue notStarted cancelled scheduled ongoing doneOfAssigned { text } scheduledDoneOfScheduled { text }";

export const OPERATIONS: Operation[] = [
  {
    name: "commune dashboard",
    caller: "editor",
    floor: "dashboard",
    query: `query($o: ID!, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate!) {
      dashboard(scope: { organisationId: $o }, periodFrom: $from, periodTo: $to, asOf: $asOf) {
        tasks { ${COUNTS} }
        tasksByBloc { bloc ${COUNTS} }
        coordinatedDoneOfCoordinated { text }
        indicators { total green amber red unknown greenOfAll { text } greenPercent }
        indicatorRows { status targetValue indicator { id code } organisation { id name } measurement { id value } }
        overdueTasks { id code title dueOn }
      } }`,
    variables: (t) => ({ o: t.ubnd, from: DAY.periodFrom, to: DAY.periodTo, asOf: DAY.asOf }),
  },
  {
    name: "documents page (50, issuer, legal bases)",
    caller: "editor",
    floor: "documents",
    query: `query {
      documents(first: 50) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id reference title issuedOn issuer { id name } legalBases { relation target { id reference } } } }
      } }`,
    variables: () => ({}),
  },
  {
    name: "document search by text",
    caller: "editor",
    floor: "search",
    query: `query($s: String!) { documents(first: 20, filter: { search: $s }) { totalCount edges { node { id reference title issuedOn } } } }`,
    variables: () => ({ s: "ke hoach chuyen doi so" }),
  },
  {
    name: "document search by reference",
    caller: "editor",
    floor: "reference",
    query: `query($r: String!) { documents(first: 20, filter: { reference: $r }) { totalCount edges { node { id reference title issuedOn issuer { id name } } } } }`,
    variables: (t) => ({ r: t.reference }),
  },
  {
    name: "tasks page (100 of one organisation)",
    caller: "editor",
    floor: "tasks",
    query: `query($o: ID!, $asOf: LocalDate!) {
      tasks(first: 100, asOf: $asOf, filter: { organisationId: $o }) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id code title dueOn status overdue leadOrganisation { id name } } }
      } }`,
    variables: (t) => ({ o: t.ubnd, asOf: DAY.asOf }),
  },
  {
    name: "traceMeasurement to 57-NQ/TW",
    caller: "auditor",
    floor: "trace",
    query: `query($m: ID!) {
      traceMeasurement(measurementId: $m) {
        measurement { id value periodEnd } indicator { id code } definedBy { id reference }
        legalBasisChain { depth relation document { id reference } } root { id reference }
        events { action entityType }
      } }`,
    variables: (t) => ({ m: t.measurement }),
  },
  {
    name: "login (argon2id)",
    caller: "anonymous",
    query: `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`,
    variables: () => ({ u: "ubnd.x0001", p: process.env.DEMO_PASSWORD ?? "demo-2026" }),
  },
];
