import { describe, expect, it } from "vitest";
import { listOverdue, listUpcoming, type DatedItem } from "../../src/cycle/index.js";

const item = (id: string, due: string, done = false): DatedItem => ({ kind: "other", id, title: id, due, done });

describe("listUpcoming and listOverdue", () => {
  const items = [item("c", "2026-12-27"), item("a", "2026-11-27"), item("b", "2026-11-26"), item("d", "2026-12-28"), item("e", "2026-11-01", true)];

  it("upcoming: open items from asOf to asOf + days inclusive, earliest first", () => {
    expect(listUpcoming(items, "2026-11-27", 30).map((found) => found.id)).toEqual(["a", "c"]);
  });

  it("overdue: open items before asOf", () => {
    expect(listOverdue(items, "2026-11-27").map((found) => found.id)).toEqual(["b"]);
  });

  it("orders items on the same day by kind and id", () => {
    const same = [item("z", "2026-12-01"), { ...item("y", "2026-12-01"), kind: "audit" as const }, item("x", "2026-12-01")];
    expect(listUpcoming(same, "2026-12-01", 0).map((found) => found.id)).toEqual(["y", "x", "z"]);
  });
});
