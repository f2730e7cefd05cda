import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatIsms, parseIsms, type IsmsDocument } from "../../src/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import buildCli from "./buildCli.js";

// Real git in a temporary repository, with isms merge-driver as the merge driver of isms.json.

const CLI = join(process.cwd(), "node_modules/.cache/isms-test/cli.mjs");
const example = createExampleIsms();
let dir: string;
let env: NodeJS.ProcessEnv;

function git(...args: string[]): string {
  return execFileSync("git", args, { cwd: dir, env, encoding: "utf8" });
}

/** Writes isms.json with a change to the example's risks, formatted, and commits it. */
function commitRisks(message: string, change: (risks: IsmsDocument["risks"][number][]) => void, from: IsmsDocument = example): void {
  const draft = structuredClone(from);
  change(draft.risks);
  writeFileSync(join(dir, "isms.json"), formatIsms(parseIsms(draft)));
  git("commit", "-q", "-am", message);
}

function current(): IsmsDocument {
  return parseIsms(JSON.parse(readFileSync(join(dir, "isms.json"), "utf8")));
}

function risk(document: IsmsDocument, id: string) {
  return document.risks.find((found) => found.id === id)!;
}

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), "isms-git-"));
  // Only this repository's configuration counts: no system file, and a home of its own.
  env = { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: "1", LANG: "C", LC_ALL: "C" };
  git("init", "-q", "-b", "main");
  git("config", "user.name", "Test");
  git("config", "user.email", "test@example.com");
  git("config", "merge.isms.name", "isms: merge by record and field");
  git("config", "merge.isms.driver", `"${process.execPath}" "${CLI}" merge-driver %O %A %B %P`);
  writeFileSync(join(dir, ".gitattributes"), "isms.json merge=isms\n");
  writeFileSync(join(dir, "isms.json"), formatIsms(example));
  git("add", ".");
  git("commit", "-q", "-m", "The example organisation");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("git merge with isms merge-driver", () => {
  it("merges edits of different risks on two branches, and the result is canonical", () => {
    // Each branch also adds a risk at the end of the register: the same lines for a line merge.
    const added = (id: string) => ({ ...risk(example, "R-27"), id, title: `New risk ${id}` }) as IsmsDocument["risks"][number];
    git("checkout", "-q", "-b", "owners", "main");
    commitRisks("R-01 to the CISO, R-28 added", (risks) => {
      risks.find((found) => found.id === "R-01")!.owner = "CISO";
      risks.push(added("R-28"));
    });
    git("checkout", "-q", "main");
    commitRisks("R-02 to the CFO, R-29 added", (risks) => {
      risks.find((found) => found.id === "R-02")!.owner = "CFO";
      risks.push(added("R-29"));
    });
    const merge = spawnSync("git", ["merge", "--no-edit", "owners"], { cwd: dir, env, encoding: "utf8" });
    expect(merge.status, merge.stderr).toBe(0);
    expect(merge.stdout).toContain("isms merge-driver: merged isms.json without conflict.");
    const merged = current();
    expect(merged.risks.slice(-2).map((found) => found.title)).toEqual(["New risk R-28", "New risk R-29"]);
    expect(risk(merged, "R-01").owner).toBe("CISO");
    expect(risk(merged, "R-02").owner).toBe("CFO");
    expect(readFileSync(join(dir, "isms.json"), "utf8")).toBe(formatIsms(merged));
    expect(git("status", "--porcelain")).toBe("");
  });

  it("stops on the same risk rated differently, reports one conflict, and leaves ours in a file that parses", () => {
    const start = current();
    const rate = (likelihood: string) => (risks: IsmsDocument["risks"][number][]) => void (risks.find((found) => found.id === "R-03")!.ratings.current!.likelihood = likelihood);
    expect(["rare", "almost_certain"]).not.toContain(risk(start, "R-03").ratings.current!.likelihood);
    git("checkout", "-q", "-b", "theirs", "main");
    commitRisks("R-03 is rare", rate("rare"), start);
    git("checkout", "-q", "main");
    commitRisks("R-03 is almost certain", rate("almost_certain"), start);
    const merge = spawnSync("git", ["merge", "--no-edit", "theirs"], { cwd: dir, env, encoding: "utf8" });
    expect(merge.status).not.toBe(0);
    const output = `${merge.stdout}${merge.stderr}`;
    expect(output).toContain("isms merge-driver: 1 conflict in isms.json");
    expect(output.split("\n").filter((line) => line.startsWith("CONFLICT (both changed)"))).toEqual(["CONFLICT (both changed) risks R-03: ratings.current.likelihood"]);
    expect(risk(current(), "R-03").ratings.current!.likelihood).toBe("almost_certain");
    expect(existsSync(join(dir, "isms.json.conflicts.json"))).toBe(true);
    const commands = JSON.parse(readFileSync(join(dir, "isms.json.conflicts.json"), "utf8")) as { type: string; id: string }[];
    expect(commands.map((command) => [command.type, command.id])).toEqual([["entity.update", "R-03"]]);
  });
});
