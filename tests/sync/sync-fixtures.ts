import type { DataSource } from "typeorm";
import { nextNumber, organisationId } from "../factories";
import type { TestApp } from "../harness";

/** The demo integrator: INTEGRATOR over the locality of Hải Phòng. */
export const INTEGRATOR = "integrator.haiphong";
export const SOURCE = "qlvb-haiphong";

const RESULT = "written results { kind index externalId status id version existingId errors { field message } }";

export const BULK = {
  documents: `mutation($input: BulkUpsertDocumentsInput!) { bulkUpsertDocuments(input: $input) { ${RESULT} } }`,
  tasks: `mutation($input: BulkUpsertTasksInput!) { bulkUpsertTasks(input: $input) { ${RESULT} } }`,
  indicators: `mutation($input: BulkUpsertIndicatorsInput!) { bulkUpsertIndicators(input: $input) { ${RESULT} } }`,
  measurements: `mutation($input: BulkUpsertMeasurementsInput!) { bulkUpsertMeasurements(input: $input) { ${RESULT} } }`,
  all: `mutation($input: BulkUpsertInput!) { bulkUpsert(input: $input) { ${RESULT} } }`,
};

export interface ItemResult {
  kind: string;
  index: number;
  externalId: string;
  status: string;
  id: string | null;
  version: number | null;
  existingId: string | null;
  errors: Array<{ field: string; message: string }>;
}

export interface Payload {
  written: boolean;
  results: ItemResult[];
}

/** Sends one bulk mutation and returns its payload, failing the test on a request-level error. */
export async function bulk(app: TestApp, token: string, kind: keyof typeof BULK, input: Record<string, unknown>, headers?: Record<string, string>): Promise<Payload> {
  const response = await app.gql(BULK[kind], { input: { sourceSystem: SOURCE, ...input } }, { token, headers });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return Object.values(response.data as object)[0] as Payload;
}

export const statuses = (payload: Payload) => payload.results.map((r) => r.status);

/** A run-unique prefix for external ids and references, so that tests never meet each other's records. */
export function unique(label: string): string {
  return `${label}-${nextNumber()}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Global ids of demo organisations by code. */
export async function orgs(dataSource: DataSource, ...codes: string[]): Promise<string[]> {
  return Promise.all(codes.map((code) => organisationId(dataSource, code)));
}

/** A plan of UBND phường Hải An as a source system sends it. */
export function planItem(externalId: string, issuerId: string, number: number, extra: Record<string, unknown> = {}) {
  return { externalId, type: "PLAN", issuerId, reference: `${number}/KH-UBND`, issuedOn: "2026-02-10", title: `Kế hoạch chuyển đổi số ${number}`, planYear: 2026, ...extra };
}

export async function auditEvents(dataSource: DataSource): Promise<number> {
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM audit_event`);
  return count;
}
