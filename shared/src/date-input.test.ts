import { describe, expect, it } from "vitest";
import { dateFieldSchema } from "./date-input.ts";
import { checkDateParts, joinDateParts, splitDateValue } from "./date-parts.ts";
import { TargetDateChangeInputSchema } from "./workspace.ts";

const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe("checking a date's three boxes with GOV.UK's messages", () => {
  it("asks for the date when every box is empty, naming the field", () => {
    expect(checkDateParts(parts("", "", ""), "Target date")).toEqual({
      ok: false,
      message: "Enter the target date",
      parts: ["day", "month", "year"],
    });
  });

  it("says which boxes are missing, and only those have the problem", () => {
    expect(checkDateParts(parts("12", "", "2026"), "Target date")).toEqual({
      ok: false,
      message: "Target date must include a month",
      parts: ["month"],
    });
    expect(checkDateParts(parts("", "", "2026"), "Start date")).toMatchObject({
      message: "Start date must include a day and month",
      parts: ["day", "month"],
    });
  });

  it("refuses a date that is not in the calendar, pointing at the box that is wrong", () => {
    expect(checkDateParts(parts("31", "2", "2026"), "Target date")).toEqual({
      ok: false,
      message: "Target date must be a real date",
      parts: ["day"],
    });
    expect(checkDateParts(parts("1", "13", "2026"), "Target date")).toMatchObject({ parts: ["month"] });
    expect(checkDateParts(parts("1", "one", "2026"), "Target date")).toMatchObject({
      message: "Target date must be a real date",
    });
    expect(checkDateParts(parts("1", "2", "26"), "Target date")).toMatchObject({
      message: "The year of the target date must include 4 numbers",
      parts: ["year"],
    });
  });

  it("accepts a real date, leap days included, as YYYY-MM-DD", () => {
    expect(checkDateParts(parts(" 29", "2 ", "2024"), "Target date")).toEqual({
      ok: true,
      date: "2024-02-29",
    });
  });

  it("joins and splits the boxes without losing which one is empty", () => {
    expect(joinDateParts(parts("5", "", "2026"))).toBe("2026--05");
    expect(joinDateParts(parts("", "", ""))).toBe("");
    expect(splitDateValue("2026--05")).toEqual(parts("5", "", "2026"));
    expect(splitDateValue("2026-03-09")).toEqual(parts("9", "3", "2026"));
  });
});

describe("a date field of the contract", () => {
  it("gives the API the form's messages, with the box in the path for the error summary", () => {
    const result = TargetDateChangeInputSchema.safeParse({
      targetDate: "2027--01",
      reason: "Moved",
      expectedVersion: 1,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["targetDate.month", "New target date must include a month"],
    ]);
  });

  it("asks for a missing date by name", () => {
    const result = dateFieldSchema("Target date").safeParse(undefined);
    expect(result.error?.issues[0]?.message).toBe("Enter the target date");
    expect(dateFieldSchema("Target date").safeParse("").error?.issues[0]?.message).toBe(
      "Enter the target date",
    );
  });

  it("refuses text that is not a date at all, and reads a real one", () => {
    expect(dateFieldSchema("Target date").safeParse("31/12/2026").error?.issues[0]?.message).toBe(
      "Target date must be a real date",
    );
    expect(dateFieldSchema("Target date").parse("2026-12-31")).toBe("2026-12-31");
  });
});
