import { describe, expect, it } from "vitest";
import {
  csvCell,
  csvDocument,
  csvRow,
  escapeHtml,
  escapeHtmlMultiline,
  escapeMarkdownCell,
  escapeMarkdownText,
  isFormulaLeading,
  neutraliseFormula,
} from "../../src/report/escape.js";

/** Whether a text has no lone surrogate (String.prototype.isWellFormed, without ES2024 types). */
const wellFormed = (text: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);


describe("formula neutralisation", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\uFF1D1", "\uFF0B1", "\uFF0D1", "\uFF201", " =1", "\n+1", "  @x"])("%j is formula-leading and gets an apostrophe", (text) => {
    expect(isFormulaLeading(text)).toBe(true);
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each(["", "a=1", "R-1", "'=1", " x", "5.1", "€5"])("%j is left alone", (text) => {
    expect(isFormulaLeading(text)).toBe(false);
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe("csvCell", () => {
  it("leaves plain text unquoted", () => expect(csvCell("plain text")).toBe("plain text"));
  it("quotes commas, quotes, CR and LF and doubles quotes", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvCell("a\rb")).toBe('"a\rb"');
  });
  it("neutralises and quotes a formula with a comma", () => expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"'));
  it("neutralises a leading carriage return and quotes it", () => expect(csvCell("\r=1")).toBe('"\'\r=1"'));
  it("writes numbers and booleans as they are, so a negative number stays a number", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(true)).toBe("true");
  });
  it("writes null and undefined as an empty cell", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });
});

describe("csvRow and csvDocument", () => {
  it("joins cells with commas and records with CRLF, including after the last", () => {
    expect(csvRow(["a", "b,c", undefined, 3])).toBe('a,"b,c",,3');
    expect(csvDocument([["h1", "h2"], ["x", "=y"]])).toBe("h1,h2\r\nx,'=y\r\n");
  });
  it("adds a byte order mark on request", () => {
    expect(csvDocument([["a"]], { bom: true })).toBe("\uFEFFa\r\n");
    expect(csvDocument([])).toBe("");
  });
});

describe("escapeHtml", () => {
  it("escapes the five markup characters", () => expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"));
  it("escapes an existing entity again, so text stays text", () => expect(escapeHtml("&amp;")).toBe("&amp;amp;"));
  it("replaces control characters but keeps tab and line breaks", () => expect(escapeHtml("a\u0000b\u007Fc\u0085d\te\nf")).toBe("a\uFFFDb\uFFFDc\uFFFDd\te\nf"));
  it("turns line breaks into <br> in multi-line text", () => expect(escapeHtmlMultiline("a<\r\nb\rc\nd")).toBe("a&lt;<br>b<br>c<br>d"));
});

describe("escapeMarkdownCell", () => {
  it("escapes pipes, backslashes, emphasis, code, links, strikethrough and math", () => {
    expect(escapeMarkdownCell("a|b\\c*d_e`f[g](h)~i$j")).toBe("a\\|b\\\\c\\*d\\_e\\`f\\[g\\](h)\\~i\\$j");
  });
  it("writes &, < and > as character references", () => expect(escapeMarkdownCell("<b>&amp;</b>")).toBe("&lt;b&gt;&amp;amp;&lt;/b&gt;"));
  it("turns line breaks into <br> so the row stays on one line", () => expect(escapeMarkdownCell("a\r\nb\nc")).toBe("a<br>b<br>c"));
  it("keeps plain text and ids readable", () => expect(escapeMarkdownCell("5.1 Policies - R-1 (OB-2): done.")).toBe("5.1 Policies - R-1 (OB-2): done."));
  it("leaves an empty text empty", () => expect(escapeMarkdownCell("")).toBe(""));
});

describe("escapeMarkdownText", () => {
  it.each([
    ["# not a heading", "\\# not a heading"],
    ["- not a list", "\\- not a list"],
    ["+ not a list", "\\+ not a list"],
    ["=== not a setext underline", "\\=== not a setext underline"],
    ["1. not a list", "1\\. not a list"],
    ["2) not a list", "2\\) not a list"],
    ["> not a quote", "&gt; not a quote"],
    ["    not code", "not code"],
  ])("%j is escaped as %j", (text, expected) => expect(escapeMarkdownText(text)).toBe(expected));

  it("keeps line breaks as hard breaks inside one paragraph", () => expect(escapeMarkdownText("one\n# two")).toBe("one\\\n\\# two"));
  it("escapes inline characters like a cell but keeps pipes harmless too", () => expect(escapeMarkdownText("a *b* | c")).toBe("a \\*b\\* \\| c"));
});

describe("characters a report must not pass through (issue 16)", () => {
  const INVISIBLE = ["\uFEFF", "\u200B", "\u00A0", "\u2060", "\u202F", "\u3000", "\u200D"];
  it.each(INVISIBLE.map((char) => [char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0"), char]))(
    "a CSV cell that starts with U+%s before = is neutralised",
    (_, char) => {
      expect(isFormulaLeading(`${char}=HYPERLINK("http://x")`)).toBe(true);
      expect(csvCell(`${char}=1+1`)).toBe(`'${char}=1+1`);
      expect(csvCell(`${char}${char}+1`)).toBe(`'${char}${char}+1`);
      expect(csvCell(`${char}text`)).toBe(`${char}text`);
    },
  );

  it("replaces lone surrogates and U+FFFE/U+FFFF with U+FFFD in HTML and Markdown, and keeps surrogate pairs", () => {
    expect(escapeHtml("a\uD800b")).toBe("a\uFFFDb");
    expect(escapeHtml("\uDC00x\uD83D")).toBe("\uFFFDx\uFFFD");
    expect(escapeHtml("\uFFFE\uFFFF")).toBe("\uFFFD\uFFFD");
    expect(escapeHtml("ok \u{1F600} ok")).toBe("ok \u{1F600} ok");
    expect(escapeMarkdownCell("a\uDBFFb")).toBe("a\uFFFDb");
    expect(escapeMarkdownText("\uDFFF")).toBe("\uFFFD");
    expect(wellFormed(escapeHtml("x\uD800"))).toBe(true);
  });
});
