import { Client } from "pg";
import type { DataSource } from "typeorm";
import { logger } from "../../logger";
import { laterOf, type FeedPosition } from "./change-cursor";
import { HORIZON_NOW, TAIL_PAGE } from "./change-feed.sql";
import { rowPosition, type ChangeRow } from "./change-feed.service";

/** A tail row: the event with its document's classification (for the subscribers' filters). */
export type TailRow = ChangeRow & { classification: string | null };

/** What the hub pushes to: a live subscription (change-stream.ts). */
export interface LiveStream {
  /** Called with each batch in feed order, one batch at a time; `to` is the position the batch ends at. */
  deliver(rows: TailRow[], to: FeedPosition): Promise<void>;
  end(): void;
}

const CHANNEL = "nq57_changes";
const TAIL_LIMIT = 1000;
/** Without notifications (a lost listener connection) the tail is still read this often. */
const SAFETY_POLL_MS = 2000;
/** Re-reads while committed events wait above the horizon behind an older transaction. */
const HELD_BACK_FIRST_MS = 10;
const HELD_BACK_MAX_MS = 500;

const hubs = new WeakMap<DataSource, ChangeHub>();

/** The position just below the feed's horizon as HORIZON_NOW or TAIL_PAGE report it. */
const atHorizon = (horizon: string): FeedPosition => ({ transactionId: BigInt(horizon), sequence: 0n });

/** The hub of the instance that owns this data source, when subscriptions are served. */
export function changeHubOf(dataSource: DataSource): ChangeHub | undefined {
  return hubs.get(dataSource);
}

/**
 * One per API instance: a dedicated connection LISTENs on the channel that every transaction
 * appending audit events notifies at commit (a trigger, migration ChangeFeed), and on each
 * notification the hub reads the whole feed on from its own position (gap-free, as the query
 * `changes`) and hands each batch, in order, to the live subscriptions, which filter it by their
 * caller's scope. Instances share nothing but PostgreSQL: each reads the feed itself.
 */
export class ChangeHub {
  /** Everything up to here has been handed to the live subscriptions. */
  position!: FeedPosition;
  private readonly streams = new Set<LiveStream>();
  private listener?: Client;
  private reading = false;
  private readAgain = false;
  private stopped = false;
  private heldBackMs = HELD_BACK_FIRST_MS;
  private heldBackTimer?: NodeJS.Timeout;
  private readonly safetyTimer: NodeJS.Timeout;

  private constructor(private readonly dataSource: DataSource, private readonly url: string) {
    this.safetyTimer = setInterval(() => this.wake(), SAFETY_POLL_MS);
    this.safetyTimer.unref();
  }

  /** Starts the instance's hub at the feed's current horizon, listening on its own connection. */
  static async start(dataSource: DataSource): Promise<ChangeHub> {
    const url = (dataSource.options as { url?: string }).url;
    if (!url) throw new Error("subscriptions need the data source's connection URL");
    const hub = new ChangeHub(dataSource, url);
    const [{ horizon }] = await dataSource.query(HORIZON_NOW);
    hub.position = atHorizon(horizon);
    await hub.listen();
    hubs.set(dataSource, hub);
    return hub;
  }

  add(stream: LiveStream): void {
    this.streams.add(stream);
  }

  /**
   * The hub's position, brought up to the feed's horizon first when no subscription was open (the
   * hub does not read the tail for nobody: a commit costs nothing here until someone subscribes).
   * Taken before the stream is added, so a stream that starts from it misses nothing.
   */
  async currentPosition(): Promise<FeedPosition> {
    if (this.streams.size === 0 && !this.reading) {
      const [{ horizon }] = await this.dataSource.query(HORIZON_NOW);
      if (this.streams.size === 0 && !this.reading) this.position = laterOf(this.position, atHorizon(horizon));
    }
    return this.position;
  }

  remove(stream: LiveStream): void {
    this.streams.delete(stream);
  }

  /** Ends every subscription and closes the listening connection (graceful shutdown). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.safetyTimer);
    clearTimeout(this.heldBackTimer);
    for (const stream of [...this.streams]) stream.end();
    this.streams.clear();
    hubs.delete(this.dataSource);
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: "nq57-change-listener" });
    client.on("notification", () => this.wake());
    client.on("error", (error) => {
      logger.warn("Change listener connection lost; reconnecting", { error: error.message });
      void client.end().catch(() => undefined);
      this.relisten();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
    // Whatever committed while the connection was away is read now.
    this.wake();
  }

  private relisten(): void {
    if (this.stopped) return;
    setTimeout(() => this.listen().catch(() => this.relisten()), 1000).unref();
  }

  /** Reads the tail now, or once more after the read in progress (never two at once: order). */
  wake(): void {
    if (this.stopped || this.streams.size === 0) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    void this.readTail();
  }

  private async readTail(): Promise<void> {
    this.reading = true;
    try {
      do {
        this.readAgain = false;
        if (await this.readBatch()) this.readAgain = true;
      } while (this.readAgain && !this.stopped);
    } catch (error) {
      logger.warn("Change feed tail could not be read; retrying", { error: (error as Error).message });
      this.retryLater();
    } finally {
      this.reading = false;
    }
  }

  /** One batch; true when more is already readable. */
  private async readBatch(): Promise<boolean> {
    const result: Array<TailRow & { horizon: string; pending: boolean }> = await this.dataSource.query(TAIL_PAGE, [
      this.position.transactionId.toString(),
      this.position.sequence.toString(),
      TAIL_LIMIT + 1,
    ]);
    if (this.stopped) return false;
    const rows = result.filter((row) => row.id !== null);
    const full = rows.length > TAIL_LIMIT;
    const batch = rows.slice(0, TAIL_LIMIT);
    const to = full ? rowPosition(batch.at(-1)!) : laterOf(this.position, atHorizon(result[0].horizon));
    // Taken together with the position, synchronously: a stream that turns live later has read up to here itself.
    this.position = to;
    const live = [...this.streams];
    await Promise.all(live.map((stream) => stream.deliver(batch, to)));
    if (result[0].pending) this.retryLater();
    else this.heldBackMs = HELD_BACK_FIRST_MS;
    return full;
  }

  private retryLater(): void {
    if (this.heldBackTimer || this.stopped) return;
    this.heldBackTimer = setTimeout(() => {
      this.heldBackTimer = undefined;
      this.wake();
    }, this.heldBackMs);
    this.heldBackTimer.unref();
    this.heldBackMs = Math.min(this.heldBackMs * 2, HELD_BACK_MAX_MS);
  }
}
