// Docs that compile: typechecks every TypeScript code block of README.md and docs/*.md, and
// every `@example` block of the TSDoc in src/ (outside _internal/ folders), against the BUILT
// package, in one TypeScript program. Part of `npm test`, which builds first; alone:
// `npm run build && node scripts/check-docs.mjs`. Exit 0 when every block compiles, else 1.
//
// Conventions (also in the README's Development section):
//
// 1. A block is a module of its own, compiled as an ES module file of this package with
//    tsconfig.json's strict flags (not the unused-name ones). `isms`, `isms/report`,
//    `isms/oscal` and `isms/example` resolve through the package's own `exports` to
//    dist/*.d.ts (a self-reference): exactly what a user's editor sees.
// 2. Automatic imports. A block without an import statement gets one for every name it uses,
//    does not declare, and the package exports: from `isms`, else `isms/report`, `isms/oscal`,
//    `isms/example` (read from the built entry points). So a TSDoc example needs no import
//    line. A block with an import of its own is taken as written: it imports what it uses.
// 3. Ambient names, declared for every block, and only these two:
//    - `doc: IsmsDocument`: the example organisation's ISMS, as `createExampleIsms()` from
//      `isms/example` returns it. Most functions take the document or a part of it
//      (`doc.risks`, `doc.treatmentPlans`, …); loading it in every example would hide the
//      call the example is about, and its ids (`R-01`, `TP-01`, `A-CS-DB`) are real, so an
//      example's `// →` comments can be checked by running it on that document.
//    - `text: string`: JSON text from outside the program (a file, a request body), where
//      every parsing example starts: `parseIsms(JSON.parse(text))`.
//    Everything else a block builds, derives from `doc`, or declares: a guide's block that
//    continues an earlier one says what it takes from it with `declare const nc: Nonconformity;`.
// 4. A block that is not meant to compile alone says so in its info string, ```ts fragment,
//    and is skipped and listed in the summary. Use it sparingly: prefer a block that compiles.
// 5. Node built-ins (`node:fs`, …) may be imported: @types/node is loaded.
//
// Only ```ts and ```typescript blocks are checked (not ```js, ```sh, …). In doc comments only
// fenced blocks after an `@example` tag count. Run from a test, the functions below take a
// fixture package instead (test/docs/checkDocs.test.ts).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

/** The marker, in a fence's info string, of a block that is not meant to compile alone. */
export const FRAGMENT_MARKER = "fragment";

const LANGUAGES = new Set(["ts", "typescript"]);

/** Compiler options for the blocks: tsconfig.json's strictness, without the unused-name checks. */
export function compilerOptions(root, types = ["node"]) {
  return {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noFallthroughCasesInSwitch: true,
    skipLibCheck: true,
    noEmit: true,
    types,
    typeRoots: [join(root, "node_modules", "@types")],
  };
}

function parseFence(line) {
  const match = /^(\s*)(`{3,}|~{3,})\s*([^`]*)$/.exec(line);
  if (!match) return undefined;
  const words = match[3].trim().split(/\s+/).filter(Boolean);
  return { indent: match[1].length, fence: match[2], language: (words[0] ?? "").toLowerCase(), flags: words.slice(1) };
}

function isClosingFence(line, open) {
  const trimmed = line.trim();
  return trimmed.length >= open.fence.length && trimmed === open.fence[0].repeat(trimmed.length);
}

/**
 * Collects fenced TypeScript blocks from lines. `lines[i].text` is the line, `lines[i].line`
 * its 1-based line in the file; `accept(i)` says whether a fence opening at `i` counts.
 */
function collectFences(lines, file, source, accept = () => true) {
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = parseFence(lines[i].text);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !isClosingFence(lines[end].text, open)) end += 1;
    if (LANGUAGES.has(open.language) && accept(i)) {
      const body = lines.slice(i + 1, end).map(({ text }) => text.slice(Math.min(open.indent, text.length - text.trimStart().length)));
      blocks.push({
        file,
        source,
        line: lines[i].line,
        firstLine: lines[i].line + 1,
        code: body.join("\n"),
        fragment: open.flags.includes(FRAGMENT_MARKER),
      });
    }
    i = end;
  }
  return blocks;
}

/** The TypeScript blocks of a Markdown text. `file` names it in reports. */
export function extractMarkdownBlocks(text, file, source = file) {
  const lines = text.split(/\r?\n/).map((line, index) => ({ text: line, line: index + 1 }));
  return collectFences(lines, file, source);
}

/**
 * The TypeScript blocks that follow an `@example` tag in the doc comments of a source text.
 * Doc comments are found by a regular expression, which a `/**` inside a string literal would
 * mislead; src/ has none, and parsing every file would cost more than the rest of the check.
 */
export function extractTsdocBlocks(text, file, source = "src (TSDoc)") {
  const blocks = [];
  const comment = /\/\*\*[\s\S]*?\*\//g;
  for (let match = comment.exec(text); match; match = comment.exec(text)) {
    const startLine = text.slice(0, match.index).split("\n").length;
    const lines = match[0]
      .replace(/^\/\*\*/, "")
      .replace(/\*\/$/, "")
      .split("\n")
      .map((raw, index) => ({ text: raw.replace(/^\s*\* ?/, ""), line: startLine + index }));
    // Which lines sit in an @example section: from the tag to the next block tag outside a fence.
    const inExample = [];
    let example = false;
    let fence;
    for (const { text: line } of lines) {
      if (fence) {
        if (isClosingFence(line, fence)) fence = undefined;
      } else {
        const tag = /^\s*@(\w+)/.exec(line);
        if (tag) example = tag[1] === "example";
        fence = parseFence(line);
      }
      inExample.push(example);
    }
    blocks.push(...collectFences(lines, file, source, (i) => inExample[i]));
  }
  return blocks;
}

/** The package's type entry points, in the order of package.json's `exports`: [{ specifier, file }]. */
export function packageEntries(root) {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const entries = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const types = typeof target === "object" ? (target.import?.types ?? target.types) : undefined;
    if (typeof types !== "string") continue;
    entries.push({ specifier: subpath === "." ? manifest.name : `${manifest.name}/${subpath.replace(/^\.\//, "")}`, file: resolve(root, types) });
  }
  return entries;
}

/** Names a block uses (candidates for automatic imports) and whether it imports anything. */
export function scanBlock(code) {
  const file = ts.createSourceFile("block.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const declared = new Set();
  const used = new Set();
  const hasImport = file.statements.some((statement) => ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement));
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isDeclarationName = parent && "name" in parent && parent.name === node && (ts.isDeclaration(parent) || ts.isBindingElement(parent));
      const isMemberName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        (ts.isBindingElement(parent) && parent.propertyName === node) ||
        ((ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) && parent.label === node) ||
        ts.isImportSpecifier(parent) ||
        ts.isExportSpecifier(parent);
      if (isDeclarationName && !ts.isPropertyAssignment(parent) && !ts.isPropertySignature(parent) && !ts.isPropertyDeclaration(parent) && !ts.isMethodDeclaration(parent) && !ts.isMethodSignature(parent) && !ts.isEnumMember(parent) && !ts.isGetAccessor(parent) && !ts.isSetAccessor(parent)) {
        declared.add(node.text);
      } else if (!isDeclarationName && !isMemberName) {
        used.add(node.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { hasImport, used: [...used].filter((name) => !declared.has(name)) };
}

function createHost(options, virtualFiles) {
  const host = ts.createCompilerHost(options, true);
  const cache = new Map();
  const virtualDirs = new Set([...virtualFiles.keys()].map((file) => dirname(file)));
  const getSourceFile = host.getSourceFile.bind(host);
  return {
    ...host,
    fileExists: (file) => virtualFiles.has(resolve(file)) || host.fileExists(file),
    readFile: (file) => virtualFiles.get(resolve(file)) ?? host.readFile(file),
    directoryExists: (dir) => virtualDirs.has(resolve(dir)) || (host.directoryExists?.(dir) ?? true),
    getSourceFile: (file, languageVersion, onError, shouldCreate) => {
      const text = virtualFiles.get(resolve(file));
      if (text !== undefined) return ts.createSourceFile(file, text, languageVersion, true, ts.ScriptKind.TS);
      const format = typeof languageVersion === "object" ? languageVersion.impliedNodeFormat : undefined;
      const key = `${file}\0${format}`;
      if (!cache.has(key)) cache.set(key, getSourceFile(file, languageVersion, onError, shouldCreate));
      return cache.get(key);
    },
  };
}

/**
 * Typechecks blocks in one program. Each checkable block becomes its own module file in a
 * virtual folder of the package (`root`), so that the package name resolves to itself.
 * Returns one result per block: { block, status: "passed" | "failed" | "fragment", diagnostics }.
 */
export function checkBlocks(blocks, { root, types = ["node"], ambient } = {}) {
  root = resolve(root);
  const options = compilerOptions(root, types);
  const folder = join(root, ".check-docs");
  const entries = packageEntries(root);
  const entryFile = (i) => join(folder, `entry${i}.ts`);

  // The exports of each entry point, read from the built declarations by a first, small program.
  const probes = new Map(entries.map((entry, i) => [entryFile(i), `export * as entry from ${JSON.stringify(entry.specifier)};\n`]));
  const ambientFile = join(folder, "ambient.ts");
  if (ambient) probes.set(ambientFile, ambient);
  const probeProgram = ts.createProgram({ rootNames: [...probes.keys()], options, host: createHost(options, probes) });
  const probeChecker = probeProgram.getTypeChecker();
  const exporter = new Map();
  const setupErrors = [];
  entries.forEach((entry, i) => {
    const file = probeProgram.getSourceFile(entryFile(i));
    const declaration = file?.statements[0];
    const symbol = declaration?.moduleSpecifier && probeChecker.getSymbolAtLocation(declaration.moduleSpecifier);
    if (!symbol) {
      setupErrors.push(`${entry.specifier} does not resolve to ${relative(root, entry.file)}: is the package built?`);
      return;
    }
    for (const exported of probeChecker.getExportsOfModule(symbol)) {
      if (!exporter.has(exported.name)) exporter.set(exported.name, entry.specifier);
    }
  });
  if (ambient) {
    for (const diagnostic of ts.getPreEmitDiagnostics(probeProgram, probeProgram.getSourceFile(ambientFile))) {
      setupErrors.push(`ambient declarations: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
    }
  }
  if (setupErrors.length > 0) return { setupErrors, results: [] };

  const files = new Map(ambient ? [[ambientFile, ambient]] : []);
  const planned = blocks.map((block, index) => {
    if (block.fragment) return { block };
    const { hasImport, used } = scanBlock(block.code);
    const bySpecifier = new Map();
    if (!hasImport) {
      for (const name of used) {
        const specifier = exporter.get(name);
        if (specifier) bySpecifier.set(specifier, [...(bySpecifier.get(specifier) ?? []), name]);
      }
    }
    const header = [...bySpecifier].map(([specifier, names]) => `import { ${names.sort().join(", ")} } from ${JSON.stringify(specifier)};`);
    const name = join(folder, `${String(index).padStart(4, "0")}-${block.file.replace(/[^\w.-]+/g, "_")}-${block.firstLine}.ts`);
    files.set(name, `${header.join("\n")}${header.length ? "\n" : ""}${block.code}\nexport {};\n`);
    return { block, name, offset: header.length };
  });

  const program = ts.createProgram({ rootNames: [...files.keys()], options, host: createHost(options, files), oldProgram: probeProgram });
  const global = program.getOptionsDiagnostics().concat(program.getGlobalDiagnostics());
  for (const diagnostic of global) setupErrors.push(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  if (ambient) {
    for (const diagnostic of program.getSemanticDiagnostics(program.getSourceFile(ambientFile))) {
      setupErrors.push(`ambient declarations: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
    }
  }
  const results = planned.map(({ block, name, offset }) => {
    if (!name) return { block, status: "fragment", diagnostics: [] };
    const file = program.getSourceFile(name);
    const found = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    const diagnostics = found.map((diagnostic) => {
      const { line } = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : { line: offset };
      const inBlock = Math.max(0, line - offset);
      return { line: block.firstLine + inBlock, code: diagnostic.code, message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n") };
    });
    return { block, status: diagnostics.length === 0 ? "passed" : "failed", diagnostics };
  });
  return { setupErrors, results };
}

/** The ambient declarations every block sees (convention 3). */
export const AMBIENT = `import type { IsmsDocument } from "isms";
declare global {
  /** The example organisation's ISMS, as \`createExampleIsms()\` from \`isms/example\` returns it. */
  const doc: IsmsDocument;
  /** JSON text from outside the program (a file, a request body): where parsing starts. */
  const text: string;
}
export {};
`;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "_internal" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every block of the repository at `root`: README.md, docs/*.md, then src/ TSDoc. */
export function collectBlocks(root) {
  const rel = (path) => relative(root, path).split(sep).join("/");
  const docs = join(root, "docs");
  const markdown = [join(root, "README.md"), ...readdirSync(docs).filter((name) => name.endsWith(".md")).sort().map((name) => join(docs, name))];
  return [
    ...markdown.flatMap((path) => extractMarkdownBlocks(readFileSync(path, "utf8"), rel(path), rel(path) === "README.md" ? "README.md" : "docs/*.md")),
    ...sourceFiles(join(root, "src"))
      .sort()
      .flatMap((path) => extractTsdocBlocks(readFileSync(path, "utf8"), rel(path))),
  ];
}

/** Prints the summary and failures; returns the exit code. */
export function report({ setupErrors, results }, log = console.log) {
  for (const error of setupErrors) log(`ERROR ${error}`);
  const failed = results.filter((result) => result.status === "failed");
  for (const { block, diagnostics } of failed) {
    for (const diagnostic of diagnostics) {
      log(`FAIL ${block.file}:${diagnostic.line} (block at line ${block.line}) TS${diagnostic.code}: ${diagnostic.message}`);
    }
  }
  const sources = [...new Set(results.map((result) => result.block.source))];
  log("docs check:");
  for (const source of sources) {
    const of = results.filter((result) => result.block.source === source);
    const count = (status) => of.filter((result) => result.status === status).length;
    log(`  ${source}: ${of.length} blocks, ${count("passed")} passed, ${count("failed")} failed, ${count("fragment")} fragments skipped`);
  }
  const fragments = results.filter((result) => result.status === "fragment");
  for (const { block } of fragments) log(`  skipped fragment ${block.file}:${block.line}`);
  log(`  ${results.length} blocks: ${results.length - failed.length - fragments.length} compile, ${failed.length} fail, ${fragments.length} fragments`);
  return setupErrors.length === 0 && failed.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const started = performance.now();
  if (!existsSync(join(root, "dist", "index.d.ts"))) {
    console.error("dist/ is missing: run npm run build first");
    process.exit(1);
  }
  const code = report(checkBlocks(collectBlocks(root), { root, ambient: AMBIENT }));
  console.log(`  in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(code);
}
