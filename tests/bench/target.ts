import type { Pool } from "pg";
import { toGlobalId } from "../../src/node";
import type { BenchTarget } from "./operations";

export async function post(url: string, body: unknown, token?: string): Promise<{ data?: any; errors?: unknown[] }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [`HTTP ${response.status}: ${text.slice(0, 200)}`] };
  }
}

export async function login(url: string, username: string, password: string): Promise<string> {
  const answer = await post(url, { query: `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`, variables: { u: username, p: password } });
  if (!answer.data?.login) throw new Error(`login ${username}: ${JSON.stringify(answer.errors)}`);
  return answer.data.login.token;
}

/** The generated commune 1: its UBND, its latest measurement, one of its references. */
export async function benchTarget(pool: Pool): Promise<BenchTarget> {
  const { rows: [ubnd] } = await pool.query(`SELECT id FROM organisation WHERE code = 'G01.X0001.UBND'`);
  const { rows: [measurement] } = await pool.query(`SELECT id FROM measurement WHERE organisation_id = $1 ORDER BY period_end DESC, id LIMIT 1`, [ubnd.id]);
  const { rows: [document] } = await pool.query(`SELECT reference FROM document WHERE issuer_id = $1 AND type = 'PLAN' ORDER BY issued_on, id LIMIT 1`, [ubnd.id]);
  return { ubnd: toGlobalId("Organisation", ubnd.id), measurement: toGlobalId("Measurement", measurement.id), reference: document.reference };
}
