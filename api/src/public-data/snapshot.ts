import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { PublicModel } from "./build-public-model.ts";

export interface SnapshotEntry {
  body: Uint8Array;
  gzip: Uint8Array | null;
  etag: string;
  contentType: string;
  /** Headers particular to this response, e.g. a CSV's Content-Disposition. */
  headers?: Record<string, string>;
  generation: number;
}

const COMPRESS_FROM_BYTES = 1024;
const TODAY_CHECK_MS = 60_000;
/** Bounds memory when clients vary queries (e.g. every possible `since` date). */
const MAX_CACHED_RESPONSES = 2_000;

/**
 * Public reads come from here, never from a query per request (QUALITY P2): the published
 * data is loaded once into a model, and each distinct response is rendered, hashed and
 * compressed once. Any committed write calls `invalidate()`; the next read reloads.
 */
export class PublicSnapshot {
  private generation = 0;
  private current: { generation: number; promise: Promise<PublicModel> } | undefined;
  private responses = new Map<string, SnapshotEntry>();
  /** Request URLs (path and query exactly as sent) already answered in this generation. */
  private byRequestUrl = new Map<string, SnapshotEntry>();
  private checkTodayAfter = 0;

  constructor(
    private readonly load: () => Promise<PublicModel>,
    private readonly today: () => string,
  ) {}

  invalidate(): void {
    this.generation += 1;
    this.responses.clear();
    this.byRequestUrl.clear();
  }

  getModel(): Promise<PublicModel> {
    const now = Date.now();
    if (now >= this.checkTodayAfter) {
      this.checkTodayAfter = now + TODAY_CHECK_MS;
      // Month-end figures and "overdue" depend on the date: a new day is a new snapshot.
      void this.current?.promise.then(
        (model) => {
          if (model.today !== this.today()) this.invalidate();
        },
        () => undefined,
      );
    }
    if (!this.current || this.current.generation !== this.generation) {
      const promise = this.load();
      const entry = { generation: this.generation, promise };
      this.current = entry;
      // A failed load is not cached: the next read tries again (QUALITY R10).
      promise.catch(() => {
        if (this.current === entry) this.current = undefined;
      });
    }
    return this.current.promise;
  }

  /**
   * A response already rendered for this exact request URL, if any. The fast path serves it
   * before routing and validation: the URL was validated when the entry was first rendered.
   */
  lookupRequestUrl(url: string): SnapshotEntry | undefined {
    return this.byRequestUrl.get(url);
  }

  rememberRequestUrl(url: string, entry: SnapshotEntry): void {
    // Only an entry of the current generation: one rendered before a write must not come back.
    if (entry.generation === this.generation && this.byRequestUrl.size < MAX_CACHED_RESPONSES) {
      this.byRequestUrl.set(url, entry);
    }
  }

  /** The response for `key`, rendered once per snapshot generation. */
  async respond(
    key: string,
    render: (model: PublicModel) => { body: string; contentType: string; headers?: Record<string, string> },
  ): Promise<SnapshotEntry> {
    const cached = this.responses.get(key);
    if (cached) return cached;
    const generation = this.generation;
    const model = await this.getModel();
    const { body, contentType, headers } = render(model);
    const bytes = Buffer.from(body, "utf8");
    const entry: SnapshotEntry = {
      body: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      gzip: bytes.length >= COMPRESS_FROM_BYTES ? new Uint8Array(gzipSync(bytes)) : null,
      etag: `"${createHash("sha1").update(bytes).digest("base64url")}"`,
      contentType,
      headers,
      generation,
    };
    // Only keep it if no write landed while we rendered.
    if (
      generation === this.generation &&
      this.current?.generation === generation &&
      this.responses.size < MAX_CACHED_RESPONSES
    ) {
      this.responses.set(key, entry);
    }
    return entry;
  }
}
