import type { ErrorBody } from "@ldd/shared/errors";
import { errorBody } from "./errors.ts";

/**
 * Thrown inside a write when the compare-and-set on a record's version matched no row: someone
 * saved since the form was loaded. The transaction rolls back; the handler answers 409 with the
 * record as it now stands (`conflictBody`), so no edit is lost silently (QUALITY R2).
 */
export class StaleVersionError extends Error {
  constructor(
    readonly recordType: string,
    readonly recordId: string,
  ) {
    super(`${recordType} ${recordId} changed since it was read`);
    this.name = "StaleVersionError";
  }
}

export function conflictBody(current: unknown): ErrorBody {
  return errorBody(
    409,
    "conflict",
    "Someone else changed this record since you opened it. Check their changes, then save again.",
    undefined,
    current,
  );
}
