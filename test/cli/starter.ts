import { expect } from "vitest";
import type { IsmsDocument } from "../../src/index.js";
import { matrixFromFormula, product5x5Preset } from "../../src/risk/index.js";
import { fakeIo } from "./fakeIo.js";

/** What to change in the starter `isms init` writes. */
export interface StarterChanges {
  /**
   * Record an approved SoA version (with no rows): from then on the 93 undecided Annex A
   * controls are errors (`undecided_control`), not warnings. 93 errors, 1 warning.
   */
  readonly approved?: boolean;
  /**
   * The 5×5 matrix with the bands the preset had before (medium from 5, high from 10): its
   * corner cells [0][4] and [4][0] are medium, so there are two `inconsistent_colouring`
   * warnings, at `methodologies[0].matrix.cells[0][4]` and `…cells[4][0]`. 0 errors, 96 warnings.
   */
  readonly miscoloured?: boolean;
  /** The environment the command sees (`ISMS_ACTOR`). */
  readonly env?: Record<string, string>;
}

/**
 * A fake file system holding `x.json`, the starter `isms init` writes on 2026-11-27 (0 errors;
 * 94 warnings: 93 `undecided_control` and `missing_scope`), changed as asked. Its writes are
 * cleared, so that a test can say that a command wrote nothing.
 */
export function starter(changes: StarterChanges = {}) {
  const fake = fakeIo({}, changes.env ?? {});
  expect(fake.run("init", "x.json").code).toBe(0);
  if (changes.approved === true || changes.miscoloured === true) {
    const document = JSON.parse(fake.files.get("x.json")!) as IsmsDocument & Record<string, unknown>;
    const soaVersions = changes.approved === true ? [{ version: 1, date: "2026-11-27", rows: [], approvedBy: "CEO", approvedOn: "2026-11-27" }] : document.soaVersions;
    const methodologies = changes.miscoloured === true ? document.methodologies.map((methodology) => ({ ...methodology, matrix: oldBands() })) : document.methodologies;
    fake.files.set("x.json", `${JSON.stringify({ ...document, soaVersions, methodologies }, null, 2)}\n`);
  }
  fake.writes.length = 0;
  return fake;
}

/** The 5×5 product matrix with the bands low 1–4, medium 5–9, high 10–19, very high 20–25. */
function oldBands() {
  const { likelihood, consequence, levels } = product5x5Preset;
  return matrixFromFormula({
    likelihood,
    consequence,
    levels,
    formula: { kind: "product" },
    bands: [
      { level: "low", from: 1 },
      { level: "medium", from: 5 },
      { level: "high", from: 10 },
      { level: "very_high", from: 20 },
    ],
  });
}
