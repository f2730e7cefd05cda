// Counts the type assertions in src/ per module folder, read from the syntax tree (not a
// grep, so TSDoc examples and strings do not count): `as` assertions other than `as const`,
// of them the `as unknown as` double casts and the array-index narrowings (`x[i] as T`), and
// the non-null assertions `!` (of them those on an element access, `x[i]!`).
//
//   node scripts/count-casts.mjs [dir] [--json]
//
// `dir` defaults to src/. A figure to watch, not a gate: it prints and exits 0.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";

const args = process.argv.slice(2);
const json = args.includes("--json");
const root = args.find((arg) => !arg.startsWith("--")) ?? "src";

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(c|m)?tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function unparenthesized(node) {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return node;
}

const isAssertion = (node) => ts.isAsExpression(node) || ts.isTypeAssertionExpression(node);
const isConstAssertion = (node) =>
  ts.isTypeReferenceNode(node.type) &&
  ts.isIdentifier(node.type.typeName) &&
  node.type.typeName.text === "const";
const isUnknown = (node) => node.type.kind === ts.SyntaxKind.UnknownKeyword;

function countFile(path) {
  const text = readFileSync(path, "utf8");
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const counts = { as: 0, asUnknownAs: 0, indexAs: 0, nonNull: 0, indexNonNull: 0 };
  const visit = (node) => {
    if (isAssertion(node) && !isConstAssertion(node)) {
      const inner = unparenthesized(node.expression);
      // `x as unknown as T` is one double cast: count the outer assertion, not the inner one.
      const isInnerOfDouble =
        isUnknown(node) && node.parent !== undefined && isAssertion(node.parent);
      if (!isInnerOfDouble) {
        counts.as += 1;
        if (isAssertion(inner) && isUnknown(inner)) counts.asUnknownAs += 1;
        if (ts.isElementAccessExpression(inner)) counts.indexAs += 1;
      }
    }
    if (ts.isNonNullExpression(node)) {
      counts.nonNull += 1;
      if (ts.isElementAccessExpression(unparenthesized(node.expression))) counts.indexNonNull += 1;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return counts;
}

const modules = new Map();
for (const path of filesUnder(root).sort()) {
  const parts = relative(root, path).split(sep);
  const module = parts.length > 1 ? parts[0] : "(root)";
  const counts = countFile(path);
  const sum = modules.get(module) ?? { as: 0, asUnknownAs: 0, indexAs: 0, nonNull: 0, indexNonNull: 0 };
  for (const key of Object.keys(sum)) sum[key] += counts[key];
  modules.set(module, sum);
}
const total = { as: 0, asUnknownAs: 0, indexAs: 0, nonNull: 0, indexNonNull: 0 };
for (const sum of modules.values()) for (const key of Object.keys(total)) total[key] += sum[key];

if (json) {
  console.log(JSON.stringify({ modules: Object.fromEntries(modules), total }, null, 2));
} else {
  const header = ["module", "as", "as unknown as", "x[i] as", "!", "x[i]!"];
  const rows = [...modules].map(([name, c]) => [name, c.as, c.asUnknownAs, c.indexAs, c.nonNull, c.indexNonNull]);
  rows.push(["total", total.as, total.asUnknownAs, total.indexAs, total.nonNull, total.indexNonNull]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log("\n`as` excludes `as const`; `as unknown as` and `x[i] as` are among the `as`; `x[i]!` among the `!`.");
}
