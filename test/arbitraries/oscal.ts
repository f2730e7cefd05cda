import { fc } from "@fast-check/vitest";
import { CustomCatalogueSchema, type CustomCatalogue } from "../../src/catalogue/index.js";

// Ids never contain "_" and never start with it, so that making them OSCAL tokens ("/" → "_",
// a leading digit gets "_") cannot make two of them equal.
const idArb = fc
  .tuple(fc.constantFrom("A", "b", "Z", "1", "9", "x"), fc.stringMatching(/^[A-Za-z0-9.\-/]{0,6}$/))
  .map(([first, rest]) => `${first}${rest}`);

const textArb = fc.oneof(
  fc.constantFrom("Access control", "  padded  ", "two\nlines", "tab\tinside", "ünïcödé — “quotes”", "<b>&amp;</b>", "*markdown*"),
  fc.string({ minLength: 1, maxLength: 20 }),
).filter((text) => /\S/.test(text));

const propArb = fc.record(
  {
    name: fc.constantFrom("label", "sort-id", "owner", "tier level", "status"),
    value: textArb,
    ns: fc.constantFrom("urn:acme:props", "not a uri"),
    class: fc.constantFrom("x", "1 bad"),
  },
  { requiredKeys: ["name", "value"] },
);

/** Custom catalogues with nested groups, enhancements, awkward ids, titles and props; every one parses. */
export const oscalCustomCatalogueArb: fc.Arbitrary<CustomCatalogue> = fc
  .record({
    groupIds: fc.uniqueArray(idArb, { maxLength: 4 }),
    controlIds: fc.uniqueArray(idArb, { maxLength: 10 }),
    seed: fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
    titles: fc.array(textArb, { minLength: 14, maxLength: 14 }),
    props: fc.array(fc.array(propArb, { maxLength: 2 }), { minLength: 14, maxLength: 14 }),
    description: fc.option(textArb, { nil: undefined }),
  })
  .filter(({ groupIds, controlIds }) => groupIds.every((id) => !controlIds.includes(id)))
  .map(({ groupIds, controlIds, seed, titles, props, description }) => {
    const pick = (index: number, modulo: number): number => (seed[index % seed.length] ?? 0) % modulo;
    const groups = groupIds.map((id, index) => {
      const parent = index > 0 && pick(index, 2) === 0 ? groupIds[pick(index + 7, index)] : undefined;
      const groupProps = props[index] ?? [];
      return {
        id,
        title: titles[index] ?? id,
        ...(parent === undefined ? {} : { parent }),
        ...(groupProps.length === 0 ? {} : { props: groupProps }),
      };
    });
    const controls: { id: string; title: string; group?: string; parent?: string; description?: string; props?: unknown[] }[] = [];
    controlIds.forEach((id, index) => {
      const parent = index > 0 && pick(index + 11, 3) === 0 ? controls[pick(index + 13, index)] : undefined;
      const group = parent !== undefined ? parent.group : groupIds.length > 0 && pick(index + 17, 4) !== 0 ? groupIds[pick(index + 19, groupIds.length)] : undefined;
      const controlProps = props[(index + 4) % 14] ?? [];
      controls.push({
        id,
        title: titles[(index + 4) % 14] ?? id,
        ...(group === undefined ? {} : { group }),
        ...(parent === undefined ? {} : { parent: parent.id }),
        ...(index === 0 && description !== undefined ? { description } : {}),
        ...(controlProps.length === 0 ? {} : { props: controlProps }),
      });
    });
    return CustomCatalogueSchema.parse({ id: "generated", title: "Generated catalogue", groups, controls });
  });
