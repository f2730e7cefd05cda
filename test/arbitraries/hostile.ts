import { fc } from "@fast-check/vitest";

/** Strings an attacker or a careless user puts in free-text fields. */
export const HOSTILE_SAMPLES = [
  "<script>alert(1)</script>",
  "</td></tr></table><img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  "&amp;&lt;&#60;",
  "=HYPERLINK(\"http://evil\",\"x\")",
  "+1+1",
  "-2+3",
  "@SUM(A1)",
  "\t=1",
  "\r=1",
  " =1",
  "a|b|c",
  "[link](javascript:alert(1))",
  "![img](http://evil/x.png)",
  "line one\nline two\r\nline three",
  "\u202Eevil\u202C reversed",
  "\u0000\u0001\u0007\u001b[31mred",
  "`code` *bold* _it_ ~~s~~ $x$",
  "<!-- comment -->",
  "]]><![CDATA[",
  "x".repeat(5000),
] as const;

/** Hostile text: the samples, random strings with markup and formula characters, and mixes. Never blank. */
export const hostileTextArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(...HOSTILE_SAMPLES),
    fc.string({ unit: fc.constantFrom("<", ">", "&", '"', "'", "=", "+", "-", "@", "|", "\n", "\r", "\t", "\\", "`", "*", "[", "]", "a", " ", "\u202E", "\u0000"), maxLength: 40 }),
    fc.tuple(fc.constantFrom(...HOSTILE_SAMPLES), fc.string({ maxLength: 10 })).map(([a, b]) => `${a}${b}`),
    fc.string({ unit: "grapheme", maxLength: 30 }),
  )
  .map((text) => (/\S/.test(text) ? text : `${text}x`))
  .map((text) => text.replace(/^\s+|\s+$/g, "") || "x");
