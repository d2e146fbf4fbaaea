import { describe, expect, it } from "vitest";
import { toIsoInstant } from "./timestamps.ts";

describe("toIsoInstant", () => {
  it.each([
    ["2024-09-19 17:27:55+00", "2024-09-19T17:27:55.000Z"],
    ["2024-09-19 17:27:55.1+00", "2024-09-19T17:27:55.100Z"],
    ["2024-09-19 17:27:55.123456+00", "2024-09-19T17:27:55.123Z"],
    ["2024-09-19 18:27:55+01", "2024-09-19T17:27:55.000Z"],
    ["2024-09-19 12:57:55.5-04:30", "2024-09-19T17:27:55.500Z"],
    ["2024-09-19T17:27:55.000Z", "2024-09-19T17:27:55.000Z"],
  ])("reads %s as %s", (input, expected) => {
    expect(toIsoInstant(input)).toBe(expected);
  });
});
