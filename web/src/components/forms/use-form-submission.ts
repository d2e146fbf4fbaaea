import { useRef, useState } from "react";
import type * as z from "zod";
import { ApiError } from "@/lib/api-client.ts";
import type { SummaryError } from "./error-summary.tsx";
import { fieldId } from "./fields.tsx";

export interface FormIssue {
  path: string;
  message: string;
}

export interface Conflict<Body> {
  /** What the user sent. */
  mine: Body;
  /** The record as it now stands on the server. */
  current: Record<string, unknown>;
  /** The version to base "Use my changes" on, when the server said. */
  currentVersion: number | null;
}

/**
 * The field a server or schema issue is about: "json.partner.name" → "partner.name",
 * "principles.0" → "principles". Unknown paths are about the whole form.
 */
export function fieldForIssue(path: string, fields: readonly string[]): string | null {
  const bare = path.replace(/^(json|body)\./, "");
  let best: string | null = null;
  for (const field of fields) {
    if ((bare === field || bare.startsWith(`${field}.`)) && (!best || field.length > best.length)) {
      best = field;
    }
  }
  return best;
}

const MESSAGES_BY_STATUS: Record<number, string> = {
  401: "You have been signed out. Sign in again, then send your changes once more.",
  403: "You cannot change this authority’s records.",
  404: "This record no longer exists. Go back to your authority’s records.",
  429: "There have been too many attempts. Wait a few minutes, then try again.",
};

/**
 * Validates a form's body with the shared contract schema (loaded on demand), sends it, and turns
 * every failure into what the page shows: inline field errors and an error summary (from the schema
 * or a 400/422 from the API), a conflict (409 with the current record) or a form-level message.
 */
export function useFormSubmission<Schema extends z.ZodType, Result>({
  fields,
  loadSchema,
  send,
  onSuccess,
  describeIssue,
  issuesForError,
  idPrefix = "",
}: {
  /** The form's field paths, in the order they appear. */
  fields: readonly string[];
  loadSchema: () => Promise<Schema>;
  send: (body: z.output<Schema>) => Promise<Result>;
  onSuccess: (result: Result, body: z.output<Schema>) => void;
  /** Rewords an issue the fields cannot show (e.g. CSV rows). */
  describeIssue?: (issue: FormIssue) => string;
  /** Turns a failure into field issues, e.g. a refused sign-in into an error on the email field. */
  issuesForError?: (error: ApiError) => FormIssue[] | null;
  /** Prefixes the fields' ids when a page has several forms with the same fields. */
  idPrefix?: string;
}) {
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [conflict, setConflict] = useState<Conflict<z.output<Schema>> | null>(null);
  const [pending, setPending] = useState(false);
  const sending = useRef(false);

  const fail = (next: FormIssue[]) => {
    setIssues(next);
    setFocusKey((key) => key + 1);
  };

  const sendBody = async (body: z.output<Schema>) => {
    try {
      const result = await send(body);
      setIssues([]);
      setConflict(null);
      onSuccess(result, body);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409) {
        const current =
          typeof error.current === "object" && error.current !== null
            ? (error.current as Record<string, unknown>)
            : {};
        const version = current.version;
        setIssues([]);
        setConflict({
          mine: body,
          current,
          currentVersion: typeof version === "number" ? version : null,
        });
        return;
      }
      setConflict(null);
      const mapped = issuesForError?.(error);
      if (mapped) {
        fail(mapped);
        return;
      }
      if ((error.status === 400 || error.status === 422) && error.issues.length > 0) {
        fail(error.issues);
        return;
      }
      fail([{ path: "", message: MESSAGES_BY_STATUS[error.status] ?? error.message }]);
    }
  };

  const run = async (task: () => Promise<void>) => {
    if (sending.current) return;
    sending.current = true;
    setPending(true);
    try {
      await task();
    } finally {
      sending.current = false;
      setPending(false);
    }
  };

  /** Checks the user's values against the contract, then sends them. */
  const submit = (values: unknown) =>
    run(async () => {
      const schema = await loadSchema();
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        fail(parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })));
        return;
      }
      await sendBody(parsed.data);
    });

  /** After a conflict: sends the user's values again, based on the version now saved. */
  const applyMyChanges = () =>
    run(async () => {
      if (!conflict || conflict.currentVersion === null) return;
      await sendBody({
        ...(conflict.mine as object),
        expectedVersion: conflict.currentVersion,
      } as z.output<Schema>);
    });

  // One message per field (the first), in the order of the form, then the form-level ones.
  const fieldErrors: Record<string, string> = {};
  const formErrors: SummaryError[] = [];
  for (const issue of issues) {
    const field = fieldForIssue(issue.path, fields);
    if (field) {
      fieldErrors[field] ??= issue.message;
    } else {
      const message = describeIssue ? describeIssue(issue) : issue.message;
      if (!formErrors.some((error) => error.message === message)) formErrors.push({ message });
    }
  }
  const summaryErrors: SummaryError[] = [
    ...fields
      .filter((field) => fieldErrors[field])
      .map((field) => ({ fieldId: `${idPrefix}${fieldId(field)}`, message: fieldErrors[field] ?? "" })),
    ...formErrors,
  ];

  return {
    fieldErrors,
    summaryErrors,
    focusKey,
    conflict,
    pending,
    submit,
    applyMyChanges,
    dismissConflict: () => setConflict(null),
  };
}
