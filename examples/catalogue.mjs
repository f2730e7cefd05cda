// The Annex A catalogue: themes, the controls new in 2022, an attribute filter, and the
// correspondence with the 2013 edition.
import { annexA, filterControls, isNewIn2022, listControlsByTheme, predecessorsOf, successorsOf, toHashtag } from "isms";

for (const theme of ["Organizational", "People", "Physical", "Technological"]) {
  console.log(`${theme}: ${listControlsByTheme(theme).length} controls`);
}
console.log(`\nNew in 2022: ${annexA.filter((control) => isNewIn2022(control.id)).map((c) => `${c.id} ${c.title}`).join("; ")}`);

const detective = filterControls({ controlTypes: ["Detective"], securityProperties: ["Availability"] });
console.log(`\nDetective controls that protect availability (${toHashtag("Detective")} ${toHashtag("Availability")}):`);
for (const control of detective) console.log(`  ${control.id}  ${control.title}`);

console.log(`\n8.15 Logging came from ${predecessorsOf("8.15").join(", ")}`);
console.log(`A.9.4.2 became ${successorsOf("A.9.4.2").join(", ")}`);
