import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "..", "src");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every relative import of a source file, as the module folder and the path inside it. */
function crossModuleImports(file: string): { from: string; target: string }[] {
  const module = relative(SRC, file).split(sep)[0];
  const text = readFileSync(file, "utf8");
  const found: { from: string; target: string }[] = [];
  for (const match of text.matchAll(/from "(\.{1,2}\/[^"]+)"/g)) {
    const target = relative(SRC, join(file, "..", match[1] ?? "")).split(sep).join("/");
    if (target.split("/")[0] !== module) found.push({ from: relative(SRC, file).split(sep).join("/"), target });
  }
  return found;
}

describe("module boundaries", () => {
  const imports = sourceFiles(SRC).flatMap(crossModuleImports);

  it("finds the imports it checks (the scan is not empty)", () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(imports.some((found) => found.target === "core/_internal/index.js")).toBe(true);
  });

  it("a module reaches another module only through its public index or core's internal barrel", () => {
    const allowed = (target: string): boolean => /^([a-z]+\/)?index\.js$/.test(target) || target === "core/_internal/index.js";
    expect(imports.filter((found) => !allowed(found.target))).toEqual([]);
  });

  it("a public index re-exports nothing from an _internal folder", () => {
    const indexes = sourceFiles(SRC).filter((file) => file.endsWith(`${sep}index.ts`) && !file.includes(`${sep}_internal${sep}`));
    const leaks = indexes.filter((file) => /from "\.\/_internal\//.test(readFileSync(file, "utf8")));
    expect(leaks.map((file) => relative(SRC, file))).toEqual([]);
  });

  it("only the command reaches the spreadsheet modules, so isms, isms/report and isms/oscal bundle none of their code", () => {
    const reaching = imports.filter((found) => /^(spreadsheet|xlsx)\//.test(found.target) && !/^(spreadsheet|xlsx|cli)\//.test(found.from));
    expect(reaching).toEqual([]);
    expect(imports.some((found) => found.from.startsWith("xlsx/") && found.target === "spreadsheet/index.js")).toBe(true);
  });
});
