import { describe, expect, it } from "vitest";
import { ACTION_STATUS, IMPLEMENTATION_STATUS, matchEnum, RISK_STATUS } from "../../src/spreadsheet/_internal/labels.js";

describe("matchEnum", () => {
  it("takes the export's label, the key and common wordings, without case", () => {
    expect(matchEnum(IMPLEMENTATION_STATUS, "Partially implemented")).toBe("partially_implemented");
    expect(matchEnum(IMPLEMENTATION_STATUS, "partially_implemented")).toBe("partially_implemented");
    expect(matchEnum(ACTION_STATUS, "COMPLETED")).toBe("done");
    expect(matchEnum(RISK_STATUS, "Analyzed")).toBe("analysed");
  });
  it("names nothing for an unknown wording", () => {
    expect(matchEnum(ACTION_STATUS, "Someday")).toBeUndefined();
  });
});
