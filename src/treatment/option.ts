import * as z from "zod";

/**
 * The four risk treatment options of ISO/IEC 27005 (6.1.3 a): `modify` (change likelihood
 * or consequence with controls), `retain` (keep the risk by an informed decision), `avoid`
 * (stop the activity that gives rise to the risk) and `share` (with another party, e.g. by
 * insurance or contract; accountability stays). Stored data always uses these four words.
 *
 * @category Treatment
 * @example
 * ```ts
 * TreatmentOptionSchema.options; // ["modify", "retain", "avoid", "share"]
 * ```
 */
export const TreatmentOptionSchema = z.enum(["modify", "retain", "avoid", "share"]);

/**
 * A risk treatment option.
 *
 * @category Treatment
 * @example
 * ```ts
 * const option: TreatmentOption = "modify";
 * ```
 */
export type TreatmentOption = z.infer<typeof TreatmentOptionSchema>;

/**
 * The words other tools and people use for the four options, each mapped to its option.
 * Keys are lower case; {@link normaliseTreatmentOption} also ignores case, surrounding white
 * space, a leading "risk " and `-`/`_`/space differences.
 *
 * @category Treatment
 * @example
 * ```ts
 * TREATMENT_OPTION_ALIASES.transfer; // "share"
 * ```
 */
export const TREATMENT_OPTION_ALIASES: Readonly<Record<string, TreatmentOption>> = Object.freeze({
  modify: "modify",
  modification: "modify",
  mitigate: "modify",
  mitigation: "modify",
  reduce: "modify",
  reduction: "modify",
  treat: "modify",
  remediate: "modify",
  remediation: "modify",
  control: "modify",
  retain: "retain",
  retention: "retain",
  accept: "retain",
  acceptance: "retain",
  tolerate: "retain",
  avoid: "avoid",
  avoidance: "avoid",
  terminate: "avoid",
  termination: "avoid",
  eliminate: "avoid",
  discontinue: "avoid",
  share: "share",
  sharing: "share",
  transfer: "share",
  insure: "share",
  insurance: "share",
  outsource: "share",
});

/**
 * Maps a treatment word from any tool or person to one of the four options: case-insensitive,
 * ignoring surrounding white space and a leading "risk " (so `"Risk modification"` works).
 * Idempotent: a canonical option maps to itself.
 *
 * @param word - e.g. `"Mitigate"`, `"transfer"`, `"risk retention"`
 * @returns the option, or `undefined` when the word is not known
 * @category Treatment
 * @example
 * ```ts
 * normaliseTreatmentOption("Transfer"); // "share"
 * normaliseTreatmentOption("ignore"); // undefined
 * ```
 */
export function normaliseTreatmentOption(word: string): TreatmentOption | undefined {
  const key = word
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .replace(/^risk /, "");
  return Object.hasOwn(TREATMENT_OPTION_ALIASES, key) ? TREATMENT_OPTION_ALIASES[key] : undefined;
}

/**
 * An input schema for importers and the CLI: accepts any alias of
 * {@link TREATMENT_OPTION_ALIASES} (any case) and outputs the canonical option. It is a zod
 * codec, not a transform, so `z.toJSONSchema` still works (the output side is the four-word
 * enum, the input side a string). Stored data is parsed with {@link TreatmentOptionSchema},
 * which accepts the canonical words only.
 *
 * @category Treatment
 * @example
 * ```ts
 * TreatmentOptionInputSchema.parse("Mitigate"); // "modify"
 * ```
 */
export const TreatmentOptionInputSchema = z.codec(z.string(), TreatmentOptionSchema, {
  decode: (word, ctx) => {
    const option = normaliseTreatmentOption(word);
    if (option === undefined) {
      ctx.issues.push({
        code: "custom",
        input: word,
        message: `"${word}" is not a treatment option; use modify, retain, avoid or share (or a common alias such as mitigate, accept, terminate, transfer)`,
      });
      return z.NEVER;
    }
    return option;
  },
  encode: (option) => option,
});

/**
 * The response types an OSCAL risk `response` is tagged with for export.
 *
 * @category Treatment
 * @example
 * ```ts
 * const type: OscalResponseType = "mitigate";
 * ```
 */
export type OscalResponseType = "mitigate" | "accept" | "avoid" | "share";

/**
 * The OSCAL response type of a treatment option, for export of risks and POA&M items:
 * modify → `mitigate`, retain → `accept`, avoid → `avoid`, share → `share`. OSCAL 1.2's JSON
 * Schema does not enumerate response types (a `response` has `lifecycle`
 * recommendation/planned/completed); exporters carry this value as a response prop.
 *
 * @param option - a treatment option
 * @returns the OSCAL response type
 * @category Treatment
 * @example
 * ```ts
 * toOscalResponseType("retain"); // "accept"
 * ```
 */
export function toOscalResponseType(option: TreatmentOption): OscalResponseType {
  switch (option) {
    case "modify":
      return "mitigate";
    case "retain":
      return "accept";
    case "avoid":
      return "avoid";
    case "share":
      return "share";
    /* v8 ignore next 4 */
    default: {
      const unreachable: never = option;
      return unreachable;
    }
  }
}
