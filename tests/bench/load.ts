import autocannon from "autocannon";
import { Client } from "pg";

export interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Drives one request at `connections` concurrent connections for `seconds` over loopback. */
export async function drive(url: string, body: unknown, token: string | undefined, connections: number, seconds: number): Promise<Load> {
  const result = await autocannon({
    url,
    method: "POST",
    connections,
    duration: seconds,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * Counts the statements sent through `pg` in this process, whichever layer sends them (TypeORM,
 * raw queries, named statements): the truthful number per request.
 */
export function countStatements(): { reset(): void; readonly count: number } {
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const counter = {
    value: 0,
    reset() {
      counter.value = 0;
    },
    get count() {
      return counter.value;
    },
  };
  proto.query = function (this: unknown, ...args: unknown[]) {
    counter.value += 1;
    return original.apply(this, args);
  };
  return counter;
}
