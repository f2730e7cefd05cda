// Types of scripts/check-docs.mjs, for test/docs/checkDocs.test.ts.

/** A TypeScript code block found in a Markdown file or a doc comment. */
export interface DocBlock {
  /** The file, relative to the repository. */
  readonly file: string;
  /** The group it is counted in: "README.md", "docs/*.md" or "src (TSDoc)". */
  readonly source: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** 1-based line of the block's first line of code. */
  readonly firstLine: number;
  /** The code, without fences or comment prefixes. */
  readonly code: string;
  /** Marked as a fragment in its info string: not checked. */
  readonly fragment: boolean;
}

/** One compiler diagnostic, at its line in the block's file. */
export interface BlockDiagnostic {
  readonly line: number;
  readonly code: number;
  readonly message: string;
}

/** The outcome for one block. */
export interface BlockResult {
  readonly block: DocBlock;
  readonly status: "passed" | "failed" | "fragment";
  readonly diagnostics: readonly BlockDiagnostic[];
}

/** The outcome of a check: problems with the setup (no build, a broken ambient file) and one result per block. */
export interface CheckResult {
  readonly setupErrors: readonly string[];
  readonly results: readonly BlockResult[];
}

export interface CheckBlocksOptions {
  /** The package's root folder: its package.json names the package and its exports. */
  readonly root: string;
  /** Type packages to load (default ["node"]). */
  readonly types?: readonly string[];
  /** A module of global declarations every block sees. */
  readonly ambient?: string;
}

export const FRAGMENT_MARKER: string;
export const AMBIENT: string;
export function compilerOptions(root: string, types?: readonly string[]): Record<string, unknown>;
export function extractMarkdownBlocks(text: string, file: string, source?: string): DocBlock[];
export function extractTsdocBlocks(text: string, file: string, source?: string): DocBlock[];
export function packageEntries(root: string): { specifier: string; file: string }[];
export function scanBlock(code: string): { hasImport: boolean; used: string[] };
export function checkBlocks(blocks: readonly DocBlock[], options: CheckBlocksOptions): CheckResult;
export function collectBlocks(root: string): DocBlock[];
export function report(result: CheckResult, log?: (line: string) => void): number;
