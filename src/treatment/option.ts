import * as z from "zod";
import { argumentError } from "../core/_internal/index.js";

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
 * const option: TreatmentOption = "retain";
 * toOscalResponseType(option); // "accept"
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
  try {
    const key = word
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, " ")
      .replace(/^risk /, "");
    return Object.hasOwn(TREATMENT_OPTION_ALIASES, key) ? TREATMENT_OPTION_ALIASES[key] : undefined;
  } catch (error) {
    throw argumentError("normaliseTreatmentOption", error);
  }
}

/**
 * A JSON Schema (ECMA-262) pattern matching exactly the words {@link normaliseTreatmentOption}
 * accepts, without flags: each letter as a class of both cases (and the Kelvin sign, which
 * lower-cases to "k"), optional surrounding white space and an optional "risk" prefix.
 */
function aliasPattern(): string {
  const letters = (word: string): string =>
    [...word].map((char) => `[${char.toUpperCase()}${char}${char === "k" ? "\\u212A" : ""}]`).join("");
  return `^\\s*(?:${letters("risk")}[\\s_-]+)?(?:${Object.keys(TREATMENT_OPTION_ALIASES).map(letters).join("|")})\\s*$`;
}

/** The input description: the canonical words, then each option's aliases. */
function describeAliases(): string {
  const byOption = TreatmentOptionSchema.options.map((option) => {
    const aliases = Object.keys(TREATMENT_OPTION_ALIASES).filter((alias) => alias !== option && TREATMENT_OPTION_ALIASES[alias] === option);
    return `${aliases.join(", ")} → ${option}`;
  });
  return `A risk treatment option: modify, retain, avoid or share. Common words are accepted and normalised to these on reading (case-insensitive; surrounding spaces, a leading "risk " and -/_ are ignored): ${byOption.join("; ")}.`;
}

/**
 * A treatment option as written by people and other tools: accepts any alias of
 * {@link TREATMENT_OPTION_ALIASES} (as {@link normaliseTreatmentOption} reads it: any case,
 * surrounding white space, a leading "risk ", `-`/`_`/space differences) and outputs the
 * canonical option, so parsed data always holds one of the four words and parsing it again
 * gives the same result. {@link TreatmentPlanSchema} uses it for `options`, so a document
 * whose plan says `"Mitigate"` parses to `"modify"`. It is a zod codec, not a transform, so
 * `z.toJSONSchema` still works: the output side is the four-word enum; the input side is a
 * string whose description lists the canonical words and the aliases, with the canonical
 * words as `examples` (editors offer them) and a `pattern` that matches exactly the accepted
 * words in any case. An unknown word fails with a message naming the four options.
 *
 * @category Treatment
 * @example
 * ```ts
 * TreatmentOptionInputSchema.parse("Mitigate"); // "modify"
 * TreatmentOptionInputSchema.parse("modify"); // "modify"
 * ```
 */
export const TreatmentOptionInputSchema = z.codec(
  // The pattern is metadata for the JSON Schema only; zod checks the word in `decode`, with a clearer message.
  z.string().meta({ description: describeAliases(), examples: [...TreatmentOptionSchema.options], pattern: aliasPattern() }),
  TreatmentOptionSchema,
  {
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
  },
);

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
