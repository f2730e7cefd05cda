import { Inflate } from "fflate";

// A look into an XLSX zip before any XML parser sees it: the central directory's declared
// sizes, then every part inflated as a stream and counted (a part that inflates beyond its
// declared size, or all parts beyond the limit, stops the count at once), and every XML part
// scanned for a document type declaration (the carrier of entity expansion, which no
// spreadsheet part needs). Nothing is kept but the part names.

/** Why a zip is refused. */
export type ZipProblem =
  | { readonly kind: "corrupt"; readonly detail: string }
  | { readonly kind: "encrypted" }
  | { readonly kind: "unsupported"; readonly detail: string }
  | { readonly kind: "too_large"; readonly declared: boolean; readonly bytes: number }
  | { readonly kind: "doctype"; readonly part: string }
  | { readonly kind: "too_many_rows"; readonly part: string };

/** What a sound zip holds. */
export interface ZipSummary {
  readonly names: readonly string[];
  readonly uncompressedBytes: number;
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 64 * 1024;
// "<!DOCTYPE" or "<!ENTITY", also with the NUL bytes of UTF-16 between the letters.
const DECLARATION = /<\0?!\0?(?:D\0?O\0?C\0?T\0?Y\0?P\0?E|E\0?N\0?T\0?I\0?T\0?Y)/i;
const latin1 = new TextDecoder("latin1");

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD) return at;
  }
  return -1;
}

function readEntries(bytes: Uint8Array): Entry[] | ZipProblem {
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) return { kind: "corrupt", detail: "it has no zip directory (the file is truncated or not a zip)" };
  const count = u16(bytes, end + 10);
  const directoryOffset = u32(bytes, end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) return { kind: "unsupported", detail: "it is a ZIP64 archive" };
  const entries: Entry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return { kind: "corrupt", detail: "its zip directory is damaged" };
    const nameLength = u16(bytes, at + 28);
    const entry: Entry = {
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) {
      return { kind: "unsupported", detail: "it is a ZIP64 archive" };
    }
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** Whether a text holds `<!DOCTYPE` or `<!ENTITY` (any case, also UTF-16): native searches for `<!`, the regex only there. */
function hasDeclaration(text: string): boolean {
  for (const opening of ["<!", "<\0!"]) {
    for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
      if (DECLARATION.test(text.slice(at, at + 20))) return true;
    }
  }
  return false;
}

/**
 * Counts the closing tags of row elements (`</row>`, `</x:row>`) that end after `from`: a row
 * with content ends with one; an empty, self-closing row holds no cell. Native searches only.
 */
function countRowEnds(text: string, from: number): number {
  let count = 0;
  for (let at = text.indexOf("row>"); at >= 0; at = text.indexOf("row>", at + 4)) {
    const before = text[at - 1];
    if (at + 4 > from && (before === "/" || (before === ":" && text.lastIndexOf("</", at) > text.lastIndexOf(">", at)))) count += 1;
  }
  return count;
}

function isWorksheet(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
}

function isXmlPart(name: string): boolean {
  return /\.(?:xml|rels|vml)$/i.test(name);
}

/** Inflates one part as a stream; returns its size, or a problem as soon as it is found. */
function inflatePart(
  bytes: Uint8Array,
  entry: Entry,
  budget: number,
  maxRows: number,
): number | ZipProblem {
  const local = entry.localOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL) return { kind: "corrupt", detail: `its part ${entry.name} is damaged` };
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) return { kind: "corrupt", detail: `its part ${entry.name} is truncated` };
  const scan = isXmlPart(entry.name);
  const countRows = isWorksheet(entry.name);
  let rows = 0;
  let produced = 0;
  let tail = "";
  let problem: ZipProblem | undefined;
  const look = (chunk: Uint8Array): void => {
    produced += chunk.length;
    if (produced > entry.size) {
      problem = { kind: "corrupt", detail: `its part ${entry.name} inflates beyond the size its directory declares` };
      return;
    }
    if (produced > budget) {
      problem = { kind: "too_large", declared: false, bytes: produced };
      return;
    }
    if (scan) {
      // The chunk alone, then the seam with the previous chunk's end (no copy of the chunk).
      const text = latin1.decode(chunk);
      const seam = tail + text.slice(0, 40);
      if (hasDeclaration(text) || hasDeclaration(seam)) problem = { kind: "doctype", part: entry.name };
      if (countRows) {
        rows += countRowEnds(text, 0) + countRowEnds(seam, tail.length) - countRowEnds(text.slice(0, 40), 0);
        if (rows > maxRows) problem = { kind: "too_many_rows", part: entry.name };
      }
      tail = text.length >= 40 ? text.slice(-40) : (tail + text).slice(-40);
    }
  };
  if (entry.method === 0) {
    look(data);
  } else if (entry.method === 8) {
    const inflater = new Inflate((chunk) => {
      if (problem === undefined) look(chunk);
    });
    try {
      for (let offset = 0; offset < data.length && problem === undefined; offset += CHUNK) {
        inflater.push(data.subarray(offset, offset + CHUNK), offset + CHUNK >= data.length);
      }
      if (data.length === 0) inflater.push(data, true);
    } catch {
      return { kind: "corrupt", detail: `its part ${entry.name} does not decompress` };
    }
  } else {
    return { kind: "unsupported", detail: `its part ${entry.name} uses compression method ${String(entry.method)}` };
  }
  if (problem !== undefined) return problem;
  if (produced !== entry.size) return { kind: "corrupt", detail: `its part ${entry.name} is not the size its directory declares` };
  return produced;
}

/**
 * Checks a zip before it is parsed: a sound directory, no encrypted part, declared sizes and
 * actual sizes within `maxUncompressedBytes`, no document type declaration in an XML part, no
 * worksheet with more than `maxRows` row elements that have content (a quick count, so that a
 * sheet of a million rows is refused before a parser builds them).
 */
export function inspectZip(bytes: Uint8Array, maxUncompressedBytes: number, maxRows: number): ZipSummary | ZipProblem {
  const entries = readEntries(bytes);
  if (!Array.isArray(entries)) return entries;
  let declared = 0;
  for (const entry of entries) {
    if ((entry.flags & 1) === 1) return { kind: "encrypted" };
    declared += entry.size;
  }
  if (declared > maxUncompressedBytes) return { kind: "too_large", declared: true, bytes: declared };
  let total = 0;
  for (const entry of entries) {
    const size = inflatePart(bytes, entry, maxUncompressedBytes - total, maxRows);
    if (typeof size !== "number") return size;
    total += size;
  }
  return { names: entries.map((entry) => entry.name), uncompressedBytes: total };
}

/**
 * The zip with every part's modification time set to 1980-01-01 00:00 (the earliest DOS time),
 * in place: a zip writer stamps the current time, and a pure writer gives the same bytes for
 * the same input.
 */
export function clearTimestamps(bytes: Uint8Array): Uint8Array {
  const entries = readEntries(bytes);
  if (!Array.isArray(entries)) return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(bytes);
  let at = u32(bytes, end + 16);
  for (const entry of entries) {
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, 0x21, true);
    view.setUint16(entry.localOffset + 10, 0, true);
    view.setUint16(entry.localOffset + 12, 0x21, true);
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return bytes;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value?.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => XML_ENTITIES[entity] ?? "");
}

/**
 * The name of the sheet a worksheet part holds, read from the workbook part and its
 * relationships (small parts, inflated alone), or `undefined` when they do not tell.
 */
export function sheetNameOfPart(bytes: Uint8Array, part: string): string | undefined {
  const entries = readEntries(bytes);
  if (!Array.isArray(entries)) return undefined;
  const text = (name: string): string | undefined => {
    const entry = entries.find((found) => found.name === name);
    if (entry === undefined || entry.size > 10 * 1024 * 1024) return undefined;
    const local = entry.localOffset;
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const chunks: Uint8Array[] = [];
    try {
      if (entry.method === 0) chunks.push(data);
      else new Inflate((chunk) => chunks.push(chunk)).push(data, true);
    } catch {
      return undefined;
    }
    return chunks.map((chunk) => new TextDecoder().decode(chunk, { stream: true })).join("");
  };
  const relations = text("xl/_rels/workbook.xml.rels") ?? "";
  const target = part.replace(/^xl\//, "");
  const id = [...relations.matchAll(/<Relationship\b[^>]*>/g)]
    .map((found) => found[0])
    .find((tag) => {
      const to = attribute(tag, "Target");
      return to === target || to === `/${part}`;
    });
  const relationId = id === undefined ? undefined : attribute(id, "Id");
  if (relationId === undefined) return undefined;
  const sheet = [...(text("xl/workbook.xml") ?? "").matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((found) => found[0]).find((tag) => attribute(tag, "r:id") === relationId);
  return sheet === undefined ? undefined : attribute(sheet, "name");
}
