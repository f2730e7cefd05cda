// An ISMS stored in PostgreSQL: one JSON document (jsonb) with its revision, an append-only
// change log and snapshots; saving with optimistic locking, a refused writer rebasing its
// commands on the other writer's entries, and the document rebuilt from the log.
// The guide is docs/database.md. Run: npm run build && node examples/database/store.mjs
// PostgreSQL here is PGlite (PostgreSQL in WebAssembly, a development dependency of this
// repository): the same SQL runs on a PostgreSQL server through `pg` or `postgres`.
// (This folder is not run by scripts/run-examples.mjs: the example is an ES module only.)
import { PGlite } from "@electric-sql/pglite";
import { applyIsmsCommand, parseIsms, rebaseCommands, replayChangeLog, revisionOf } from "isms";
import { createExampleIsms } from "isms/example";

const db = await PGlite.create();
await db.exec(`
  create table isms_documents (
    id text primary key,
    revision text not null,          -- revisionOf(body): the ETag
    seq integer not null,            -- the last change-log entry in body
    body jsonb not null,             -- the latest document
    updated_at timestamptz not null
  );
  create table isms_change_log (
    document_id text not null references isms_documents (id),
    seq integer not null,
    revision_before text not null,
    revision_after text not null,
    entry jsonb not null,            -- a ChangeLogEntry
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
`);

async function create(id, document, at) {
  const revision = revisionOf(document);
  await db.transaction(async (tx) => {
    await tx.query("insert into isms_documents values ($1, $2, 0, $3::jsonb, $4)", [id, revision, JSON.stringify(document), at]);
    await tx.query("insert into isms_snapshots values ($1, 0, $2, $3::jsonb)", [id, revision, JSON.stringify(document)]);
  });
}

// What a writer (an API request, a browser tab) reads: the document, its revision, its seq.
async function read(id) {
  const { rows } = await db.query("select body, revision, seq from isms_documents where id = $1", [id]);
  return { document: parseIsms(rows[0].body), revision: rows[0].revision, seq: rows[0].seq };
}

async function entriesSince(id, seq) {
  const { rows } = await db.query("select entry from isms_change_log where document_id = $1 and seq > $2 order by seq", [id, seq]);
  return rows.map((row) => row.entry);
}

// Saves the entries made on what was read, in one transaction, only if nobody saved since.
async function save(id, from, entries, at) {
  return db.transaction(async (tx) => {
    let document = from.document;
    let revision = from.revision;
    const rows = [];
    for (const [offset, entry] of entries.entries()) {
      document = replayChangeLog(document, [entry]);
      const after = revisionOf(document);
      rows.push([id, from.seq + offset + 1, revision, after, JSON.stringify(entry)]);
      revision = after;
    }
    const updated = await tx.query(
      "update isms_documents set revision = $1, seq = $2, body = $3::jsonb, updated_at = $4 where id = $5 and revision = $6",
      [revision, from.seq + entries.length, JSON.stringify(document), at, id, from.revision],
    );
    if (updated.affectedRows !== 1) return false; // someone saved first: nothing is written
    for (const row of rows) await tx.query("insert into isms_change_log values ($1, $2, $3, $4, $5::jsonb)", row);
    return true;
  });
}

// Applies commands to what was read; the first one checks the revision read (If-Match).
function change(from, commands, meta) {
  const entries = [];
  let document = from.document;
  for (const command of commands) {
    const result = applyIsmsCommand(document, command, { ...meta, expectedRevision: revisionOf(document) });
    if (!result.ok) throw new Error(result.error.map((found) => found.message).join(" "));
    if (result.value.entry) entries.push(result.value.entry);
    document = result.value.document;
  }
  return entries;
}

const short = (revision) => revision.slice(0, 12);
const ownerOf = (document, id) => document.risks.find((risk) => risk.id === id)?.owner;
const alice = { by: "CISO", at: "2026-11-30T09:00:00Z" };
const bob = { by: "IT Manager", at: "2026-11-30T09:01:00Z" };

await create("northwind", createExampleIsms(), alice.at);
const aliceRead = await read("northwind");
const bobRead = await read("northwind");
console.log(`Alice and Bob both read revision ${short(aliceRead.revision)}…`);

const aliceSaved = await save("northwind", aliceRead, change(aliceRead, [{ type: "entity.update", collection: "risks", id: "R-01", patch: { owner: "CFO" } }], alice), alice.at);
console.log(`Alice changes the owner of R-01: ${aliceSaved ? "saved" : "refused"}`);

const bobCommands = [
  { type: "entity.update", collection: "risks", id: "R-02", patch: { owner: "CTO" } },
  { type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" },
];
const bobSaved = await save("northwind", bobRead, change(bobRead, bobCommands, bob), bob.at);
console.log(`Bob changes R-02 and retires the printer: ${bobSaved ? "saved" : "refused, the revision he read is stale"}`);

// Bob's commands, rebased on what was saved since he read.
const latest = await read("northwind");
const theirs = await entriesSince("northwind", bobRead.seq);
const rebased = rebaseCommands(bobRead.document, theirs, bobCommands, { ...bob, expectedRevision: bobRead.revision });
if (!rebased.ok) throw new Error(rebased.error.map((rejection) => rejection.message).join("\n"));
console.log(`Rebased on ${theirs.length} entry of Alice's: ${(await save("northwind", latest, rebased.value.entries, bob.at)) ? "saved" : "refused"}`);

const final = await read("northwind");
console.log(`Now at ${short(final.revision)}…: R-01 owned by ${ownerOf(final.document, "R-01")}, R-02 by ${ownerOf(final.document, "R-02")}, printer ${final.document.assets.find((asset) => asset.id === "A-HW-PRINTER")?.status}`);

// A change to the same field: the rebase names the conflict and nothing is written.
const carolRead = bobRead;
const carolCommands = [{ type: "entity.update", collection: "risks", id: "R-01", patch: { owner: "Head of Engineering" } }];
const conflict = rebaseCommands(carolRead.document, await entriesSince("northwind", carolRead.seq), carolCommands, { by: "Head of Engineering", at: "2026-11-30T09:02:00Z" });
for (const rejection of conflict.ok ? [] : conflict.error) console.log(`Carol's change is rejected: ${rejection.code} at ${rejection.path.join(".")} (theirs ${JSON.stringify(rejection.theirs)}, hers ${JSON.stringify(rejection.mine)})`);

// The log is the history: it cannot be rewritten, and replayed from the snapshot it gives the stored document.
const refused = await db.query("delete from isms_change_log").then(() => "allowed", (error) => error.message);
console.log(`Deleting the log: ${refused}`);
const { rows } = await db.query("select body from isms_snapshots where document_id = 'northwind' order by seq desc limit 1");
const rebuilt = replayChangeLog(parseIsms(rows[0].body), await entriesSince("northwind", 0));
console.log(`Rebuilt from the snapshot and ${(await entriesSince("northwind", 0)).length} log entries: ${revisionOf(rebuilt) === final.revision ? "the same revision" : "a different revision"}`);

await db.close();
