import { describe, expect, it } from "vitest";
import { listImplementingActions } from "../../src/treatment/index.js";

const action = (id: string, status: "planned" | "in_progress" | "done" | "cancelled", controls?: string[]) => ({ id, status, ...(controls ? { controls } : {}) }) as { id: string; status: typeof status; controls?: ("annex-a:5.1" | "annex-a:8.24")[] };

describe("listImplementingActions", () => {
  it("takes the live actions naming the control, else the live actions naming none", () => {
    const plan = {
      actions: [action("A1", "done", ["annex-a:8.24"]), action("A2", "cancelled", ["annex-a:8.24"]), action("A3", "planned"), action("A4", "planned", []), action("A5", "cancelled")],
    };
    expect(listImplementingActions(plan, "annex-a:8.24").map((found) => found.id)).toEqual(["A1"]);
    expect(listImplementingActions(plan, "annex-a:5.1").map((found) => found.id)).toEqual(["A3", "A4"]);
    expect(listImplementingActions({ actions: [action("A1", "cancelled")] }, "annex-a:5.1")).toEqual([]);
  });
});
