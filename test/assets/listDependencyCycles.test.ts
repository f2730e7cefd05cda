import { describe, expect, it } from "vitest";
import { listDependencyCycles, type Asset } from "../../src/assets/index.js";
import { asset } from "./fixtures.js";

describe("listDependencyCycles", () => {
  it("lists a ring of 100 000 assets as one cycle, in ring order", () => {
    const size = 100_000;
    const ring = Array.from({ length: size }, (_, index) => ({ ...asset("A0"), id: `A${index}` as Asset["id"], dependsOn: [`A${(index + 1) % size}` as Asset["id"]] }));
    const cycles = listDependencyCycles(ring);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.cycle).toHaveLength(size);
    expect(cycles[0]!.members).toHaveLength(size);
    expect(cycles[0]!.cycle.slice(0, 3)).toEqual(["A0", "A1", "A2"]);
    expect(cycles[0]!.cycle.at(-1)).toBe("A99999");
    expect([cycles[0]!.index, cycles[0]!.position]).toEqual([0, 0]);
  });

  it("lists dependency cycles with their members", () => {
    const cycles = listDependencyCycles([asset("A", { dependsOn: ["B"] }), asset("B", { dependsOn: ["A"] }), asset("C", { dependsOn: ["C"] }), asset("D")]);
    expect(cycles.map((found) => [found.cycle, found.members, found.index, found.position])).toEqual([
      [["A", "B"], ["A", "B"], 0, 0],
      [["C"], ["C"], 2, 0],
    ]);
  });
});
