/*
 * What a repository says when a write cannot go ahead, in the terms of the records, not of HTTP.
 * Thrown inside a write's transaction so that everything it did rolls back; only the handlers
 * (through `toHttpError`) turn them into responses (docs/decisions/011-module-boundaries.md).
 */

/**
 * The compare-and-set on a record's version matched no row: someone saved since the form was
 * loaded. Answered with 409 and the record as it now stands, so no edit is lost silently (R2).
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

/** No such record for this authority (another authority's record is "not found" too: ids reveal nothing). */
export class RecordNotFoundError extends Error {
  constructor(readonly recordType: string) {
    super(`This authority has no ${recordType.replaceAll("_", " ")} with this id`);
    this.name = "RecordNotFoundError";
  }
}

/** A field that passed validation names something that does not fit (another authority's commitment, say). */
export class InvalidFieldError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = "InvalidFieldError";
  }
}
