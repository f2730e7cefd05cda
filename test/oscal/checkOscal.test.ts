import { describe, expect, it } from "vitest";
import { ISMS_OSCAL_NS, checkOscal, exportCatalog } from "../../src/oscal/index.js";

const U1 = "6f1c2a4e-8b3d-4c5e-9f6a-1b2c3d4e5f60";
const U2 = "7a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d";
const metadata = { title: "T", "last-modified": "2026-01-01T00:00:00Z", version: "1", "oscal-version": "1.2.1" };
const statement = [{ name: "statement", prose: "Ours." }];

function codes(document: unknown): string[] {
  return checkOscal(document).map((found) => found.code);
}

describe("checkOscal", () => {
  it("accepts a sound export", () => {
    expect(checkOscal(exportCatalog("annex-a", { asOf: "2026-01-01" }))).toEqual([]);
  });

  it("reports something that is not an OSCAL document", () => {
    expect(codes(null)).toEqual(["not_an_oscal_document"]);
    expect(codes({ other: {} })).toEqual(["not_an_oscal_document"]);
  });

  it("reports empty arrays and strings, untrimmed strings and titles with line breaks", () => {
    const found = checkOscal({ catalog: { uuid: U1, metadata: { ...metadata, title: "Two\nlines", remarks: " padded" }, controls: [], groups: [{ title: "" }] } });
    expect(found.map((item) => [item.code, item.path.join("/")])).toEqual(
      expect.arrayContaining([
        ["multiline_title", "catalog/metadata/title"],
        ["untrimmed_string", "catalog/metadata/remarks"],
        ["empty_array", "catalog/controls"],
        ["empty_string", "catalog/groups/0/title"],
      ]),
    );
  });

  it("reports invalid tokens, uuids and timestamps", () => {
    const found = codes({
      catalog: { uuid: "not-a-uuid", metadata: { ...metadata, "last-modified": "2026-01-01T00:00:00" }, controls: [{ id: "5.1", title: "x", parts: statement, props: [{ name: "label", value: "5.1", class: "1x" }] }] },
    });
    expect(found).toEqual(expect.arrayContaining(["invalid_uuid", "invalid_timestamp", "invalid_token"]));
    expect(found.filter((code) => code === "invalid_token")).toHaveLength(2);
  });

  it("reports a version 7 uuid", () => {
    expect(codes({ catalog: { uuid: "01890a5d-ac96-774b-bcce-b302099a8057", metadata } })).toEqual(["invalid_uuid"]);
  });

  it("reports duplicate ids and uuids", () => {
    const found = codes({
      catalog: {
        uuid: U1,
        metadata,
        controls: [
          { id: "c1", title: "a", parts: statement },
          { id: "c1", title: "b", parts: statement },
        ],
        "back-matter": { resources: [{ uuid: U1 }] },
      },
    });
    expect(found).toEqual(["duplicate_id", "duplicate_uuid"]);
  });

  it("accepts a withdrawn control without statement, as NIST's constraint does", () => {
    const withdrawn = (value: string) => ({ catalog: { uuid: U1, metadata, controls: [{ id: "c", title: "C", props: [{ name: "status", value }] }] } });
    expect(codes(withdrawn("withdrawn"))).toEqual([]);
    expect(codes(withdrawn("Withdrawn"))).toEqual([]);
    expect(codes(withdrawn("active"))).toEqual(["control_without_statement"]);
  });

  it("reports a control without statement and a group with both groups and controls", () => {
    const found = codes({
      catalog: { uuid: U1, metadata, groups: [{ id: "g", title: "G", groups: [{ id: "h", title: "H" }], controls: [{ id: "c", title: "C" }] }] },
    });
    expect(found).toEqual(expect.arrayContaining(["group_with_groups_and_controls", "control_without_statement"]));
  });

  it("reports props without namespace that NIST does not define, and unknown ISMS props and namespaces", () => {
    const found = codes({
      catalog: {
        uuid: U1,
        metadata: {
          ...metadata,
          props: [
            { name: "theme", value: "People" },
            { name: "colour", ns: ISMS_OSCAL_NS, value: "red" },
            { name: "x", ns: `${ISMS_OSCAL_NS}/other`, value: "y" },
            { name: "x", ns: `${ISMS_OSCAL_NS}/custom`, value: "y" },
            { name: "label", value: "ok" },
            { name: "anything", ns: "urn:other", value: "ok" },
          ],
        },
      },
    });
    expect(found).toEqual(["prop_without_namespace", "unknown_isms_prop", "unknown_isms_namespace"]);
  });

  it("reports references that resolve to nothing", () => {
    const found = checkOscal({
      "system-security-plan": {
        uuid: U1,
        metadata: { ...metadata, roles: [{ id: "owner", title: "Owner" }], parties: [{ uuid: U2, type: "person", name: "Ann" }] },
        "import-profile": { href: "#nowhere" },
        "control-implementation": {
          description: "d",
          "implemented-requirements": [
            {
              uuid: "8b2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d",
              "control-id": "a-5.1",
              "responsible-roles": [{ "role-id": "boss", "party-uuids": [U2, "9c2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d"] }],
              "by-components": [{ "component-uuid": "ac2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d", uuid: "bc2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d", description: "x" }],
            },
          ],
        },
      },
    });
    expect(found.filter((item) => item.code === "unresolved_reference").map((item) => item.path.at(-1))).toEqual(["href", "role-id", 1, "component-uuid"]);
  });

  it("reports an implemented requirement without by-component and a party without uuid or type", () => {
    const found = codes({
      "system-security-plan": {
        uuid: U1,
        metadata: { ...metadata, parties: [{ name: "Ann" }] },
        "control-implementation": { description: "d", "implemented-requirements": [{ uuid: U2, "control-id": "a-5.1" }] },
      },
    });
    expect(found).toEqual(expect.arrayContaining(["party_without_uuid_or_type", "requirement_without_by_component"]));
  });

  it("reports an oscal-version other than 1.2.x", () => {
    expect(codes({ catalog: { uuid: U1, metadata: { ...metadata, "oscal-version": "1.1.2" } } })).toEqual(["unsupported_oscal_version"]);
    expect(codes({ catalog: { uuid: U1 } })).toEqual(["unsupported_oscal_version"]);
  });

  it("does not take system ids for tokens", () => {
    expect(codes({ "plan-of-action-and-milestones": { uuid: U1, metadata, "system-id": { "identifier-type": "https://ietf.org/rfc/rfc4122", id: U2 } } })).toEqual([]);
  });
});
