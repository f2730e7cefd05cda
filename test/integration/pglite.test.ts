// The storage pattern of docs/database.md against a real PostgreSQL (PGlite, PostgreSQL in
// WebAssembly): one JSON document per ISMS with its revision, an append-only change log,
// snapshots, optimistic locking and the rebase of a refused writer. The SQL lives here and in
// examples/database/store.mjs only: the library itself stores nothing.
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyIsmsCommand,
  parseIsms,
  rebaseCommands,
  replayChangeLog,
  revisionOf,
  type ChangeLogEntry,
  type CommandMeta,
  type IsmsCommand,
  type IsmsDocument,
} from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";

const SCHEMA = `
create table isms_documents (
  id text primary key,
  revision text not null,
  seq integer not null,
  body jsonb not null,
  updated_at timestamptz not null
);
create table isms_change_log (
  document_id text not null references isms_documents (id),
  seq integer not null,
  revision_before text not null,
  revision_after text not null,
  entry jsonb not null,
  primary key (document_id, seq)
);
create function isms_change_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'isms_change_log is append-only: % is refused', tg_op;
end $$;
create trigger isms_change_log_append_only before update or delete on isms_change_log
  for each statement execute function isms_change_log_append_only();
create table isms_snapshots (
  document_id text not null references isms_documents (id),
  seq integer not null,
  revision text not null,
  body jsonb not null,
  primary key (document_id, seq)
);
`;

type Db = Pick<Transaction, "query">;

/** What a writer reads: the document, its revision (the ETag) and the sequence number of the last entry. */
interface Read {
  readonly document: IsmsDocument;
  readonly revision: string;
  readonly seq: number;
}

async function create(db: PGlite, id: string, document: IsmsDocument, at: string): Promise<void> {
  await db.transaction(async (tx) => {
    const revision = revisionOf(document);
    await tx.query("insert into isms_documents (id, revision, seq, body, updated_at) values ($1, $2, 0, $3::jsonb, $4)", [id, revision, JSON.stringify(document), at]);
    await tx.query("insert into isms_snapshots (document_id, seq, revision, body) values ($1, 0, $2, $3::jsonb)", [id, revision, JSON.stringify(document)]);
  });
}

async function read(db: Db, id: string): Promise<Read> {
  const { rows } = await db.query<{ body: unknown; revision: string; seq: number }>("select body, revision, seq from isms_documents where id = $1", [id]);
  const row = rows[0]!;
  return { document: parseIsms(row.body), revision: row.revision, seq: row.seq };
}

async function entriesSince(db: Db, id: string, seq: number): Promise<ChangeLogEntry[]> {
  const { rows } = await db.query<{ entry: ChangeLogEntry }>("select entry from isms_change_log where document_id = $1 and seq > $2 order by seq", [id, seq]);
  return rows.map((row) => row.entry);
}

/**
 * Saves the document after `entries` (made on `before`, read at `expected`) in one transaction:
 * the update holds only when the stored revision is still `expected`; otherwise nothing is
 * written and the save is refused.
 */
async function save(db: PGlite, id: string, expected: Read, entries: readonly ChangeLogEntry[], at: string): Promise<{ saved: boolean; revision: string }> {
  return db.transaction(async (tx) => {
    let current = expected.document;
    let revisionBefore = expected.revision;
    const rows: [number, string, string, ChangeLogEntry][] = [];
    for (const [offset, entry] of entries.entries()) {
      current = replayChangeLog(current, [entry]);
      const revisionAfter = revisionOf(current);
      rows.push([expected.seq + offset + 1, revisionBefore, revisionAfter, entry]);
      revisionBefore = revisionAfter;
    }
    const updated = await tx.query(
      "update isms_documents set revision = $1, seq = $2, body = $3::jsonb, updated_at = $4 where id = $5 and revision = $6 and seq = $7",
      [revisionBefore, expected.seq + entries.length, JSON.stringify(current), at, id, expected.revision, expected.seq],
    );
    if (updated.affectedRows !== 1) return { saved: false, revision: expected.revision };
    for (const [seq, before, after, entry] of rows) {
      await tx.query("insert into isms_change_log (document_id, seq, revision_before, revision_after, entry) values ($1, $2, $3, $4, $5::jsonb)", [id, seq, before, after, JSON.stringify(entry)]);
    }
    return { saved: true, revision: revisionBefore };
  });
}

/** The document rebuilt from the latest snapshot and the log after it. */
async function rebuild(db: Db, id: string): Promise<{ document: IsmsDocument; fromSeq: number }> {
  const { rows } = await db.query<{ body: unknown; seq: number }>("select body, seq from isms_snapshots where document_id = $1 order by seq desc limit 1", [id]);
  const snapshot = rows[0]!;
  return { document: replayChangeLog(parseIsms(snapshot.body), await entriesSince(db, id, snapshot.seq)), fromSeq: snapshot.seq };
}

async function snapshot(db: Db, id: string): Promise<void> {
  await db.query("insert into isms_snapshots (document_id, seq, revision, body) select id, seq, revision, body from isms_documents where id = $1", [id]);
}

/** Applies commands to what a writer read, with the revision it read as `expectedRevision`. */
function change(from: Read, commands: readonly IsmsCommand[], meta: CommandMeta): ChangeLogEntry[] {
  const entries: ChangeLogEntry[] = [];
  let document = from.document;
  for (const command of commands) {
    const result = applyIsmsCommand(document, command, { ...meta, expectedRevision: revisionOf(document) });
    if (!result.ok) throw new Error(result.error[0]?.message);
    if (result.value.entry !== undefined) entries.push(result.value.entry);
    document = result.value.document;
  }
  return entries;
}

const ownerOf = (document: IsmsDocument, id: string): string | undefined => document.risks.find((risk) => risk.id === id)?.owner;
const setOwner = (id: string, owner: string): IsmsCommand => ({ type: "entity.update", collection: "risks", id, patch: { owner } });
const alice: CommandMeta = { by: "CISO", at: "2026-11-30T09:00:00Z" };
const bob: CommandMeta = { by: "IT Manager", at: "2026-11-30T09:01:00Z" };

describe("an ISMS stored in PostgreSQL (PGlite)", () => {
  let db: PGlite;

  beforeAll(async () => {
    db = await PGlite.create();
    await db.exec(SCHEMA);
  }, 120_000);

  afterAll(async () => {
    await db.close();
  });

  it("stores the document and reads back the same revision", async () => {
    const document = createExampleIsms();
    await create(db, "stored", document, alice.at);
    const back = await read(db, "stored");
    expect(back.revision).toBe(revisionOf(document));
    expect(revisionOf(back.document)).toBe(back.revision);
    expect(back.seq).toBe(0);
  });

  it("refuses a save whose expected revision is no longer the stored one, and writes nothing", async () => {
    await create(db, "locked", createExampleIsms(), alice.at);
    const first = await read(db, "locked");
    expect((await save(db, "locked", first, change(first, [setOwner("R-01", "CFO")], alice), alice.at)).saved).toBe(true);
    // The same read again: its revision is stale now.
    const stale = await save(db, "locked", first, change(first, [setOwner("R-02", "CFO")], bob), bob.at);
    expect(stale.saved).toBe(false);
    const now = await read(db, "locked");
    expect(now.seq).toBe(1);
    expect(ownerOf(now.document, "R-02")).toBe(ownerOf(first.document, "R-02"));
    expect(await entriesSince(db, "locked", 0)).toHaveLength(1);
  });

  it("keeps the change log append-only", async () => {
    await create(db, "append", createExampleIsms(), alice.at);
    const first = await read(db, "append");
    await save(db, "append", first, change(first, [setOwner("R-01", "CFO")], alice), alice.at);
    await expect(db.query("update isms_change_log set entry = '{}'::jsonb where document_id = 'append'")).rejects.toThrow(/append-only/);
    await expect(db.query("delete from isms_change_log where document_id = 'append'")).rejects.toThrow(/append-only/);
    expect(await entriesSince(db, "append", 0)).toHaveLength(1);
  });

  it("rebuilds the stored document by replaying the log from a snapshot", async () => {
    await create(db, "replayed", createExampleIsms(), alice.at);
    let current = await read(db, "replayed");
    await save(db, "replayed", current, change(current, [setOwner("R-01", "CFO"), { type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" }], alice), alice.at);
    await snapshot(db, "replayed");
    current = await read(db, "replayed");
    await save(db, "replayed", current, change(current, [setOwner("R-02", "CTO")], bob), bob.at);
    const stored = await read(db, "replayed");
    const rebuilt = await rebuild(db, "replayed");
    expect(rebuilt.fromSeq).toBe(2);
    expect(revisionOf(rebuilt.document)).toBe(stored.revision);
    // From the first snapshot (the created document) the whole log replays to it too.
    const { rows } = await db.query<{ body: unknown }>("select body from isms_snapshots where document_id = 'replayed' and seq = 0");
    expect(revisionOf(replayChangeLog(parseIsms(rows[0]!.body), await entriesSince(db, "replayed", 0)))).toBe(stored.revision);
    // The log's revisions chain from one entry to the next.
    const log = await db.query<{ revision_before: string; revision_after: string }>("select revision_before, revision_after from isms_change_log where document_id = 'replayed' order by seq");
    expect(log.rows.slice(1).map((row) => row.revision_before)).toEqual(log.rows.slice(0, -1).map((row) => row.revision_after));
    expect(log.rows.at(-1)?.revision_after).toBe(stored.revision);
  });

  it("two writers race: the refused one rebases its commands on the other's entries and commits, nothing lost", async () => {
    await create(db, "race", createExampleIsms(), alice.at);
    const aliceRead = await read(db, "race");
    const bobRead = await read(db, "race");
    const bobCommands = [setOwner("R-02", "CTO"), { type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" } as const];
    expect((await save(db, "race", aliceRead, change(aliceRead, [setOwner("R-01", "CFO")], alice), alice.at)).saved).toBe(true);
    expect((await save(db, "race", bobRead, change(bobRead, bobCommands, bob), bob.at)).saved).toBe(false);

    const latest = await read(db, "race");
    const theirs = await entriesSince(db, "race", bobRead.seq);
    expect(theirs).toHaveLength(1);
    const rebased = rebaseCommands(bobRead.document, theirs, bobCommands, { ...bob, expectedRevision: bobRead.revision });
    if (!rebased.ok) throw new Error(rebased.error.map((rejection) => rejection.message).join(" "));
    expect((await save(db, "race", latest, rebased.value.entries, bob.at)).saved).toBe(true);

    const final = await read(db, "race");
    expect(final.revision).toBe(rebased.value.revision);
    expect(ownerOf(final.document, "R-01")).toBe("CFO");
    expect(ownerOf(final.document, "R-02")).toBe("CTO");
    expect(final.document.assets.find((asset) => asset.id === "A-HW-PRINTER")?.status).toBe("retired");
    const log = await entriesSince(db, "race", 0);
    expect(log.map((entry) => entry.by)).toEqual(["CISO", "IT Manager", "IT Manager"]);
    expect(revisionOf((await rebuild(db, "race")).document)).toBe(final.revision);
  });

  it("two writers race on the same field: the rebase is rejected and nothing is written", async () => {
    await create(db, "conflict", createExampleIsms(), alice.at);
    const aliceRead = await read(db, "conflict");
    const bobRead = await read(db, "conflict");
    expect((await save(db, "conflict", aliceRead, change(aliceRead, [setOwner("R-01", "CFO")], alice), alice.at)).saved).toBe(true);
    const bobCommands = [setOwner("R-01", "Head of Engineering")];
    expect((await save(db, "conflict", bobRead, change(bobRead, bobCommands, bob), bob.at)).saved).toBe(false);

    const latest = await read(db, "conflict");
    const rebased = rebaseCommands(bobRead.document, await entriesSince(db, "conflict", bobRead.seq), bobCommands, bob);
    expect(rebased.ok ? [] : rebased.error.map((rejection) => [rejection.code, rejection.path, rejection.theirs, rejection.mine])).toEqual([
      ["concurrent_change", ["risks", "R-01", "owner"], "CFO", "Head of Engineering"],
    ]);
    // Bob saves nothing: the stored document and its log are Alice's.
    const after = await read(db, "conflict");
    expect(after.revision).toBe(latest.revision);
    expect(await entriesSince(db, "conflict", 0)).toHaveLength(1);
    expect(ownerOf(after.document, "R-01")).toBe("CFO");
  });
});
