import { WorkspaceCommitmentSchema, WorkspaceSchema } from "@ldd/shared/workspace";
import { DEMO_ACCOUNTS } from "../seed/demo-accounts.ts";
import { signInNewEditor } from "./editors.ts";
import { submittedChangeIds } from "./review.ts";
import { jsonRequest, signIn } from "./sign-in.ts";
import type { createSeededApp } from "./test-database.ts";

type Seeded = Awaited<ReturnType<typeof createSeededApp>>;

export interface StatusReport {
  gss: string;
  commitmentId: string;
  status: "planned" | "in_progress" | "done" | "dropped" | "not_applicable";
  effectiveDate: string;
  phase?: "discovery" | "alpha" | "beta" | "live" | null;
  note?: string;
  evidenceUrls?: string[];
}

let editors = 0;

/**
 * Reports a status through the API as an editor of the authority would: saved as a draft, and
 * with `publish` submitted and published by a reviewer. The real write path, end to end, through
 * `via` (another API process on the same database, say) or the seeded app.
 */
export async function reportStatus(
  seeded: Seeded,
  report: StatusReport,
  { publish, via = seeded.app }: { publish: boolean; via?: Seeded["app"] },
): Promise<void> {
  const app = via;
  editors += 1;
  const editor = await signInNewEditor(seeded, report.gss, `reporter${editors}`);
  const workspace = WorkspaceSchema.parse(
    await (await app.request(`/api/workspace/${report.gss}`, { headers: { Cookie: editor } })).json(),
  );
  const commitment = workspace.commitments.find((c) => c.id === report.commitmentId);
  if (!commitment) throw new Error(`${report.gss} has no commitment ${report.commitmentId}`);
  const saved = await app.request(
    `/api/workspace/${report.gss}/commitments/${report.commitmentId}/status-updates`,
    jsonRequest(
      "POST",
      {
        status: report.status,
        phase: report.phase ?? null,
        effectiveDate: report.effectiveDate,
        note: report.note ?? "",
        evidenceUrls: report.evidenceUrls ?? [],
        expectedVersion: commitment.version,
      },
      editor,
    ),
  );
  if (saved.status !== 201) throw new Error(`report refused: ${saved.status} ${await saved.text()}`);
  WorkspaceCommitmentSchema.parse(await saved.json());
  if (!publish) return;
  const submitted = await app.request(`/api/workspace/${report.gss}/submit`, jsonRequest("POST", {}, editor));
  if (submitted.status !== 200) throw new Error(`submit refused: ${submitted.status}`);
  const demoReviewer = DEMO_ACCOUNTS.find((account) => account.role === "reviewer");
  if (!demoReviewer) throw new Error("the demo data has no reviewer");
  const reviewer = await signIn(app, demoReviewer.email, demoReviewer.password);
  const changeIds = await submittedChangeIds(app, reviewer, report.gss);
  const published = await app.request(
    `/api/review/${report.gss}/publish`,
    jsonRequest("POST", { changeIds }, reviewer),
  );
  if (published.status !== 200) throw new Error(`publish refused: ${published.status}`);
}
