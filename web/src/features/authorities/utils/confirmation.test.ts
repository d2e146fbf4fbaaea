import type { Partnership } from "@ldd/shared/partnerships";
import { describe, expect, it } from "vitest";
import { describeConfirmation } from "./confirmation.ts";

const partnership = (confirmation: Partnership["confirmation"]): Partnership => ({
  id: "p",
  authorityGss: "E09000012",
  authorityName: "Hackney",
  partner: {
    id: "o",
    name: "Camden",
    type: "other_council",
    canonicalIdScheme: "gss",
    canonicalId: "E09000007",
  },
  startDate: "2024-04-01",
  endDate: null,
  purpose: "",
  active: true,
  commitmentIds: [],
  confirmation,
});
const asked = { partnerGss: "E09000007", partnerName: "Camden" };

describe("who says a partnership exists", () => {
  it("names the reporter and the partner's answer", () => {
    expect(
      describeConfirmation(
        partnership({ state: "confirmed", ...asked, comment: null, answeredOn: "2024-05-02" }),
      ),
    ).toBe("Reported by Hackney, confirmed by Camden on 2 May 2024");
    expect(
      describeConfirmation(
        partnership({ state: "disputed", ...asked, comment: "Wrong", answeredOn: "2024-05-02" }),
      ),
    ).toBe("Reported by Hackney, disputed by Camden on 2 May 2024");
    expect(
      describeConfirmation(partnership({ state: "awaiting", ...asked, comment: null, answeredOn: null })),
    ).toBe("Reported by Hackney, awaiting confirmation by Camden");
  });

  it("says only who reported a partnership with an organisation that cannot answer", () => {
    expect(
      describeConfirmation(
        partnership({
          state: "not_needed",
          partnerGss: null,
          partnerName: null,
          comment: null,
          answeredOn: null,
        }),
      ),
    ).toBe("Reported by Hackney");
  });
});
