// Small hand-written OSCAL catalogs and profiles for the profile and mapping tests.

/** A catalog in SP 800-53's shape: two families, enhancements nested two deep, one loose control. */
export const SMALL_CATALOG = {
  catalog: {
    uuid: "0d9b1f43-8a51-4c0e-9f0e-3f8b0d6a2c11",
    metadata: { title: "Small catalog", "last-modified": "2026-11-27T00:00:00Z", version: "1", "oscal-version": "1.2.1" },
    groups: [
      {
        id: "ac",
        title: "Access control",
        controls: [
          { id: "ac-1", title: "Policy" },
          {
            id: "ac-2",
            title: "Account management",
            controls: [
              { id: "ac-2.1", title: "Automated account management", controls: [{ id: "ac-2.1.1", title: "Deeper enhancement" }] },
              { id: "ac-2.2", title: "Temporary accounts" },
            ],
          },
          { id: "ac-3", title: "Access enforcement" },
          { id: "ac-241", title: "A control whose id a careless glob of ac-2.1 would match" },
        ],
      },
      {
        id: "au",
        title: "Audit",
        controls: [
          { id: "au-1", title: "Policy" },
          { id: "au-2", title: "Event logging", controls: [{ id: "au-2.1", title: "Compilation" }] },
        ],
      },
    ],
    controls: [{ id: "x-1", title: "A loose control" }],
  },
};

/** Every control id of {@link SMALL_CATALOG}, in reading order. */
export const SMALL_IDS = ["ac-1", "ac-2", "ac-2.1", "ac-2.1.1", "ac-2.2", "ac-3", "ac-241", "au-1", "au-2", "au-2.1", "x-1"];

/** A second catalog with other ids (and one shared with the first). */
export const OTHER_CATALOG = {
  catalog: {
    uuid: "7c2f0e55-1d3a-4b7e-8e21-5a9c4d3b2f10",
    metadata: { title: "Other catalog", "last-modified": "2026-11-27T00:00:00Z", version: "1", "oscal-version": "1.2.1" },
    controls: [
      { id: "zz-1", title: "First" },
      { id: "ac-1", title: "Shares an id with the small catalog" },
      { id: "zz-2", title: "Second" },
    ],
  },
};

/** A profile document over the given imports, with optional other keys of the profile. */
export function profileOf(imports: unknown[], more: Record<string, unknown> = {}): { profile: Record<string, unknown> } {
  return {
    profile: {
      uuid: "3e6a1c2d-5b4f-4e8a-9c7d-1f2e3d4c5b6a",
      metadata: { title: "Test baseline", "last-modified": "2026-11-27T00:00:00Z", version: "2", "oscal-version": "1.2.1" },
      imports,
      ...more,
    },
  };
}

/** A `catalogs` callback over a table of hrefs, recording what it was asked. */
export function catalogsFrom(table: Record<string, unknown>): ((href: string) => unknown) & { asked: string[] } {
  const asked: string[] = [];
  const lookup = (href: string): unknown => {
    asked.push(href);
    return Object.hasOwn(table, href) ? table[href] : undefined;
  };
  return Object.assign(lookup, { asked });
}
