import { RateLimiterRes, type RateLimiterPostgres } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";
import { AppError } from "../errors";
import { createRateLimiter } from "../rate-limit-store";

/**
 * Slows password guessing without locking anyone out: failures are counted per (username, client
 * address) and per address, in PostgreSQL (every instance sees them). After a few free failures
 * each further one makes the next attempt from there wait twice as long (1 s, 2 s, 4 s, ... up to
 * MAX_DELAY_SECONDS). The same username from another address is not slowed, so an attacker
 * elsewhere cannot keep the real official out; a success clears that pair's count.
 */
export const FREE_FAILURES_PER_USER_ADDRESS = 5;
export const FREE_FAILURES_PER_ADDRESS = 30;
export const MAX_DELAY_SECONDS = 15 * 60;
/** How long failures are remembered (from the first one of a run). */
const PAIR_WINDOW_SECONDS = 24 * 3600;
const ADDRESS_WINDOW_SECONDS = 3600;

export class LoginThrottledError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(
      "RATE_LIMITED",
      `Đăng nhập sai nhiều lần, vui lòng thử lại sau ${retryAfterSeconds} giây`,
      `Too many failed logins from this address; try again in ${retryAfterSeconds} s`,
      { retryAfterSeconds },
    );
  }
}

interface Limiters {
  pairFailures: RateLimiterPostgres;
  pairWait: RateLimiterPostgres;
  addressFailures: RateLimiterPostgres;
  addressWait: RateLimiterPostgres;
}

const limitersBySource = new WeakMap<DataSource, Limiters>();

function limiters(dataSource: DataSource): Limiters {
  let found = limitersBySource.get(dataSource);
  if (!found) {
    // Failure counters never refuse by themselves (points far above any count); the wait keys do.
    const counter = (keyPrefix: string, durationSeconds: number) => createRateLimiter(dataSource, { keyPrefix, points: 1_000_000, durationSeconds });
    const wait = (keyPrefix: string) => createRateLimiter(dataSource, { keyPrefix, points: 1, durationSeconds: MAX_DELAY_SECONDS });
    found = {
      pairFailures: counter("login-fail", PAIR_WINDOW_SECONDS),
      pairWait: wait("login-wait"),
      addressFailures: counter("login-fail-addr", ADDRESS_WINDOW_SECONDS),
      addressWait: wait("login-wait-addr"),
    };
    limitersBySource.set(dataSource, found);
  }
  return found;
}

/** Who is trying: the username as typed (lower case) and the client's address. */
export interface LoginAttempt {
  username: string;
  address: string;
}

const pairKey = (attempt: LoginAttempt) => `${attempt.username.slice(0, 100)}|${attempt.address}`;

/** 1 s after the first failure past the free ones, doubling with each further failure, capped. */
export function delayAfter(failures: number, free: number): number {
  return failures <= free ? 0 : Math.min(MAX_DELAY_SECONDS, 2 ** (failures - free - 1));
}

async function waiting(limiter: RateLimiterPostgres, key: string): Promise<number> {
  const res = await limiter.get(key);
  return res && res.consumedPoints > limiter.points ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
}

/** Refuses an attempt that comes before its wait is over, before any password is checked. */
export async function assertMayTryLogin(dataSource: DataSource, attempt: LoginAttempt): Promise<void> {
  const { pairWait, addressWait } = limiters(dataSource);
  const seconds = Math.max(await waiting(pairWait, pairKey(attempt)), await waiting(addressWait, attempt.address));
  if (seconds > 0) throw new LoginThrottledError(seconds);
}

async function countFailure(counter: RateLimiterPostgres, wait: RateLimiterPostgres, key: string, free: number): Promise<void> {
  const res: RateLimiterRes = await counter.penalty(key, 1);
  const delay = delayAfter(res.consumedPoints, free);
  if (delay > 0) await wait.block(key, delay);
}

/** Counts a failed attempt for the pair and the address, and sets the wait before the next one. */
export async function recordLoginFailure(dataSource: DataSource, attempt: LoginAttempt): Promise<void> {
  const { pairFailures, pairWait, addressFailures, addressWait } = limiters(dataSource);
  await countFailure(pairFailures, pairWait, pairKey(attempt), FREE_FAILURES_PER_USER_ADDRESS);
  await countFailure(addressFailures, addressWait, attempt.address, FREE_FAILURES_PER_ADDRESS);
}

/** A success clears the pair (the address keeps its count: one good account must not hide a spray). */
export async function clearLoginFailures(dataSource: DataSource, attempt: LoginAttempt): Promise<void> {
  const { pairFailures, pairWait } = limiters(dataSource);
  await pairFailures.delete(pairKey(attempt));
  await pairWait.delete(pairKey(attempt));
}
