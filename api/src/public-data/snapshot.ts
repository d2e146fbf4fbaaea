import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { PublicData } from "./public-data.ts";

export interface SnapshotEntry {
  body: Uint8Array;
  gzip: Uint8Array | null;
  etag: string;
  contentType: string;
  /** Headers particular to this response, e.g. a CSV's Content-Disposition. */
  headers?: Record<string, string>;
  /** Open data any site may read (CORS); false for the site's own pages. */
  crossOrigin: boolean;
  /** 200, or 404 for the page that says an address has nothing. */
  status: 200 | 404;
  generation: number;
  /** Rendered while the data may be stale (X-Data-Stale). */
  stale: boolean;
}

/** A response as a rendering makes it, before it is hashed and compressed. */
export interface Rendered {
  body: string | Uint8Array;
  contentType: string;
  headers?: Record<string, string>;
  /** Defaults to true: the snapshot serves open data. */
  crossOrigin?: boolean;
  /** Defaults to 200. */
  status?: 200 | 404;
}

/** What a rendering may say about the snapshot besides its data. */
export interface SnapshotStatus {
  /**
   * The data may be out of date: the last rebuild failed, or this process may be missing other
   * processes' changes (its database connection is down). Public reads go on regardless (R10).
   */
  stale: boolean;
}

const COMPRESS_FROM_BYTES = 1024;
const TODAY_CHECK_MS = 60_000;
/** Bounds memory when clients vary queries (e.g. every possible `since` date). */
const MAX_CACHED_RESPONSES = 2_000;
/** After a failed rebuild, try again after 1 s, then 2, 4 and 8 s at most. */
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 8_000;

interface SnapshotState extends SnapshotStatus {
  readonly data: PublicData;
  readonly generation: number;
}

/**
 * Public reads come from here, never from a query per request (docs/quality.md, P2): the published
 * data is loaded once into a model, and each distinct response is rendered, hashed and
 * compressed once per model.
 *
 * Readers never wait for a rebuild (docs/decisions/005): `invalidate()` starts one in the
 * background, at most one runs at a time, and readers go on being served the current model and
 * its rendered responses until the new model is swapped in. Invalidations that arrive during a
 * rebuild are covered by exactly one more. A failed rebuild keeps the last good model, marked
 * stale until a rebuild succeeds. Only the very first build makes readers wait.
 */
export class PublicSnapshot {
  private state: SnapshotState | undefined;
  private generation = 0;
  private responses = new Map<string, SnapshotEntry>();
  /** Renderings under way: concurrent requests for one response wait for the one rendering. */
  private rendering = new Map<string, Promise<SnapshotEntry>>();
  /** Request URLs (path and query exactly as sent) already answered from the current model. */
  private byRequestUrl = new Map<string, SnapshotEntry>();
  /** Invalidations asked for, and how many of them the last finished rebuild covered. */
  private requested = 0;
  private covered = 0;
  private rebuilding = false;
  private waiters: { upTo: number; resolve: () => void }[] = [];
  private firstBuild: Promise<SnapshotState> | undefined;
  private lastError: unknown;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private checkTodayAfter = 0;

  constructor(
    private readonly load: () => Promise<PublicData>,
    private readonly today: () => string,
    /** True while changes made elsewhere may not reach us (PostgreSQL's LISTEN connection is down). */
    private readonly mayMissChanges: () => boolean = () => false,
  ) {}

  /**
   * The published data has changed: rebuild in the background. Resolves (never rejects) once a
   * rebuild that started after this call has finished, so a writer can wait for its own change
   * to be visible before it answers.
   */
  invalidate(): Promise<void> {
    // Invalidated because the change feed dropped: say so at once, before the rebuild fails.
    if (this.mayMissChanges()) this.setStale(true);
    this.requested += 1;
    const done = new Promise<void>((resolve) => this.waiters.push({ upTo: this.requested, resolve }));
    if (!this.rebuilding) void this.rebuild();
    return done;
  }

  private async rebuild(): Promise<void> {
    this.rebuilding = true;
    while (this.covered < this.requested) {
      const upTo = this.requested;
      try {
        this.swapIn(await this.load(), this.mayMissChanges());
        this.failures = 0;
      } catch (error) {
        // Keep serving the last good model, marked stale; try again shortly (docs/quality.md, R10).
        this.setStale(true);
        this.lastError = error;
        this.failures += 1;
        this.retryLater();
      }
      this.covered = upTo;
      const ready = this.waiters.filter((waiter) => waiter.upTo <= upTo);
      this.waiters = this.waiters.filter((waiter) => waiter.upTo > upTo);
      for (const waiter of ready) waiter.resolve();
    }
    this.rebuilding = false;
  }

  private retryLater(): void {
    if (this.retryTimer) return;
    const delay = Math.min(RETRY_FIRST_MS * 2 ** (this.failures - 1), RETRY_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.invalidate();
    }, delay);
    this.retryTimer.unref();
  }

  private swapIn(data: PublicData, stale: boolean): void {
    this.generation += 1;
    this.state = { data, generation: this.generation, stale };
    this.responses = new Map();
    this.rendering = new Map();
    this.byRequestUrl = new Map();
  }

  /** Responses say whether they may be stale, so they are rendered again when that changes. */
  private setStale(stale: boolean): void {
    if (this.state && this.state.stale !== stale) this.swapIn(this.state.data, stale);
  }

  get stale(): boolean {
    return this.state?.stale ?? false;
  }

  /** Month-end figures and "overdue" depend on the date: a new day is a new model. */
  private checkToday(): void {
    const now = Date.now();
    if (now < this.checkTodayAfter) return;
    this.checkTodayAfter = now + TODAY_CHECK_MS;
    if (this.state && this.state.data.today !== this.today()) void this.invalidate();
  }

  /** The current model; only before the first build has finished does this wait. */
  private current(): SnapshotState | Promise<SnapshotState> {
    this.checkToday();
    if (this.state) return this.state;
    this.firstBuild ??= this.invalidate().then(() => {
      this.firstBuild = undefined;
      if (this.state) return this.state;
      // The next reader tries again (and so does the retry timer).
      throw this.lastError;
    });
    return this.firstBuild;
  }

  /** True once the first model is built: the process can answer public reads. */
  get isBuilt(): boolean {
    return this.state !== undefined;
  }

  async getData(): Promise<PublicData> {
    return (await this.current()).data;
  }

  /**
   * A response already rendered for this exact request URL, if any. The fast path serves it
   * before routing and validation: the URL was validated when the entry was first rendered.
   */
  lookupRequestUrl(url: string): SnapshotEntry | undefined {
    this.checkToday();
    return this.byRequestUrl.get(url);
  }

  rememberRequestUrl(url: string, entry: SnapshotEntry): void {
    // Only an entry of the current model: one rendered from an older model must not come back.
    // Not a "not found": there is no end to the addresses that have nothing.
    if (
      entry.status === 200 &&
      entry.generation === this.generation &&
      this.byRequestUrl.size < MAX_CACHED_RESPONSES
    ) {
      this.byRequestUrl.set(url, entry);
    }
  }

  /**
   * The response for `key`, rendered once per model. A rendering may take its time (a page
   * rendered on the server); if a new model is swapped in meanwhile, its result is not kept.
   */
  respond(
    key: string,
    render: (data: PublicData, status: SnapshotStatus) => Rendered | Promise<Rendered>,
  ): Promise<SnapshotEntry> {
    const cached = this.responses.get(key);
    if (cached) return Promise.resolve(cached);
    const renderings = this.rendering;
    const underWay = renderings.get(key);
    if (underWay) return underWay;
    const rendered = this.renderEntry(key, render).finally(() => {
      if (renderings.get(key) === rendered) renderings.delete(key);
    });
    renderings.set(key, rendered);
    return rendered;
  }

  private async renderEntry(
    key: string,
    render: (data: PublicData, status: SnapshotStatus) => Rendered | Promise<Rendered>,
  ): Promise<SnapshotEntry> {
    const current = await this.current();
    const {
      body,
      contentType,
      headers,
      crossOrigin = true,
      status = 200,
    } = await render(current.data, current);
    const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body);
    const entry: SnapshotEntry = {
      body: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      gzip: bytes.length >= COMPRESS_FROM_BYTES ? new Uint8Array(gzipSync(bytes)) : null,
      etag: `"${createHash("sha1").update(bytes).digest("base64url")}"`,
      contentType,
      headers,
      crossOrigin,
      status,
      generation: current.generation,
      stale: current.stale,
    };
    // Only keep it if no new model was swapped in while we rendered.
    if (current === this.state && this.responses.size < MAX_CACHED_RESPONSES) {
      this.responses.set(key, entry);
    }
    return entry;
  }
}
