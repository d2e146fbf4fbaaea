import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { restoreFormulaText, toCsv } from "./csv.ts";

const cellOf = (text: string) => {
  const [, row] = parse(toCsv([text], [{ header: "text", value: (value) => value }])) as string[][];
  return row?.[0] ?? "";
};

describe("CSV cells", () => {
  it("make text that a spreadsheet would run as a formula inert with a leading apostrophe", () => {
    expect(cellOf("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(cellOf("+44 20 7946 0000")).toBe("'+44 20 7946 0000");
    expect(cellOf("-5%")).toBe("'-5%");
    expect(cellOf("@everyone")).toBe("'@everyone");
    expect(cellOf("Plain text")).toBe("Plain text");
  });

  it("give back every text exactly, apostrophes of its own included", () => {
    for (const text of ["=1", "'=1", "''=1", "'+44 20 7946 0000", "'plain", "it's", "'", "", "\tx", "'\tx"]) {
      expect(restoreFormulaText(cellOf(text))).toBe(text);
    }
  });
});
