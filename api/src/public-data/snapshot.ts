import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { PublicModel } from "./build-public-model.ts";

export interface SnapshotEntry {
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
  contentType: string;
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
  private checkTodayAfter = 0;

  constructor(
    private readonly load: () => Promise<PublicModel>,
    private readonly today: () => string,
  ) {}

  invalidate(): void {
    this.generation += 1;
    this.responses.clear();
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

  /** The response for `key`, rendered once per snapshot generation. */
  async respond(
    key: string,
    render: (model: PublicModel) => { body: string; contentType: string },
  ): Promise<SnapshotEntry> {
    const cached = this.responses.get(key);
    if (cached) return cached;
    const generation = this.generation;
    const model = await this.getModel();
    const { body, contentType } = render(model);
    const bytes = Buffer.from(body, "utf8");
    const entry: SnapshotEntry = {
      body: bytes,
      gzip: bytes.length >= COMPRESS_FROM_BYTES ? gzipSync(bytes) : null,
      etag: `"${createHash("sha1").update(bytes).digest("base64url")}"`,
      contentType,
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
