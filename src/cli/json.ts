import type { CliIo } from "./core.js";
import { CliFailure } from "./failure.js";

/** Where a text stops being JSON and what was wrong there. */
interface JsonSyntaxProblem {
  /** Index into the text (its length when the text ends too early). */
  readonly position: number;
  /** What was wrong, in words that never quote the text itself. */
  readonly what: string;
}

const WHITE_SPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** What an unexpected character is, without quoting the file beyond a punctuation mark. */
function unexpected(character: string, expected: string): string {
  if (character === "'") return `${expected}; JSON needs double quotes, not single quotes`;
  if (character === "/") return `${expected}; JSON has no comments`;
  if (/[\p{L}_$]/u.test(character)) return `${expected}; found a bare word (text needs double quotes; only true, false and null go without)`;
  if (/[\p{P}\p{S}]/u.test(character) && character.length === 1 && character.charCodeAt(0) < 128) return `${expected}; found '${character}'`;
  return `${expected}; found an unexpected character`;
}

/**
 * Finds the first place where a text breaks the JSON grammar (RFC 8259), without recursion so
 * that deep nesting cannot overflow the stack. The engine's own `JSON.parse` messages are not
 * used: Node 20 quotes a snippet of the text in them, which may hold a secret, and does not
 * always give a position.
 */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const length = text.length;
  let at = 0;
  const skip = (): void => {
    while (at < length && WHITE_SPACE.has(text[at]!)) at += 1;
  };
  skip();
  if (at === length) return { position: at, what: "the file is empty" };

  const string = (): JsonSyntaxProblem | undefined => {
    const start = at;
    at += 1;
    while (at < length) {
      const character = text[at]!;
      if (character === '"') {
        at += 1;
        return undefined;
      }
      if (character === "\\") {
        const next = text[at + 1];
        if (next === "u") {
          if (!HEX.test(text.slice(at + 2, at + 6))) return { position: at, what: "\\u in a string must be followed by four hexadecimal digits" };
          at += 6;
          continue;
        }
        if (next === undefined || !ESCAPES.has(next)) return { position: at, what: "invalid escape sequence in a string (a backslash must be doubled)" };
        at += 2;
        continue;
      }
      if (character.charCodeAt(0) < 0x20) {
        return { position: at, what: character === "\n" || character === "\r" ? "line break inside a string (write \\n, or close the string)" : "control character inside a string" };
      }
      at += 1;
    }
    return { position: start, what: "a string starts here and is never closed (missing \")" };
  };

  // What may come next: a value, a value or the end of an empty array, a property name, a
  // property name or the end of an empty object, the colon after a name, or what follows a value.
  type State = "value" | "value-or-close" | "name" | "name-or-close" | "colon" | "after";
  let state: State = "value";
  let afterComma = false;
  const stack: ("object" | "array")[] = [];
  for (;;) {
    skip();
    const character = text[at];
    if (character === undefined && (state !== "after" || stack.length > 0)) {
      return { position: length, what: "the file ends before the JSON is complete (a value, a closing bracket or brace is missing)" };
    }
    switch (state) {
      case "value":
      case "value-or-close": {
        if (character === "]" && state === "value-or-close") {
          at += 1;
          stack.pop();
          state = "after";
          break;
        }
        if ((character === "]" || character === "}") && afterComma) return { position: at, what: "a comma before a closing bracket or brace is not allowed in JSON" };
        afterComma = false;
        if (character === "{") {
          stack.push("object");
          at += 1;
          state = "name-or-close";
          break;
        }
        if (character === "[") {
          stack.push("array");
          at += 1;
          state = "value-or-close";
          break;
        }
        if (character === '"') {
          const problem = string();
          if (problem) return problem;
          state = "after";
          break;
        }
        if (character === "-" || (character! >= "0" && character! <= "9")) {
          NUMBER.lastIndex = at;
          const match = NUMBER.exec(text);
          if (!match) return { position: at, what: "invalid number" };
          at += match[0].length;
          if (match[0].replace("-", "").startsWith("0") && /[0-9]/.test(text[at] ?? "")) return { position: at - 1, what: "a number must not start with 0" };
          if (/[.eE0-9]/.test(text[at] ?? "")) return { position: at, what: "invalid number" };
          state = "after";
          break;
        }
        const word = ["true", "false", "null"].find((candidate) => text.startsWith(candidate, at));
        if (word !== undefined) {
          at += word.length;
          state = "after";
          break;
        }
        return { position: at, what: unexpected(character!, "expected a value") };
      }
      case "name":
      case "name-or-close": {
        if (character === "}" && state === "name-or-close") {
          at += 1;
          stack.pop();
          state = "after";
          break;
        }
        if (character === "}") return { position: at, what: "a comma before a closing bracket or brace is not allowed in JSON" };
        if (character !== '"') return { position: at, what: unexpected(character!, "expected a property name in double quotes") };
        const problem = string();
        if (problem) return problem;
        state = "colon";
        break;
      }
      case "colon": {
        if (character !== ":") return { position: at, what: unexpected(character!, "expected ':' after the property name") };
        at += 1;
        state = "value";
        break;
      }
      case "after": {
        const open = stack[stack.length - 1];
        if (open === undefined) {
          return at === length ? undefined : { position: at, what: "unexpected text after the end of the JSON value" };
        }
        if (character === ",") {
          at += 1;
          afterComma = true;
          state = open === "object" ? "name" : "value";
          break;
        }
        if ((open === "object" && character === "}") || (open === "array" && character === "]")) {
          at += 1;
          stack.pop();
          break;
        }
        return {
          position: at,
          what: unexpected(character!, open === "object" ? "expected ',' or '}' after a property value" : "expected ',' or ']' after an array element"),
        };
      }
    }
  }
}

/** 1-based line and column of a position in a text. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < position && index < text.length; index += 1) {
    if (text[index] === "\n") {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * Parses JSON text, or throws a {@link CliFailure} that says where and what is wrong in the
 * command's own words: "FILE is not valid JSON: line L, column C: what". A byte order mark
 * that some editors write is ignored.
 */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch {
    const problem = findJsonSyntaxProblem(body);
    if (problem === undefined) throw new CliFailure(`${file} is not valid JSON.`, 2, undefined, "invalid_json");
    const { line, column } = lineAndColumn(body, problem.position);
    throw new CliFailure(`${file} is not valid JSON: line ${line}, column ${column}: ${problem.what}.`, 2, undefined, "invalid_json");
  }
}

/** Reads and parses a JSON file, failing with exit code 2 when it is missing, unreadable or not JSON. */
export function readJson(io: CliIo, file: string | undefined, what: string): unknown {
  if (!file) throw new CliFailure(`Missing FILE: name the ${what} to read.`, 2, undefined, "missing_argument");
  return parseJsonText(readText(io, file), file);
}

/** Reads a text file, failing with exit code 2 when it is missing or unreadable. */
export function readText(io: CliIo, file: string): string {
  if (!io.exists(file)) throw new CliFailure(`Cannot read ${file}: no such file.`, 2, undefined, "file_not_found");
  try {
    return io.readFile(file);
  } catch (error) {
    throw new CliFailure(`Cannot read ${file}: ${(error as Error).message}`, 2, undefined, "file_unreadable");
  }
}
