// OSCAL 1.2: export an ISMS to the formats GRC tools exchange, and import an OSCAL catalog
// as a custom catalogue beside Annex A.
import {
  ISMS_OSCAL_NS,
  checkOscal,
  exportCatalog,
  exportMappingCollection,
  exportOscal,
  importCatalog,
  oscalControlId,
  safeExportOscal,
} from "isms/oscal";
import { createStarterIsms, deriveIsmsSoa } from "isms";
import { createExampleIsms } from "isms/example";

const asOf = "2026-11-27T09:00:00Z";

// Annex A as an OSCAL catalog: one group per theme, attributes as props in our namespace.
const annexA = exportCatalog("annex-a", {
  asOf,
  organisation: "ACME Ltd",
  descriptions: [{ ref: "annex-a:5.7", description: "We read two threat feeds and review them every week." }],
});
const c57 = annexA.catalog.groups[0].controls.find((control) => control.id === oscalControlId("annex-a:5.7"));
console.log(`Annex A catalog: ${annexA.catalog.groups.map((group) => `${group.title} (${group.controls.length})`).join(", ")}`);
console.log(`  ${c57.id} "${c57.title}": ${c57.props.filter((prop) => prop.ns === ISMS_OSCAL_NS).map((prop) => `${prop.name}=${prop.value}`).join(", ")}`);
console.log(`  statement: ${c57.parts[0].prose}`);

// A starter has decided nothing yet: its SSP would claim nothing, so the export refuses and
// names the undecided controls instead of calling them excluded.
const starter = createStarterIsms({ organisation: "ACME Ltd", date: "2026-01-05" });
const refused = safeExportOscal(starter, "ssp", { asOf });
console.log(`\nStarter SSP: ${refused.ok ? "exported" : `refused (${refused.error[0].code}): ${refused.error[0].message.slice(0, 90)}…`}`);

// The whole ISMS document as an SSP (the Statement of Applicability) and the other models.
const isms = createExampleIsms();
const rows = deriveIsmsSoa(isms, "2026-11-27");
console.log(`SoA rows of ${isms.organisation.name}: ${rows.length}`);
for (const model of ["profile", "ssp", "assessment-results", "poam", "mapping"]) {
  const doc = exportOscal(isms, model, { asOf });
  const issues = checkOscal(doc);
  console.log(`  ${model}: ${JSON.stringify(doc).length} bytes of JSON, ${issues.length} constraint issues`);
}

// Same input, same bytes: uuids are version 5 from stable names.
console.log(`\nDeterministic: ${JSON.stringify(exportMappingCollection({ asOf })) === JSON.stringify(exportMappingCollection({ asOf }))}`);

// Import an OSCAL catalog (here a tiny one) as a custom catalogue, then export it back.
const imported = importCatalog({
  catalog: {
    uuid: "3f1c1a52-6b77-4b8a-9a5d-0a4e4c0c2f11",
    metadata: { title: "ACME cloud baseline", "last-modified": asOf, version: "v3", "oscal-version": "v1.1.2" },
    groups: [
      {
        id: "cld",
        title: "Cloud",
        controls: [
          { id: "cld-1", title: "Tenant isolation", controls: [{ id: "cld-1.1", title: "Isolation testing" }] },
          { id: "cld-2", title: "Customer data residency" },
        ],
      },
    ],
  },
});
if (!imported.ok) throw new Error(JSON.stringify(imported.error));
const catalogue = imported.value;
console.log(`\nImported "${catalogue.id}": ${catalogue.controls.map((c) => `${c.id}${c.parent ? ` (in ${c.parent})` : ""}`).join(", ")}`);
console.log(`Reference its controls as ${catalogue.id}:${catalogue.controls[1].id}`);
const back = exportCatalog(catalogue, { asOf });
console.log(`Re-exported: ${checkOscal(back).length} constraint issues`);
