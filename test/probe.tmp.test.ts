import { it } from "vitest";
import { ZodError } from "zod";
import * as isms from "../src/index.js";
it("p", () => {
  const fns = Object.entries(isms).filter(([, v]) => typeof v === "function" && !(v === isms.IsmsError));
  console.log("COUNT", fns.length);
  const bad: string[] = [];
  for (const [name, fn] of fns) {
    for (const [label, v] of [["undefined", undefined], ["null", null], ["{}", {}], ["[]", []]] as const) {
      const args = Array.from({ length: Math.max(1, (fn as Function).length) }, () => (typeof v === "object" && v !== null ? structuredClone(v) : v));
      try { (fn as Function)(...args); } catch (e) { if (!(e instanceof ZodError) && !(e instanceof isms.IsmsError)) bad.push(`${name}(${label}): ${(e as Error)?.constructor?.name} ${(e as Error)?.message?.slice(0, 100)}`); }
    }
  }
  console.log("BAD\n" + bad.join("\n"));
});
