import * as z from "zod";
import { AssetIdSchema, issue, type IsmsIssue } from "../../src/core/index.js";
import { ISMS_RECORD_KINDS, type RecordKind } from "../../src/document/index.js";

// A trivial record kind, added the way the checklist (docs/adding-a-record-kind.md) says:
// a schema, a validator and one registry entry. Nothing else in the library is touched;
// test/document/recordKinds.test.ts shows that every derived place picks it up.

/** A widget: an id, a name and the asset it runs on. */
export const WidgetSchema = z.strictObject({ id: z.string().min(1), name: z.string(), asset: AssetIdSchema });
export type Widget = z.infer<typeof WidgetSchema>;

/** Its validator: a widget should have a name. */
export function validateWidgets(widgets: readonly Widget[]): IsmsIssue[] {
  return widgets.flatMap((widget, index) => (widget.name.trim() === "" ? [issue("widget_without_name", `Widget ${widget.id} has no name.`, [index, "name"], "warning")] : []));
}

const widgets = {
  schema: WidgetSchema,
  key: ["id"],
  label: { one: "Widget", many: "widgets" },
  appendOnly: false,
  presence: "required",
  commands: true,
  references: [
    {
      path: ["asset"],
      target: { collection: "assets" },
      check: { code: "unknown_widget_asset", message: (asset, widget) => `Widget ${widget.id} runs on asset ${asset}, which does not exist.` },
    },
  ],
  unique: { code: "duplicate_widget_id", message: (widget) => `Widget ${widget.id} appears more than once.`, field: "id" },
  validate: (records) => validateWidgets(records),
} satisfies RecordKind<typeof WidgetSchema>;

/** The library's registry with the widgets added. */
export const WIDGET_KINDS = { ...ISMS_RECORD_KINDS, widgets };
