import { createHmac, timingSafeEqual } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { badInput } from "../../errors";

/**
 * A place in the change feed: everything up to and including the event (transactionId, sequence)
 * has been read. Events are ordered by (writing transaction, sequence); `sequence` 0 stands before
 * every event of that transaction, which is how a horizon (all transactions below it) is written.
 */
export interface FeedPosition {
  transactionId: bigint;
  sequence: bigint;
}

export const FEED_START: FeedPosition = { transactionId: 0n, sequence: 0n };

export function comparePositions(a: FeedPosition, b: FeedPosition): number {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  return a.sequence === b.sequence ? 0 : a.sequence < b.sequence ? -1 : 1;
}

export function laterOf(a: FeedPosition, b: FeedPosition): FeedPosition {
  return comparePositions(a, b) >= 0 ? a : b;
}

/** The key every instance signs cursors with, read once per data source (migration ChangeFeed). */
const keys = new WeakMap<DataSource, Promise<Buffer>>();

export function feedKey(db: EntityManager): Promise<Buffer> {
  let key = keys.get(db.connection);
  if (!key) {
    key = db.query(`SELECT secret FROM change_feed_key WHERE id = 1`).then((rows: Array<{ secret: Buffer }>) => rows[0].secret);
    key.catch(() => keys.delete(db.connection));
    keys.set(db.connection, key);
  }
  return key;
}

function signature(key: Buffer, body: string): Buffer {
  return createHmac("sha256", key).update(`nq57-change-feed:${body}`).digest().subarray(0, 16);
}

/** An opaque cursor: the position and a signature, so that only positions the API handed out are accepted. */
export function encodeCursor(key: Buffer, position: FeedPosition): string {
  const body = `${position.transactionId}.${position.sequence}`;
  return `${Buffer.from(body).toString("base64url")}.${signature(key, body).toString("base64url")}`;
}

const BODY = /^(0|[1-9][0-9]{0,18})\.(0|[1-9][0-9]{0,18})$/;

/** The position of a cursor the API issued; BAD_USER_INPUT naming `field` for anything else. */
export function decodeCursor(key: Buffer, cursor: string, field = "after"): FeedPosition {
  const invalid = () => badInput(field, "con trỏ không do hệ thống cấp / not a cursor this feed issued");
  if (typeof cursor !== "string" || cursor.length > 200) throw invalid();
  const [encodedBody, encodedSignature, ...rest] = cursor.split(".");
  if (!encodedBody || !encodedSignature || rest.length) throw invalid();
  const body = Buffer.from(encodedBody, "base64url").toString("utf8");
  const given = Buffer.from(encodedSignature, "base64url");
  const expected = signature(key, body);
  if (!BODY.test(body) || given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  const [transactionId, sequence] = body.split(".").map(BigInt);
  return { transactionId, sequence };
}
