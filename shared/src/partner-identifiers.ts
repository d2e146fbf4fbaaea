import type { CanonicalIdScheme } from "./vocabulary.ts";

/*
 * Partner organisations are one shared list. A partner is known by an identifier from a public
 * register where it has one, and by its name otherwise; two entries with the same identifier, or
 * the same name once normalised, are the same organisation.
 */

export const CANONICAL_ID_SCHEME_LABELS: Record<CanonicalIdScheme, string> = {
  companies_house: "Companies House number",
  ukprn: "UK Provider Reference Number (UKPRN)",
  charity_number: "Charity number",
  gss: "GSS code",
};

interface IdentifierFormat {
  /** Turns what was typed into the register's own form (upper case, no spaces, padded). */
  normalise: (typed: string) => string;
  pattern: RegExp;
  /** What to type, for the error message. */
  example: string;
}

const compact = (typed: string) => typed.replace(/\s+/g, "").toUpperCase();

export const IDENTIFIER_FORMATS: Record<CanonicalIdScheme, IdentifierFormat> = {
  // 8 characters: 8 digits (leading zeros are often dropped), or 2 letters then 6 digits (SC123456).
  companies_house: {
    normalise: (typed) => {
      const value = compact(typed);
      return /^\d{1,7}$/.test(value) ? value.padStart(8, "0") : value;
    },
    pattern: /^(\d{8}|[A-Z]{2}\d{6})$/,
    example: "8 characters, like 01234567 or SC123456",
  },
  // UK Register of Learning Providers: 8 digits starting with 1.
  ukprn: { normalise: compact, pattern: /^1\d{7}$/, example: "8 digits starting with 1, like 10007784" },
  // England and Wales: 6 or 7 digits; Scotland: SC then 6 digits; Northern Ireland: NIC then 6 digits.
  charity_number: {
    normalise: compact,
    pattern: /^(\d{6,7}|SC\d{6}|NIC\d{6})$/,
    example: "6 or 7 digits, or SC or NIC then 6 digits, like 1123456 or SC012345",
  },
  // ONS: a letter for the nation, then 8 digits.
  gss: { normalise: compact, pattern: /^[EWSNK]\d{8}$/, example: "a letter then 8 digits, like E06000023" },
};

/** The identifier in its register's form, or null when it does not fit the register's format. */
export function normaliseIdentifier(scheme: CanonicalIdScheme, typed: string): string | null {
  const format = IDENTIFIER_FORMATS[scheme];
  const value = format.normalise(typed);
  return format.pattern.test(value) ? value : null;
}

const IN_A_SENTENCE: Record<CanonicalIdScheme, string> = {
  companies_house: "a Companies House number",
  ukprn: "a UKPRN",
  charity_number: "a charity number",
  gss: "a GSS code",
};

/** "Enter a Companies House number of 8 characters, like 01234567 or SC123456". */
export function identifierFormatMessage(scheme: CanonicalIdScheme): string {
  return `Enter ${IN_A_SENTENCE[scheme]} of ${IDENTIFIER_FORMATS[scheme].example}`;
}

/**
 * A name as it is compared for duplicates: case, punctuation, "&"/"and", a leading "The" and a
 * trailing company suffix do not count ("The Example Trust Ltd" = "example trust"). The migration
 * that added the stored key does the same in SQL.
 */
export function partnerNameKey(name: string): string {
  return name
    .toLowerCase()
    .replaceAll("&", " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/ (ltd|limited|plc|llp|cic)$/, "")
    .trim();
}
