import type { UseMutationResult } from "@tanstack/react-query";
import { useEffect, useState } from "react";
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

/** Someone saved the record since the form was loaded: the API's 409 carries it as it now stands. */
function isVersionConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.code === "conflict";
}

function toConflict<Body>(error: unknown, mine: Body | undefined): Conflict<Body> | null {
  if (!isVersionConflict(error) || mine === undefined) return null;
  const current =
    typeof error.current === "object" && error.current !== null
      ? Object.fromEntries(Object.entries(error.current))
      : {};
  const version = current.version;
  return { mine, current, currentVersion: typeof version === "number" ? version : null };
}

/**
 * Checks a form's values with the shared contract schema (loaded on demand), sends them through
 * the feature's mutation (its `useXxx` hook), and turns every failure into what the page shows:
 * inline field errors and an error summary (from the schema, or a 4xx from the API with issues),
 * a conflict (409 with the current record) or a form-level message. Whether a request is on its
 * way, and how it failed, is the mutation's state; the form keeps only what the schema found.
 */
export function useFormSubmission<Schema extends z.ZodType, Result>({
  fields,
  loadSchema,
  mutation,
  onSuccess,
  describeIssue,
  issuesForError,
  idPrefix = "",
}: {
  /** The form's field paths, in the order they appear. */
  fields: readonly string[];
  /** The write's input schema, exported by its mutation file. */
  loadSchema: () => Promise<Schema>;
  mutation: UseMutationResult<Result, Error, z.output<Schema>>;
  onSuccess: (result: Result, body: z.output<Schema>) => void;
  /** Rewords an issue the fields cannot show (e.g. CSV rows). */
  describeIssue?: (issue: FormIssue) => string;
  /** Turns a failure into field issues, e.g. a refused sign-in into an error on the email field. */
  issuesForError?: (error: ApiError) => FormIssue[] | null;
  /** Prefixes the fields' ids when a page has several forms with the same fields. */
  idPrefix?: string;
}) {
  const [schemaIssues, setSchemaIssues] = useState<FormIssue[]>([]);
  // Moves focus to the error summary after each failed attempt, even when the errors are the same.
  const [focusKey, setFocusKey] = useState(0);

  // Load the schema with the form, so a submission is checked at once rather than after a download.
  useEffect(() => {
    loadSchema().catch(() => undefined);
  }, [loadSchema]);

  const send = async (body: z.output<Schema>) => {
    setSchemaIssues([]);
    let result: Result;
    try {
      result = await mutation.mutateAsync(body);
    } catch {
      // The mutation holds the error; the page shows it from there.
      setFocusKey((key) => key + 1);
      return;
    }
    onSuccess(result, body);
  };

  /** Checks the user's values against the contract, then sends them. */
  const submit = async (values: unknown) => {
    if (mutation.isPending) return;
    const parsed = (await loadSchema()).safeParse(values);
    if (!parsed.success) {
      mutation.reset();
      setSchemaIssues(
        parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
      );
      setFocusKey((key) => key + 1);
      return;
    }
    await send(parsed.data);
  };

  const conflict = toConflict(mutation.error, mutation.variables);

  /** After a conflict: sends the user's values again, based on the version now saved. */
  const applyMyChanges = async () => {
    if (!conflict || conflict.currentVersion === null || mutation.isPending) return;
    // The body is the one the schema accepted, with only the version it is based on changed.
    await send({
      ...(conflict.mine as object),
      expectedVersion: conflict.currentVersion,
    } as z.output<Schema>);
  };

  const issuesFromError = (error: Error | null): FormIssue[] => {
    if (!error || isVersionConflict(error)) return [];
    if (!(error instanceof ApiError)) {
      return [{ path: "", message: "Something went wrong. Your changes were not sent; try again." }];
    }
    const mapped = issuesForError?.(error);
    if (mapped) return mapped;
    if (error.issues.length > 0 && error.status >= 400 && error.status < 500) return error.issues;
    return [{ path: "", message: MESSAGES_BY_STATUS[error.status] ?? error.message }];
  };
  const issues = schemaIssues.length > 0 ? schemaIssues : issuesFromError(mutation.error);

  // One message per field (the first), in the order of the form, then the form-level ones.
  const fieldErrors: Record<string, string> = {};
  // The control an error links to: the field's first, or the date box the issue names.
  const fieldTargets: Record<string, string> = {};
  const formErrors: SummaryError[] = [];
  for (const issue of issues) {
    const field = fieldForIssue(issue.path, fields);
    if (field) {
      if (fieldErrors[field] === undefined) {
        const bare = issue.path.replace(/^(json|body)\./, "");
        const box =
          bare === `${field}.month` || bare === `${field}.year` ? bare.slice(field.length + 1) : null;
        fieldTargets[field] = box ? `${fieldId(field)}-${box}` : fieldId(field);
      }
      fieldErrors[field] ??= issue.message;
    } else {
      const message = describeIssue ? describeIssue(issue) : issue.message;
      if (!formErrors.some((error) => error.message === message)) formErrors.push({ message });
    }
  }
  const summaryErrors: SummaryError[] = [
    ...fields
      .filter((field) => fieldErrors[field])
      .map((field) => ({
        fieldId: `${idPrefix}${fieldTargets[field] ?? fieldId(field)}`,
        message: fieldErrors[field] ?? "",
      })),
    ...formErrors,
  ];

  return {
    fieldErrors,
    summaryErrors,
    focusKey,
    conflict,
    pending: mutation.isPending,
    submit,
    applyMyChanges,
    dismissConflict: () => mutation.reset(),
  };
}
