import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { DNS_NAMESPACE, URL_NAMESPACE, sha1, utf8Bytes, uuidV5 } from "../../src/oscal/_internal/uuid.js";

const hex = (bytes: readonly number[]): string => Buffer.from(bytes).toString("hex");

describe("uuidV5", () => {
  it("gives the RFC 4122 v5 UUID of www.example.com in the DNS namespace", () => {
    expect(uuidV5(DNS_NAMESPACE, "www.example.com")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("gives the known v5 UUID of python.org in the DNS namespace", () => {
    expect(uuidV5(DNS_NAMESPACE, "python.org")).toBe("886313e1-3b8a-5372-9b90-0c9aee199e5d");
  });

  it("gives the known v5 UUID of a URL in the URL namespace", () => {
    expect(uuidV5(URL_NAMESPACE, "http://python.org/")).toBe("4c565f0d-3f5a-5890-b41b-20cf47701c5e");
  });

  it("sets version 5 and the RFC 4122 variant", () => {
    expect(uuidV5(URL_NAMESPACE, "anything")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("rejects a namespace that is not a UUID", () => {
    expect(() => uuidV5("not-a-uuid", "x")).toThrow(TypeError);
  });
});

describe("sha1", () => {
  it("hashes the FIPS 180 test vectors", () => {
    expect(hex(sha1(utf8Bytes("abc")))).toBe("a9993e364706816aba3e25717850c26c9cd0d89d");
    expect(hex(sha1(utf8Bytes("")))).toBe("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    expect(hex(sha1(utf8Bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe(
      "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
    );
  });

  test.prop([fc.string({ unit: "grapheme", maxLength: 200 })], { numRuns: 200 })("agrees with node:crypto on any text", (text) => {
    expect(hex(sha1(utf8Bytes(text)))).toBe(createHash("sha1").update(text, "utf8").digest("hex"));
  });
});

describe("utf8Bytes", () => {
  test.prop([fc.string({ unit: "binary", maxLength: 50 })], { numRuns: 200 })("agrees with Buffer on any string, lone surrogates included", (text) => {
    expect(hex(utf8Bytes(text))).toBe(Buffer.from(text, "utf8").toString("hex"));
  });
});
