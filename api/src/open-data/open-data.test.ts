import { DATA_TABLES, type DataField, type DataTable } from "@ldd/shared/data-dictionary";
import { getLondonToday } from "@ldd/shared/dates";
import { ErrorBodySchema } from "@ldd/shared/errors";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportStatus } from "../testing/reporting.ts";
import { createSeededApp, TEST_TODAY } from "../testing/test-database.ts";
import packageProfile from "./profiles/datapackage-2.0.json" with { type: "json" };
import tableSchemaProfile from "./profiles/tableschema-2.0.json" with { type: "json" };

/*
 * The open data package (docs/decisions/013-open-data-package.md), checked as a re-user would:
 * the descriptor against the official Data Package v2 profiles, each CSV against its own Table
 * Schema, the zip unpacked, and a dated edition through the time machine as published.
 */

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
beforeAll(async () => {
  seeded = await createSeededApp();
});
afterAll(() => seeded.database.close());

const BOM = "\uFEFF";
const TABLES: readonly DataTable[] = DATA_TABLES;

async function get(path: string, app = seeded.app) {
  const response = await app.request(path);
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response;
}

interface Descriptor {
  $schema: string;
  name: string;
  version: string;
  created: string;
  licenses: { name?: string; path?: string; title?: string }[];
  contributors: { title: string; roles: string[] }[];
  resources: {
    name: string;
    path: string;
    format: string;
    mediatype: string;
    encoding: string;
    bytes: number;
    hash: string;
    schema: { fields: { name: string; type: string }[]; primaryKey: string[] };
  }[];
}
const descriptor = async (edition: string, app = seeded.app) =>
  (await (await get(`/data/${edition}/datapackage.json`, app)).json()) as Descriptor;

/** A CSV's rows as objects, by header; fails on anything but CRLF records after a BOM. */
function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  expect(text.startsWith(BOM)).toBe(true);
  expect(text.endsWith("\r\n")).toBe(true);
  const records = parse(text.slice(1), { record_delimiter: "\r\n" }) as string[][];
  const [header = [], ...rows] = records;
  return {
    header,
    rows: rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""]))),
  };
}
/** The body as sent: Response.text() would drop the byte-order mark. */
const textOf = async (response: Response) =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
const table = async (edition: string, name: string, app = seeded.app) =>
  readCsv(await textOf(await get(`/data/${edition}/${name}.csv`, app)));

const realDate = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** Why a cell does not fit its field, or null when it does. */
function misfit(field: DataField, cell: string): string | null {
  const constraints = field.constraints ?? {};
  if (cell === "") return constraints.required ? "required" : null;
  switch (field.type) {
    case "integer":
      if (!/^-?\d+$/.test(cell)) return "not an integer";
      if (constraints.minimum !== undefined && Number(cell) < constraints.minimum) return "below minimum";
      break;
    case "boolean":
      if (cell !== "true" && cell !== "false") return "not true or false";
      break;
    case "date":
      if (!realDate(cell)) return "not a YYYY-MM-DD date";
      break;
    case "datetime":
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(cell))
        return "not ISO 8601";
      if (Number.isNaN(Date.parse(cell))) return "not an instant";
      break;
    case "string":
      if (field.format === "uri" && !URL.canParse(cell)) return "not a URI";
      break;
  }
  if (constraints.enum && !constraints.enum.includes(cell)) return "not in the enum";
  if (constraints.pattern && !new RegExp(constraints.pattern).test(cell)) return "does not match the pattern";
  return null;
}

describe("the open data package", () => {
  it("is a valid Data Package v2, each resource a valid Table Schema", async () => {
    const ajv = new Ajv({ strict: false, allErrors: true, formats: { textarea: true } });
    addFormats.default(ajv);
    const validatePackage = ajv.compile(packageProfile);
    const validateSchema = ajv.compile(tableSchemaProfile);
    const latest = await descriptor("latest");
    const dated = await descriptor("2024-03-31");
    for (const document of [latest, dated]) {
      expect(validatePackage(document), JSON.stringify(validatePackage.errors)).toBe(true);
      for (const resource of document.resources) {
        expect(validateSchema(resource.schema), JSON.stringify(validateSchema.errors)).toBe(true);
      }
    }
    // The profiles do refuse what is wrong, so the checks above mean something.
    expect(validatePackage({ ...latest, licenses: [{ title: "no name or path" }] })).toBe(false);
    expect(validateSchema({ fields: [{ name: "x", type: "text" }] })).toBe(false);
    expect(latest.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    expect(latest.licenses).toEqual([
      expect.objectContaining({
        path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
      }),
    ]);
    expect(latest.contributors[0]?.roles).toEqual(["publisher"]);
    expect(latest.contributors[0]?.title).toContain("LOTI");
    expect(latest.version).toBe(TEST_TODAY);
    expect(dated.version).toBe("2024-03-31");
    expect(dated.created).toBe("2024-03-31T23:59:59+01:00");
    expect((await descriptor("2024-01-31")).created).toBe("2024-01-31T23:59:59Z");
    expect(latest.resources.map((r) => r.name)).toEqual(TABLES.map((t) => t.name));
    for (const resource of latest.resources) {
      expect(resource).toMatchObject({ path: `${resource.name}.csv`, format: "csv", mediatype: "text/csv" });
      expect(resource.encoding).toBe("utf-8");
    }
  });

  it("writes every table as GOV.UK CSV: the schema's header, values of the declared types, unique keys, resolving foreign keys", async () => {
    const { resources } = await descriptor("latest");
    const tables = new Map<string, Record<string, string>[]>();
    for (const resource of resources) {
      const response = await get(`/data/latest/${resource.path}`);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(bytes.byteLength).toBe(resource.bytes);
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      // Every line ends CRLF: no LF stands alone outside a quoted cell.
      expect(text.replace(/"[^"]*"/g, "").replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
      const { header, rows } = readCsv(text);
      const spec = TABLES.find((t) => t.name === resource.name);
      if (!spec) throw new Error(`${resource.name} is not in the data dictionary`);
      expect(header).toEqual(spec.fields.map((field) => field.name));
      expect(resource.schema.fields.map((field) => field.name)).toEqual(header);
      for (const [index, row] of rows.entries()) {
        for (const field of spec.fields) {
          expect(
            misfit(field, row[field.name] ?? ""),
            `${spec.name} row ${index + 1} ${field.name}`,
          ).toBeNull();
        }
      }
      const keys = rows.map((row) => spec.primaryKey.map((name) => row[name]).join("|"));
      expect(new Set(keys).size, `${spec.name} primary key`).toBe(rows.length);
      tables.set(spec.name, rows);
    }
    for (const spec of TABLES) {
      for (const key of spec.foreignKeys) {
        const targets = new Set(
          (tables.get(key.reference.resource) ?? []).map((row) =>
            key.reference.fields.map((name) => row[name]).join("|"),
          ),
        );
        for (const row of tables.get(spec.name) ?? []) {
          const value = key.fields.map((name) => row[name]).join("|");
          expect(targets.has(value), `${spec.name} → ${key.reference.resource}: ${value}`).toBe(true);
        }
      }
    }
    // The demo data fills every table, so the checks above checked something.
    expect(tables.get("authorities")).toHaveLength(33);
    for (const spec of TABLES) expect(tables.get(spec.name)?.length, spec.name).toBeGreaterThan(0);
    // Partnerships name commitments of the package.
    const commitmentIds = new Set((tables.get("commitments") ?? []).map((row) => row.id));
    for (const row of tables.get("partnerships") ?? []) {
      for (const id of row.commitment_ids ? row.commitment_ids.split("; ") : []) {
        expect(commitmentIds.has(id), `partnership ${row.id} names ${id}`).toBe(true);
      }
    }
  });

  it("agrees with the public API: the slippage ledger adds up to each commitment's days slipped", async () => {
    const { rows: commitments } = await table("latest", "commitments");
    const { rows: targets } = await table("latest", "target_date_history");
    for (const commitment of commitments) {
      const ledger = targets.filter((row) => row.commitment_id === commitment.id);
      expect(String(Math.max(0, ledger.length - 1)), commitment.id).toBe(commitment.rebaselines);
      const moved = ledger.reduce((sum, row) => sum + Number(row.days_moved || 0), 0);
      if (commitment.target_date === ledger.at(-1)?.target_date) {
        expect(Math.max(0, moved), commitment.id).toBe(Number(commitment.days_slipped));
      }
    }
  });

  it("puts the descriptor and exactly its CSVs in one zip", async () => {
    const response = await get("/data/latest/ldd-data.zip");
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="ldd-data-${TEST_TODAY}.zip"`,
    );
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const { resources } = await descriptor("latest");
    expect(Object.keys(files).sort()).toEqual(["datapackage.json", ...resources.map((r) => r.path)].sort());
    const decode = (bytes: Uint8Array | undefined) =>
      new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(JSON.parse(decode(files["datapackage.json"]))).toEqual(await descriptor("latest"));
    for (const resource of resources) {
      expect(decode(files[resource.path])).toBe(await textOf(await get(`/data/latest/${resource.path}`)));
    }
    // The same bytes on the next read: a dated zip's ETag holds across processes and restarts.
    const again = await seeded.app.request("/data/latest/ldd-data.zip");
    expect(again.headers.get("etag")).toBe(response.headers.get("etag"));
  });

  it("serves a dated edition as published that day: a status published today is in today's, not yesterday's", async () => {
    // An app whose today is the real one: publishing happens now, so "published today" is today.
    const app = seeded.appOn(seeded.database.handle, () => getLondonToday());
    const today = getLondonToday();
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const effective = "2026-11-20";
    const { rows } = await table("latest", "commitments", app);
    const open = rows.find(
      (row) =>
        (row.status === "in_progress" || row.status === "planned") &&
        (row.committed_on ?? "") < effective &&
        (row.status_date ?? "") < effective,
    );
    if (!open) throw new Error("the demo data should have an open commitment");
    await reportStatus(
      seeded,
      {
        gss: open.authority_gss_code ?? "",
        commitmentId: open.id ?? "",
        status: "done",
        phase: "live",
        effectiveDate: effective,
        note: "=Published for the open data test",
      },
      { publish: true },
    );
    const published = (edition: string) =>
      table(edition, "status_history", app).then(({ rows: updates }) =>
        updates.find((row) => row.commitment_id === open.id && row.effective_date === effective),
      );
    const inLatest = await published("latest");
    expect(inLatest).toMatchObject({ status: "done", phase: "live" });
    // Text a spreadsheet would run as a formula is made inert.
    expect(inLatest?.note).toBe("'=Published for the open data test");
    expect(await published(today)).toMatchObject({ status: "done" });
    expect(await published(yesterday)).toBeUndefined();
    const { rows: yesterdays } = await table(yesterday, "commitments", app);
    expect(yesterdays.find((row) => row.id === open.id)?.status).toBe(open.status);
    expect((await descriptor(yesterday, app)).version).toBe(yesterday);
  });

  it("refuses a date after today, naming the field, and a malformed one", async () => {
    const future = await seeded.app.request("/data/2099-01-01/datapackage.json");
    expect(future.status).toBe(400);
    expect(future.headers.get("access-control-allow-origin")).toBe("*");
    expect(ErrorBodySchema.parse(await future.json()).error.issues?.[0]?.path).toBe("param.date");
    for (const path of [
      "/data/2026-02-30/commitments.csv",
      "/data/yesterday/ldd-data.zip",
      "/data/2099-01-01/authorities.csv",
      "/data/latest/gossip.csv",
    ]) {
      const response = await seeded.app.request(path);
      expect(response.status, path).toBe(400);
      expect(ErrorBodySchema.parse(await response.json()).error.issues?.length, path).toBeGreaterThan(0);
    }
    const missing = await seeded.app.request("/data/latest/");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("answers 304 for the ETag it has, and is open to any site", async () => {
    for (const path of [
      "/data/latest/datapackage.json",
      "/data/latest/commitments.csv",
      "/data/latest/ldd-data.zip",
      "/data/2025-06-30/datapackage.json",
    ]) {
      const response = await get(path);
      expect(response.headers.get("access-control-allow-origin"), path).toBe("*");
      const etag = response.headers.get("etag");
      expect(etag, path).toBeTruthy();
      const again = await seeded.app.request(path, { headers: { "If-None-Match": etag ?? "" } });
      expect(again.status, path).toBe(304);
      expect(again.headers.get("access-control-allow-origin"), path).toBe("*");
    }
  });

  it("is in the OpenAPI document", async () => {
    const document = (await (await get("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    for (const path of [
      "/data/latest/datapackage.json",
      "/data/latest/ldd-data.zip",
      "/data/latest/{file}",
      "/data/{date}/datapackage.json",
      "/data/{date}/ldd-data.zip",
      "/data/{date}/{file}",
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
  });
});
