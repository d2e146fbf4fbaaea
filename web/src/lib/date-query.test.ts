import { describe, expect, it } from "vitest";
import { readDateQuery } from "./date-query.ts";

const read = (query: string) => readDateQuery(new URLSearchParams(query), "since", "Date to compare with");

describe("reading a date from the address", () => {
  it("reads the three boxes a form sent without JavaScript as one date", () => {
    expect(read("since-day=31&since-month=1&since-year=2024")).toMatchObject({
      value: "2024-01-31",
      error: null,
    });
  });

  it("reads a date written as one parameter, as links write it", () => {
    expect(read("since=2024-01-31")).toMatchObject({ value: "2024-01-31", parts: { day: "31", month: "1" } });
  });

  it("takes no date when every box is empty", () => {
    expect(read("since-day=&since-month=&since-year=")).toMatchObject({ value: "", error: null });
  });

  it("names the missing box and the field", () => {
    expect(read("since-day=31&since-month=&since-year=2024")).toMatchObject({
      value: "",
      error: "Date to compare with must include a month",
      errorBox: "month",
    });
  });

  it("refuses a date that is not in the calendar, or text that is not a date", () => {
    expect(read("since-day=30&since-month=2&since-year=2024").error).toBe(
      "Date to compare with must be a real date",
    );
    expect(read("since=yesterday").error).toBe("Date to compare with must be a real date");
  });
});
