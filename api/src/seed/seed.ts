import { partnerNameKey } from "@ldd/shared/partner-identifiers";
import {
  AUTHORITIES,
  type AuthorityReference,
  LOTI_FUNDERS,
  LOTI_LAUNCH_PARTNERS,
} from "@ldd/shared/reference-data";
import { pickCommitmentContent } from "@ldd/shared/workspace";
import { eq, inArray } from "drizzle-orm";
import type { Database, DatabaseHandle } from "../db/client.ts";
import { runWrite } from "../db/client.ts";
import {
  accounts,
  commitments,
  commitmentVersions,
  membershipEvents,
  organisations,
  partnerships,
  partnershipVersions,
  SETTING_KEYS,
  settings,
  signatures,
  signatureVersions,
  statusUpdates,
  targetDateChanges,
} from "../db/schema.ts";
import { createAccount } from "../domain/accounts.ts";
import type { DemoDataset } from "./demo/demo-dataset.ts";
import { generateDemoData } from "./demo/generate-demo-data.ts";
import { DEMO_ACCOUNTS } from "./demo-accounts.ts";

export const PROGRAMME_NAME = "London Office of Technology and Innovation (LOTI)";
export const DEMO_SEED = 20180704;
const REFERENCE_DATA_KEY = SETTING_KEYS.referenceDataLoadedAt;
const DEMO_DATA_KEY = SETTING_KEYS.demoDataLoadedAt;

const CHUNK = 500;
async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await insert(rows.slice(start, start + CHUNK));
  }
}

/**
 * The group's authorities (London's 33 unless told otherwise: nothing else assumes them), the
 * programme and LOTI's launch partners and funders (docs/domain.md).
 */
async function insertReferenceData(tx: Database, authorities: readonly AuthorityReference[]): Promise<void> {
  await tx.insert(organisations).values([
    ...authorities.map((authority) => ({
      kind: "authority" as const,
      gss: authority.gss,
      name: authority.name,
      innerOuter1963: authority.innerOuter1963,
      innerOuterOns: authority.innerOuterOns,
      tileColumn: authority.tile?.column ?? null,
      tileRow: authority.tile?.row ?? null,
    })),
    { kind: "programme" as const, name: PROGRAMME_NAME },
    ...[...LOTI_LAUNCH_PARTNERS, ...LOTI_FUNDERS].map((partner) => ({
      kind: "partner" as const,
      name: partner.name,
      nameKey: partnerNameKey(partner.name),
      partnerType: partner.type,
    })),
  ]);
}

/** Demo records are "recorded" no later than the moment they are loaded. */
function recordedNoLaterThan(now: string, data: DemoDataset): DemoDataset {
  const clamp = (at: string) => (at > now ? now : at);
  return {
    ...data,
    memberships: data.memberships.map((m) => ({ ...m, recordedAt: clamp(m.recordedAt) })),
    signatures: data.signatures.map((s) => ({ ...s, recordedAt: clamp(s.recordedAt) })),
    commitments: data.commitments.map((c) => ({
      ...c,
      recordedAt: clamp(c.recordedAt),
      statusUpdates: c.statusUpdates.map((u) => ({ ...u, recordedAt: clamp(u.recordedAt) })),
      targetDates: c.targetDates.map((t) => ({ ...t, recordedAt: clamp(t.recordedAt) })),
    })),
    partnerships: data.partnerships.map((p) => ({ ...p, recordedAt: clamp(p.recordedAt) })),
  };
}

async function insertDemoData(tx: Database, data: DemoDataset): Promise<void> {
  const orgs = await tx.select().from(organisations);
  const authorityId = new Map(orgs.filter((o) => o.gss).map((o) => [o.gss as string, o.id]));
  const programme = orgs.find((o) => o.kind === "programme");
  if (!programme) throw new Error("Reference data must be loaded before demo data");
  const byName = new Map(orgs.filter((o) => o.kind === "partner").map((o) => [o.name, o.id]));
  const idOf = (gss: string): string => {
    const id = authorityId.get(gss);
    if (!id) throw new Error(`Demo data names an unknown authority ${gss}`);
    return id;
  };

  const partnerId = new Map<string, string>();
  const newPartners = data.partners.filter((partner) => {
    const existing = byName.get(partner.name);
    if (existing) partnerId.set(partner.key, existing);
    return !existing;
  });
  if (newPartners.length > 0) {
    const inserted = await tx
      .insert(organisations)
      .values(
        newPartners.map((partner) => ({
          kind: "partner" as const,
          name: partner.name,
          nameKey: partnerNameKey(partner.name),
          partnerType: partner.type,
          canonicalIdScheme: partner.canonicalIdScheme,
          canonicalId: partner.canonicalId,
        })),
      )
      .returning({ id: organisations.id, name: organisations.name });
    const insertedByName = new Map(inserted.map((row) => [row.name, row.id]));
    for (const partner of newPartners) {
      const id = insertedByName.get(partner.name);
      if (id) partnerId.set(partner.key, id);
    }
  }

  await insertInChunks(data.memberships, (chunk) =>
    tx.insert(membershipEvents).values(
      chunk.map((event) => ({
        organisationId: idOf(event.gss),
        programmeId: programme.id,
        kind: event.kind,
        effectiveDate: event.effectiveDate,
        reason: event.reason,
        recordedAt: event.recordedAt,
        publishedAt: event.recordedAt,
      })),
    ),
  );

  for (const signature of data.signatures) {
    const [head] = await tx
      .insert(signatures)
      .values({ authorityId: idOf(signature.gss), createdAt: signature.recordedAt })
      .returning({ id: signatures.id });
    if (!head) throw new Error("insert returned no row");
    await tx.insert(signatureVersions).values({
      signatureId: head.id,
      version: 1,
      signedOn: signature.signedOn,
      approverName: signature.approverName,
      approverRole: signature.approverRole,
      commitmentUrl: signature.commitmentUrl,
      recordedAt: signature.recordedAt,
      publishedAt: signature.recordedAt,
    });
  }

  const commitmentId = new Map<string, string>();
  const commitmentHeads = await tx
    .insert(commitments)
    .values(data.commitments.map((c) => ({ authorityId: idOf(c.gss), createdAt: c.recordedAt })))
    .returning({ id: commitments.id });
  data.commitments.forEach((commitment, index) => {
    const head = commitmentHeads[index];
    if (head) commitmentId.set(commitment.key, head.id);
  });
  const idOfCommitment = (key: string): string => {
    const id = commitmentId.get(key);
    if (!id) throw new Error(`Demo data names an unknown commitment ${key}`);
    return id;
  };
  await insertInChunks(data.commitments, (chunk) =>
    tx.insert(commitmentVersions).values(
      chunk.map((c) => ({
        commitmentId: idOfCommitment(c.key),
        version: 1,
        ...pickCommitmentContent(c),
        recordedAt: c.recordedAt,
        publishedAt: c.recordedAt,
      })),
    ),
  );
  await insertInChunks(
    data.commitments.flatMap((c) => c.statusUpdates.map((update) => ({ key: c.key, update }))),
    (chunk) =>
      tx.insert(statusUpdates).values(
        chunk.map(({ key, update }) => ({
          commitmentId: idOfCommitment(key),
          status: update.status,
          phase: update.phase,
          effectiveDate: update.effectiveDate,
          note: update.note,
          evidenceUrls: update.evidenceUrls,
          recordedAt: update.recordedAt,
          publishedAt: update.recordedAt,
        })),
      ),
  );
  await insertInChunks(
    data.commitments.flatMap((c) => c.targetDates.map((change) => ({ key: c.key, change }))),
    (chunk) =>
      tx.insert(targetDateChanges).values(
        chunk.map(({ key, change }) => ({
          commitmentId: idOfCommitment(key),
          targetDate: change.targetDate,
          reason: change.reason,
          effectiveDate: change.effectiveDate,
          recordedAt: change.recordedAt,
          publishedAt: change.recordedAt,
        })),
      ),
  );

  const partnershipHeads = await tx
    .insert(partnerships)
    .values(data.partnerships.map((p) => ({ authorityId: idOf(p.gss), createdAt: p.recordedAt })))
    .returning({ id: partnerships.id });
  await insertInChunks(
    data.partnerships.map((p, index) => ({ p, head: partnershipHeads[index] })),
    (chunk) =>
      tx.insert(partnershipVersions).values(
        chunk.map(({ p, head }) => {
          const partner = p.partnerGss
            ? idOf(p.partnerGss)
            : p.partnerKey
              ? partnerId.get(p.partnerKey)
              : undefined;
          if (!head || !partner) throw new Error(`Demo partnership ${p.key} has no partner`);
          return {
            partnershipId: head.id,
            version: 1,
            partnerId: partner,
            startDate: p.startDate,
            endDate: p.endDate,
            purpose: p.purpose,
            commitmentIds: p.commitmentKeys.map(idOfCommitment),
            recordedAt: p.recordedAt,
            publishedAt: p.recordedAt,
          };
        }),
      ),
  );
}

export interface InitialDataResult {
  referenceDataLoaded: boolean;
  demoDataLoaded: boolean;
}

/**
 * At start-up: load reference data into an empty database, and demo data too unless disabled.
 * An existing database is left as it is (demo data is only ever loaded on first start).
 */
export async function ensureInitialData(
  handle: DatabaseHandle,
  options: {
    demoData: boolean;
    today: string;
    /** The group of authorities, as data (default: London's 33). */
    authorities?: readonly AuthorityReference[];
    /** An illustrative dataset to load instead of the generated demo data (benchmarks). */
    dataset?: DemoDataset;
  },
): Promise<InitialDataResult> {
  return handle.withStartupLock(async () => {
    const existing = await handle.db.select().from(settings).where(eq(settings.key, REFERENCE_DATA_KEY));
    if (existing.length > 0) return { referenceDataLoaded: false, demoDataLoaded: false };
    const now = new Date().toISOString();
    await runWrite(handle, { changesPublicData: true }, async (tx) => {
      await insertReferenceData(tx, options.authorities ?? AUTHORITIES);
      await tx.insert(settings).values({ key: REFERENCE_DATA_KEY, value: now });
      if (options.demoData) {
        await insertDemoData(
          tx,
          recordedNoLaterThan(
            now,
            options.dataset ?? generateDemoData({ seed: DEMO_SEED, today: options.today }),
          ),
        );
        await tx.insert(settings).values({ key: DEMO_DATA_KEY, value: now });
        for (const demo of DEMO_ACCOUNTS) {
          await createAccount(tx, { ...demo, email: demo.email, authorityGss: demo.authorityGss });
        }
      }
    });
    return { referenceDataLoaded: true, demoDataLoaded: options.demoData };
  });
}

/**
 * Production never runs with demo data: its accounts' passwords are printed on the sign-in page.
 * Throws, naming what was found, when the database holds demo data or any demo account.
 */
export async function refuseDemoDataInProduction(db: Database): Promise<void> {
  const [loaded] = await db.select().from(settings).where(eq(settings.key, DEMO_DATA_KEY));
  const demoAccounts = await db
    .select({ email: accounts.email })
    .from(accounts)
    .where(
      inArray(
        accounts.email,
        DEMO_ACCOUNTS.map((account) => account.email),
      ),
    );
  if (!loaded && demoAccounts.length === 0) return;
  const found = [
    ...(loaded ? ["illustrative demo data"] : []),
    ...(demoAccounts.length > 0
      ? [`demo accounts with public passwords (${demoAccounts.map((row) => row.email).join(", ")})`]
      : []),
  ];
  throw new Error(
    `Refusing to start with APP_ENV=production: this database holds ${found.join(" and ")}. ` +
      "Use a new database (a new DATA_DIR, or an empty DATABASE_URL) started without demo data.",
  );
}
