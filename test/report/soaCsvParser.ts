/**
 * A strict RFC 4180 parser for the tests: records end with CRLF (the last one may or may
 * not), fields are either quoted (with "" for a quote, and any character including CR and
 * LF inside) or plain (no comma, quote, CR or LF). Anything else throws, as does a record
 * whose field count differs from the first. Plain fields may hold any non-ASCII character:
 * the renderers write UTF-8 (RFC 7111's relaxation of TEXTDATA).
 */
export function parseCsvStrict(text: string): string[][] {
  const records: string[][] = [];
  let index = 0;
  const fail = (why: string): never => {
    throw new Error(`invalid CSV at ${index}: ${why}`);
  };
  if (text === "") return records;
  while (index < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = "";
      if (text[index] === '"') {
        index += 1;
        for (;;) {
          if (index >= text.length) fail("unterminated quoted field");
          const char = text[index] as string;
          if (char === '"') {
            if (text[index + 1] === '"') {
              field += '"';
              index += 2;
              continue;
            }
            index += 1;
            break;
          }
          field += char;
          index += 1;
        }
      } else {
        while (index < text.length && !/[,"\r\n]/.test(text[index] as string)) {
          field += text[index];
          index += 1;
        }
        if (text[index] === '"') fail("quote inside a plain field");
      }
      record.push(field);
      if (text[index] === ",") {
        index += 1;
        continue;
      }
      if (text.startsWith("\r\n", index)) {
        index += 2;
        break;
      }
      if (index >= text.length) break;
      fail(`unexpected ${JSON.stringify(text[index])} after a field`);
    }
    if (records.length > 0 && record.length !== records[0]!.length) fail("field count differs from the header");
    records.push(record);
  }
  return records;
}
