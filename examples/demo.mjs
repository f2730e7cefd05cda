// `npm run demo`: what the library does, on the built-in catalogue.
import { annexA, filterControls, isNewIn2022, listControlsByTheme } from "isms";

console.log("ISO/IEC 27001:2022 Annex A, by theme");
for (const theme of ["Organizational", "People", "Physical", "Technological"]) {
  const controls = listControlsByTheme(theme);
  console.log(`\n${theme} (${controls.length})`);
  for (const control of controls) console.log(`  ${control.id.padEnd(5)} ${control.title}${isNewIn2022(control.id) ? "  [new in 2022]" : ""}`);
}
const detective = filterControls({ controlTypes: ["Detective"], securityProperties: ["Availability"] });
console.log(`\nEvery detective control that protects availability: ${detective.map((control) => control.id).join(", ")}`);
console.log(`${annexA.filter((control) => isNewIn2022(control.id)).length} of ${annexA.length} controls are new in 2022.`);
