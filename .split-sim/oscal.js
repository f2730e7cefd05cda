import {
  deriveIsmsSoa
} from "./chunk-CA6MCMCP.js";
import "./chunk-SVZQHCZ5.js";
import {
  actionStatusOn,
  isActionDone,
  isDecisionRevoked,
  isPlanApproved,
  toOscalResponseType
} from "./chunk-6RYXHNGR.js";
import "./chunk-G6GXFPNX.js";
import {
  ANNEX_A,
  ANNEX_A_2013,
  CustomCatalogueSchema,
  NEW_IN_2022,
  annexA,
  annexA2013,
  annexA2013Ref,
  annexARef,
  clauses,
  controlRef,
  correspondence,
  predecessorsOf,
  splitControlRef,
  successorsOf,
  validateCustomCatalogue
} from "./chunk-JXVDKXIR.js";
import {
  scoreRating
} from "./chunk-XQHOXAYO.js";
import "./chunk-Q6NTG3WM.js";
import {
  at,
  unknownEntity
} from "./chunk-Q7XSFGXC.js";
import {
  CatalogueIdSchema,
  IsmsError,
  argumentError,
  err,
  issue,
  ok
} from "./chunk-7Q37T3A7.js";

// src/oscal/namespace.ts
import * as z from "zod";
var ISMS_OSCAL_NS = "https://isms.dev/ns/oscal";
var OSCAL_VERSION = "1.2.1";
var IsmsOscalPropNameSchema = z.enum([
  "theme",
  "control-type",
  "security-property",
  "cybersecurity-concept",
  "operational-capability",
  "security-domain",
  "new-in-2022",
  "iso27002-title",
  "documented-information",
  "control-id",
  "group-id",
  "catalogue-id",
  "applicability",
  "withdrawn",
  "inclusion-reason",
  "implementation-status",
  "control-ref",
  "obligation-id",
  "last-reviewed",
  "evidence-date",
  "evidence-ref",
  "risk-id",
  "risk-status",
  "methodology",
  "category",
  "asset-id",
  "affected-property",
  "rating-layer",
  "treatment-option",
  "plan-id",
  "priority",
  "action-id",
  "action-status",
  "decision-id",
  "audit-id",
  "finding-id",
  "finding-grade",
  "nonconformity-id",
  "nonconformity-severity",
  "nonconformity-status"
]);
var OscalModelSchema = z.enum(["catalog", "profile", "ssp", "assessment-results", "poam", "mapping"]);
var OSCAL_MODELS = OscalModelSchema.options;

// src/oscal/_internal/tokens.ts
var TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;
function isToken(value) {
  return TOKEN.test(value);
}
function toToken(value) {
  if (isToken(value)) return value;
  const replaced = [...value].map((char) => /[\p{L}\p{N}._-]/u.test(char) ? char : "_").join("");
  return /^(\p{L}|_)/u.test(replaced) ? replaced : `_${replaced}`;
}
function sortId(label) {
  return label.split(".").map((segment) => /^\d+$/.test(segment) ? segment.padStart(2, "0") : segment).join(".");
}

// src/oscal/oscalControlId.ts
function oscalControlId(ref) {
  const parts = splitControlRef(ref);
  if (!parts) throw new IsmsError("invalid_argument", `"${ref}" is not a control reference "<catalogue>:<id>".`);
  if (parts.catalogue === ANNEX_A) return `a-${parts.id}`;
  if (parts.catalogue === ANNEX_A_2013) return `a2013-${parts.id.replace(/^A\./, "")}`;
  return toToken(parts.id);
}

// src/oscal/_internal/uuid.ts
function utf8Bytes(text2) {
  const bytes = [];
  for (let index = 0; index < text2.length; index += 1) {
    let code = text2.charCodeAt(index);
    if (code >= 55296 && code <= 56319) {
      const next = index + 1 < text2.length ? text2.charCodeAt(index + 1) : 0;
      if (next >= 56320 && next <= 57343) {
        code = 65536 + (code - 55296 << 10) + (next - 56320);
        index += 1;
      } else {
        code = 65533;
      }
    } else if (code >= 56320 && code <= 57343) {
      code = 65533;
    }
    if (code < 128) bytes.push(code);
    else if (code < 2048) bytes.push(192 | code >> 6, 128 | code & 63);
    else if (code < 65536) bytes.push(224 | code >> 12, 128 | code >> 6 & 63, 128 | code & 63);
    else bytes.push(240 | code >> 18, 128 | code >> 12 & 63, 128 | code >> 6 & 63, 128 | code & 63);
  }
  return bytes;
}
function rotl(value, bits) {
  return (value << bits | value >>> 32 - bits) >>> 0;
}
function sha1(message) {
  const bitLength = message.length * 8;
  const padded = [...message, 128];
  while (padded.length % 64 !== 56) padded.push(0);
  const high = Math.floor(bitLength / 4294967296);
  const low = bitLength >>> 0;
  padded.push(high >>> 24 & 255, high >>> 16 & 255, high >>> 8 & 255, high & 255);
  padded.push(low >>> 24 & 255, low >>> 16 & 255, low >>> 8 & 255, low & 255);
  let h0 = 1732584193;
  let h1 = 4023233417;
  let h2 = 2562383102;
  let h3 = 271733878;
  let h4 = 3285377520;
  const w = new Array(80);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let t = 0; t < 16; t += 1) {
      const i = offset + t * 4;
      w[t] = (at(padded, i) << 24 | at(padded, i + 1) << 16 | at(padded, i + 2) << 8 | at(padded, i + 3)) >>> 0;
    }
    for (let t = 16; t < 80; t += 1) {
      w[t] = rotl(at(w, t - 3) ^ at(w, t - 8) ^ at(w, t - 14) ^ at(w, t - 16), 1);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let t = 0; t < 80; t += 1) {
      let f;
      let k;
      if (t < 20) {
        f = b & c | ~b & d;
        k = 1518500249;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 1859775393;
      } else if (t < 60) {
        f = b & c | b & d | c & d;
        k = 2400959708;
      } else {
        f = b ^ c ^ d;
        k = 3395469782;
      }
      const temp = rotl(a, 5) + (f >>> 0) + e + k + at(w, t) >>> 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    h0 = h0 + a >>> 0;
    h1 = h1 + b >>> 0;
    h2 = h2 + c >>> 0;
    h3 = h3 + d >>> 0;
    h4 = h4 + e >>> 0;
  }
  const digest = [];
  for (const word of [h0, h1, h2, h3, h4]) digest.push(word >>> 24 & 255, word >>> 16 & 255, word >>> 8 & 255, word & 255);
  return digest;
}
var UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function uuidBytes(uuid) {
  if (!UUID_PATTERN.test(uuid)) throw new TypeError(`"${uuid}" is not a UUID`);
  const hex = uuid.replace(/-/g, "");
  const bytes = [];
  for (let index = 0; index < 32; index += 2) bytes.push(Number.parseInt(hex.slice(index, index + 2), 16));
  return bytes;
}
function uuidV5(namespace, name) {
  const digest = sha1([...uuidBytes(namespace), ...utf8Bytes(name)]).slice(0, 16);
  digest[6] = at(digest, 6) & 15 | 80;
  digest[8] = at(digest, 8) & 63 | 128;
  const hex = digest.map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
var URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

// src/oscal/_internal/build.ts
function compact(value) {
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === void 0) continue;
    if (Array.isArray(item) && item.length === 0) continue;
    out[key] = item;
  }
  return out;
}
function text(value) {
  const trimmed = value?.trim();
  return trimmed ? trimmed : void 0;
}
function line(value) {
  const collapsed = value?.replace(/\s+/g, " ").trim();
  return collapsed ? collapsed : void 0;
}
function titleOr(value, fallback) {
  const single = (found) => found?.replace(/\s*[\r\n\u2028\u2029]+\s*/gu, " ").trim() || void 0;
  return single(value) ?? single(fallback) ?? "-";
}
function lineOr(value, fallback) {
  return line(value) ?? line(fallback) ?? "-";
}
function ownProp(name, value, cls) {
  return compact({ name, ns: ISMS_OSCAL_NS, value: lineOr(value, "-"), class: cls });
}
function nistProp(name, value) {
  return { name, value: lineOr(value, "-") };
}
var ROOT_NAMESPACE = uuidV5(URL_NAMESPACE, ISMS_OSCAL_NS);
function uuidFactory(model, organisation) {
  const namespace = organisation === void 0 ? ROOT_NAMESPACE : uuidV5(ROOT_NAMESPACE, `organisation/${organisation}`);
  return (kind, id) => uuidV5(namespace, id === void 0 ? `${model}/${kind}` : `${model}/${kind}/${id}`);
}
var DATE_TIME = /^(((2000|2400|2800|(19|2[0-9](0[48]|[2468][048]|[13579][26])))-02-29)|(((19|2[0-9])[0-9]{2})-02-(0[1-9]|1[0-9]|2[0-8]))|(((19|2[0-9])[0-9]{2})-(0[13578]|10|12)-(0[1-9]|[12][0-9]|3[01]))|(((19|2[0-9])[0-9]{2})-(0[469]|11)-(0[1-9]|[12][0-9]|30)))T(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])(\.[0-9]+)?(Z|(-((0[0-9]|1[0-2]):00|0[39]:30)|\+((0[0-9]|1[0-4]):00|(0[34569]|10):30|(0[58]|12):45)))$/;
function timestamp(asOf) {
  const value = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T00:00:00Z` : asOf;
  if (!DATE_TIME.test(value)) {
    throw new IsmsError("invalid_date", `"${asOf}" is not a date (YYYY-MM-DD) or a date-time with a time zone (\u2026Z or \xB1hh:mm).`);
  }
  return value;
}
function isOscalDateTime(value) {
  return DATE_TIME.test(value);
}
var PLACEHOLDER_PREFIX = "Placeholder for the organisation's own description";

// src/oscal/_internal/controlIds.ts
var builtInIds;
function reservedIds() {
  builtInIds ??= /* @__PURE__ */ new Set([
    ...annexA.map((control) => oscalControlId(controlRef(ANNEX_A, control.id))),
    ...annexA2013.map((control) => oscalControlId(controlRef(ANNEX_A_2013, control.id))),
    ...clauses.map((clause) => `clause-${clause.id}`)
  ]);
  return builtInIds;
}
function controlIdResolver(catalogues, refs = []) {
  const taken = new Set(reservedIds());
  const ids = /* @__PURE__ */ new Map();
  const assign = (members) => {
    const users = /* @__PURE__ */ new Map();
    for (const [catalogue, controlIds] of members) {
      for (const id of controlIds) users.set(toToken(id), (users.get(toToken(id)) ?? /* @__PURE__ */ new Set()).add(catalogue));
    }
    for (const [catalogue, controlIds] of members) {
      for (const id of controlIds) {
        const ref = controlRef(catalogue, id);
        if (ids.has(ref)) continue;
        const token = toToken(id);
        const base = taken.has(token) || (users.get(token)?.size ?? 0) > 1 ? toToken(`${catalogue}.${id}`) : token;
        let candidate = base;
        for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
        taken.add(candidate);
        ids.set(ref, candidate);
      }
    }
  };
  const known = /* @__PURE__ */ new Map();
  for (const catalogue of catalogues) {
    if (catalogue.id === ANNEX_A || catalogue.id === ANNEX_A_2013 || known.has(catalogue.id)) continue;
    known.set(
      catalogue.id,
      catalogue.controls.map((control) => control.id)
    );
  }
  assign(known);
  const others = /* @__PURE__ */ new Map();
  for (const ref of refs) {
    const parts = splitControlRef(ref);
    if (!parts || parts.catalogue === ANNEX_A || parts.catalogue === ANNEX_A_2013 || ids.has(controlRef(parts.catalogue, parts.id))) continue;
    others.set(parts.catalogue, [...others.get(parts.catalogue) ?? [], parts.id]);
  }
  assign(others);
  return (ref) => ids.get(ref) ?? oscalControlId(ref);
}

// src/oscal/_internal/nist.ts
var NIST_PROP_NAMES = /* @__PURE__ */ new Set([
  "label",
  "sort-id",
  "alt-identifier",
  "alt-label",
  "status",
  "state",
  "marking",
  "keywords",
  "version",
  "published",
  "type",
  "method",
  "priority",
  "false-positive",
  "operational-requirement",
  "accepted-risk",
  "risk-adjusted",
  "resolution-tool",
  "resolution-timestamp",
  "source-profile-uuid",
  "implementation-point",
  "leveraged-authorization-uuid",
  "inherited-uuid",
  "asset-type",
  "asset-id",
  "asset-tag",
  "public",
  "virtual",
  "allows-authenticated-scan",
  "is-scanned",
  "function",
  "ipv4-address",
  "ipv6-address",
  "fqdn",
  "uri",
  "serial-number",
  "netbios-name",
  "mac-address",
  "vendor-name",
  "model",
  "patch-level",
  "software-identifier",
  "hardware-model",
  "os-name",
  "os-version",
  "physical-location",
  "baseline-configuration-name",
  "privilege-level",
  "release-date",
  "validation-type",
  "validation-reference",
  "deployment-model",
  "cloud-deployment-model",
  "cloud-service-model",
  "identity-assurance-level",
  "authenticator-assurance-level",
  "federation-assurance-level",
  "privacy-designation",
  "mail-stop",
  "office",
  "job-title",
  "contact-type"
]);
var OSCAL_NS = "http://csrc.nist.gov/ns/oscal";
var CUSTOM_PROP_NS = `${ISMS_OSCAL_NS}/custom`;
var URI = /^[a-zA-Z][a-zA-Z0-9+\-.]+:.+$/;

// src/oscal/_internal/withdrawn.ts
function isWithdrawn(control) {
  if (control.withdrawn === true) return true;
  return (control.props ?? []).some(
    (prop) => prop.name === "status" && (prop.ns === void 0 || prop.ns === OSCAL_NS) && prop.value.trim().toLowerCase() === "withdrawn"
  );
}
function withdrawnRefs(catalogues) {
  return new Set(catalogues.flatMap((catalogue) => catalogue.controls.filter(isWithdrawn).map((control) => controlRef(catalogue.id, control.id))));
}

// src/oscal/exportCatalog.ts
var THEME_GROUPS = [
  { theme: "Organizational", id: "organizational", label: "5", title: "Organizational controls" },
  { theme: "People", id: "people", label: "6", title: "People controls" },
  { theme: "Physical", id: "physical", label: "7", title: "Physical controls" },
  { theme: "Technological", id: "technological", label: "8", title: "Technological controls" }
];
var ATTRIBUTE_PROPS = [
  ["controlTypes", "control-type"],
  ["securityProperties", "security-property"],
  ["cybersecurityConcepts", "cybersecurity-concept"],
  ["operationalCapabilities", "operational-capability"],
  ["securityDomains", "security-domain"]
];
var NO_ISO_TEXT = "Ids, titles and ISO/IEC 27002:2022 attribute values only: this catalog holds no text of the ISO standards. Each statement part holds the organisation's own description, or a placeholder for it.";
function placeholder(label) {
  return `${PLACEHOLDER_PREFIX} of how it meets ${label}.`;
}
function textParts(id, label, description, guidance) {
  const parts = [{ id: `${id}_smt`, name: "statement", prose: text(description) ?? placeholder(label) }];
  const guidanceText = text(guidance);
  if (guidanceText !== void 0) parts.push({ id: `${id}_gdn`, name: "guidance", prose: guidanceText });
  return parts;
}
function descriptionsByRef(descriptions) {
  return new Map((descriptions ?? []).map((description) => [description.ref, description]));
}
function annexAControl(control, descriptions) {
  const id = oscalControlId(controlRef(ANNEX_A, control.id));
  const own = descriptions.get(controlRef(ANNEX_A, control.id));
  const props = [nistProp("label", control.id), nistProp("sort-id", sortId(control.id)), ownProp("theme", control.theme)];
  for (const [kind, name] of ATTRIBUTE_PROPS) {
    for (const value of control.attributes[kind]) props.push(ownProp(name, value));
  }
  props.push(ownProp("new-in-2022", NEW_IN_2022.includes(control.id) ? "true" : "false"));
  if (control.title27002 !== void 0) props.push(ownProp("iso27002-title", control.title27002));
  return {
    id,
    class: "iso27001-annex-a",
    title: control.title,
    props,
    parts: textParts(id, control.id, own?.description, own?.guidance)
  };
}
function clauseControl(clause, children, descriptions) {
  const id = `clause-${clause.id}`;
  const label = clause.kind === "item" ? clause.id.replace(/\.([a-z])$/, " $1)") : clause.id;
  const own = descriptions.get(`clauses:${clause.id}`);
  const props = [nistProp("label", label), nistProp("sort-id", sortId(clause.id))];
  if (clause.documentedInformation !== void 0) props.push(ownProp("documented-information", clause.documentedInformation));
  const nested = children.filter((child) => child.parent === clause.id);
  return compact({
    id,
    class: clause.kind === "item" ? "iso27001-clause-item" : "iso27001-clause",
    title: lineOr(clause.title, clause.id),
    props,
    parts: textParts(id, clause.id, own?.description, own?.guidance),
    controls: nested.map((child) => clauseControl(child, children, descriptions))
  });
}
function customProps(props) {
  return (props ?? []).map((prop) => {
    const name = toToken(lineOr(prop.name, "prop"));
    const ns = prop.ns !== void 0 && URI.test(prop.ns) ? prop.ns : NIST_PROP_NAMES.has(name) && prop.ns === void 0 ? void 0 : CUSTOM_PROP_NS;
    return compact({ name, ns, value: lineOr(prop.value, "-"), class: prop.class === void 0 ? void 0 : toToken(lineOr(prop.class, "class")) });
  });
}
function customControl(control, tree) {
  const ref = controlRef(tree.catalogue.id, control.id);
  const id = tree.idOf(ref);
  const own = tree.descriptions.get(ref);
  const withdrawn = isWithdrawn(control);
  const props = customProps(withdrawn ? control.props?.filter((prop) => !(prop.name === "status" && (prop.ns === void 0 || prop.ns === OSCAL_NS))) : control.props);
  if (!props.some((prop) => prop.name === "label" && prop.ns === void 0)) props.unshift(nistProp("label", control.id));
  if (withdrawn) props.push(nistProp("status", "withdrawn"));
  if (id !== control.id) props.push(ownProp("control-id", control.id));
  for (const [kind, values] of Object.entries(control.attributes ?? {})) {
    for (const value of values) props.push(ownProp("control-type", value, toToken(kind)));
  }
  const description = own?.description ?? control.description;
  const guidance = own?.guidance ?? control.guidance;
  const parts = withdrawn && text(description) === void 0 && text(guidance) === void 0 ? void 0 : textParts(id, lineOr(control.id, id), description, guidance);
  return compact({
    id,
    title: titleOr(control.title, control.id),
    props,
    parts,
    controls: (tree.childrenOf.get(control.id) ?? []).map((child) => customControl(child, tree))
  });
}
function customCatalogBody(catalogue, descriptions, idOf) {
  const controlIds = new Set(catalogue.controls.map((control) => control.id));
  const childrenOf = /* @__PURE__ */ new Map();
  const topLevel = [];
  for (const control of catalogue.controls) {
    if (control.parent !== void 0 && control.parent !== control.id && controlIds.has(control.parent)) {
      childrenOf.set(control.parent, [...childrenOf.get(control.parent) ?? [], control]);
    } else {
      topLevel.push(control);
    }
  }
  const tree = { catalogue, descriptions, childrenOf, idOf };
  const groups = catalogue.groups ?? [];
  const groupIds = new Set(groups.map((group) => group.id));
  const subGroupsOf = /* @__PURE__ */ new Map();
  const rootGroups = [];
  for (const group of groups) {
    if (group.parent !== void 0 && group.parent !== group.id && groupIds.has(group.parent)) {
      subGroupsOf.set(group.parent, [...subGroupsOf.get(group.parent) ?? [], group]);
    } else {
      rootGroups.push(group);
    }
  }
  const controlsOf = /* @__PURE__ */ new Map();
  const ungrouped = [];
  for (const control of topLevel) {
    if (control.group !== void 0 && groupIds.has(control.group)) controlsOf.set(control.group, [...controlsOf.get(control.group) ?? [], control]);
    else ungrouped.push(control);
  }
  const visiting = /* @__PURE__ */ new Set();
  const toGroup = (group) => {
    visiting.add(group.id);
    const id = toToken(group.id);
    const props = customProps(group.props);
    if (id !== group.id) props.push(ownProp("group-id", group.id));
    const subGroups = (subGroupsOf.get(group.id) ?? []).filter((sub) => !visiting.has(sub.id)).map(toGroup);
    const controls = (controlsOf.get(group.id) ?? []).map((control) => customControl(control, tree));
    if (subGroups.length > 0 && controls.length > 0) {
      subGroups.unshift({ id: `${id}-controls`, title: titleOr(group.title, group.id), props: [ownProp("group-id", group.id)], controls });
      return compact({ id, title: titleOr(group.title, group.id), props, groups: subGroups });
    }
    return compact({ id, title: titleOr(group.title, group.id), props, groups: subGroups, controls });
  };
  return { groups: rootGroups.map(toGroup), controls: ungrouped.map((control) => customControl(control, tree)) };
}
function exportCatalog(source, options) {
  try {
    const lastModified = timestamp(options.asOf);
    const descriptions = descriptionsByRef(options.descriptions);
    const key = typeof source === "string" ? source : source.id;
    const uuid = uuidFactory("catalog", options.organisation)("catalog", key);
    let title;
    let version;
    let groups = [];
    let controls = [];
    if (source === ANNEX_A) {
      title = "ISO/IEC 27001:2022 Annex A controls";
      version = "2022";
      groups = THEME_GROUPS.map((group) => ({
        id: group.id,
        class: "theme",
        title: group.title,
        props: [nistProp("label", group.label), nistProp("sort-id", sortId(group.label)), ownProp("theme", group.theme)],
        controls: annexA.filter((control) => control.theme === group.theme).map((control) => annexAControl(control, descriptions))
      }));
    } else if (source === ANNEX_A_2013) {
      title = "ISO/IEC 27001:2013 Annex A controls";
      version = "2013";
      const sections = [...new Set(annexA2013.map((control) => control.id.split(".").slice(0, 2).join(".")))];
      groups = sections.map((section) => ({
        id: `a2013-${section.slice(2)}`,
        class: "section",
        title: `Annex A section ${section}`,
        props: [nistProp("label", section), nistProp("sort-id", sortId(section.slice(2)))],
        controls: annexA2013.filter((control) => control.id.startsWith(`${section}.`)).map((control) => {
          const id = oscalControlId(controlRef(ANNEX_A_2013, control.id));
          const own = descriptions.get(controlRef(ANNEX_A_2013, control.id));
          return {
            id,
            class: "iso27001-2013-annex-a",
            title: control.title,
            props: [nistProp("label", control.id), nistProp("sort-id", sortId(control.id.slice(2)))],
            parts: textParts(id, control.id, own?.description, own?.guidance)
          };
        })
      }));
    } else if (source === "clauses") {
      title = "ISO/IEC 27001:2022 clauses 4 to 10";
      version = "2022";
      const below = clauses.filter((clause) => clause.kind !== "clause");
      groups = clauses.filter((clause) => clause.kind === "clause").map((clause) => ({
        id: `clause-${clause.id}`,
        class: "clause",
        title: clause.title,
        props: [nistProp("label", clause.id), nistProp("sort-id", sortId(clause.id))],
        controls: below.filter((child) => child.parent === clause.id).map((child) => clauseControl(child, below, descriptions))
      }));
    } else {
      title = titleOr(source.title, source.id);
      version = lineOr(source.version, "1");
      const known = options.catalogues ?? [];
      const all = known.some((catalogue) => catalogue.id === source.id) ? known.map((catalogue) => catalogue.id === source.id ? source : catalogue) : [...known, source];
      ({ groups, controls } = customCatalogBody(source, descriptions, controlIdResolver(all)));
    }
    const metadata = compact({
      title: titleOr(options.title, title),
      "last-modified": lastModified,
      version: lineOr(options.version, version),
      "oscal-version": OSCAL_VERSION,
      props: [ownProp("catalogue-id", key)],
      remarks: typeof source === "string" ? NO_ISO_TEXT : void 0
    });
    return { catalog: compact({ uuid, metadata, controls, groups }) };
  } catch (error) {
    throw argumentError("exportCatalog", error);
  }
}

// src/oscal/exportProfile.ts
function catalogueTitle(id, catalogues) {
  if (id === ANNEX_A) return "ISO/IEC 27001:2022 Annex A controls";
  if (id === ANNEX_A_2013) return "ISO/IEC 27001:2013 Annex A controls";
  return lineOr(catalogues.find((catalogue) => catalogue.id === id)?.title, id);
}
function exportProfile(controls, options) {
  try {
    const lastModified = timestamp(options.asOf);
    if (controls.length === 0) throw new IsmsError("invalid_argument", "A profile selects at least one control.");
    const uuid = uuidFactory("profile", options.organisation);
    const catalogues = options.catalogues ?? [];
    const idOf = controlIdResolver(catalogues, controls);
    const byCatalogue = /* @__PURE__ */ new Map();
    for (const ref of controls) {
      const parts = splitControlRef(ref);
      if (!parts) throw new IsmsError("invalid_argument", `"${ref}" is not a control reference "<catalogue>:<id>".`);
      const ids = byCatalogue.get(parts.catalogue) ?? [];
      const id = idOf(ref);
      if (!ids.includes(id)) ids.push(id);
      byCatalogue.set(parts.catalogue, ids);
    }
    const resources = [...byCatalogue.keys()].map((catalogue) => ({
      uuid: uuid("catalog-resource", catalogue),
      title: catalogueTitle(catalogue, catalogues),
      props: [ownProp("catalogue-id", catalogue)],
      rlinks: [{ href: options.hrefs?.[catalogue] ?? `${catalogue}.catalog.json`, "media-type": "application/oscal.catalog+json" }]
    }));
    return {
      profile: {
        uuid: uuid("profile"),
        metadata: compact({
          title: lineOr(options.title, line(options.organisation) === void 0 ? "Applicable controls" : `${line(options.organisation)}: applicable controls`),
          "last-modified": lastModified,
          version: lineOr(options.version, "1"),
          "oscal-version": OSCAL_VERSION
        }),
        imports: [...byCatalogue].map(([catalogue, ids]) => ({
          href: `#${uuid("catalog-resource", catalogue)}`,
          "include-controls": [{ "with-ids": ids }]
        })),
        merge: { "as-is": true },
        "back-matter": { resources }
      }
    };
  } catch (error) {
    throw argumentError("exportProfile", error);
  }
}

// src/oscal/exportMappingCollection.ts
function relationshipOf(from2013, to2022) {
  const split = successorsOf(from2013).length > 1;
  const merged = predecessorsOf(to2022).length > 1;
  if (split && merged) return "intersects-with";
  if (split) return "superset-of";
  if (merged) return "subset-of";
  return "equivalent-to";
}
function exportMappingCollection(options) {
  try {
    const lastModified = timestamp(options.asOf);
    const uuid = uuidFactory("mapping", options.organisation);
    const maps = correspondence.map((edge) => ({
      uuid: uuid("map", `${edge.from2013}->${edge.to2022}`),
      relationship: relationshipOf(edge.from2013, edge.to2022),
      sources: [{ type: "control", "id-ref": oscalControlId(annexA2013Ref(edge.from2013)) }],
      targets: [{ type: "control", "id-ref": oscalControlId(annexARef(edge.to2022)) }]
    }));
    const source = uuid("catalog-resource", "annex-a-2013");
    const target = uuid("catalog-resource", "annex-a");
    return {
      "mapping-collection": {
        uuid: uuid("mapping-collection"),
        metadata: {
          title: "ISO/IEC 27001:2013 Annex A to ISO/IEC 27001:2022 Annex A",
          "last-modified": lastModified,
          version: lineOr(options.version, "1"),
          "oscal-version": OSCAL_VERSION
        },
        provenance: {
          method: "human",
          "matching-rationale": "semantic",
          status: "complete",
          "mapping-description": "Each ISO/IEC 27001:2013 Annex A control mapped to the ISO/IEC 27001:2022 Annex A controls it became, from the correspondence the ISMS library ships (ids only)."
        },
        mappings: [
          {
            uuid: uuid("mapping", "annex-a-2013->annex-a"),
            "source-resource": { type: "catalog", href: `#${source}` },
            "target-resource": { type: "catalog", href: `#${target}` },
            maps,
            remarks: `Controls new in 2022, with no 2013 source: ${NEW_IN_2022.join(", ")}.`
          }
        ],
        "back-matter": {
          resources: [
            {
              uuid: source,
              title: "ISO/IEC 27001:2013 Annex A controls",
              props: [ownProp("catalogue-id", "annex-a-2013")],
              rlinks: [{ href: options.sourceHref ?? "annex-a-2013.catalog.json", "media-type": "application/oscal.catalog+json" }]
            },
            {
              uuid: target,
              title: "ISO/IEC 27001:2022 Annex A controls",
              props: [ownProp("catalogue-id", "annex-a")],
              rlinks: [{ href: options.targetHref ?? "annex-a.catalog.json", "media-type": "application/oscal.catalog+json" }]
            }
          ]
        }
      }
    };
  } catch (error) {
    throw argumentError("exportMappingCollection", error);
  }
}

// src/oscal/importCatalog.ts
import * as z2 from "zod";
var PropSchema = z2.object({ name: z2.string(), value: z2.string(), ns: z2.string().optional(), class: z2.string().optional() });
var ParamSchema = z2.looseObject({
  id: z2.string(),
  label: z2.string().optional(),
  values: z2.array(z2.string()).optional(),
  select: z2.looseObject({ "how-many": z2.string().optional(), choice: z2.array(z2.string()).optional() }).optional()
});
var PartSchema = z2.lazy(
  () => z2.object({ name: z2.string(), prose: z2.string().optional(), props: z2.array(PropSchema).optional(), parts: z2.array(PartSchema).optional() })
);
var ControlSchema = z2.lazy(
  () => z2.object({
    id: z2.string(),
    title: z2.string(),
    props: z2.array(PropSchema).optional(),
    params: z2.array(ParamSchema).optional(),
    parts: z2.array(PartSchema).optional(),
    controls: z2.array(ControlSchema).optional()
  })
);
var GroupSchema = z2.lazy(
  () => z2.object({
    id: z2.string().optional(),
    title: z2.string(),
    props: z2.array(PropSchema).optional(),
    params: z2.array(ParamSchema).optional(),
    groups: z2.array(GroupSchema).optional(),
    controls: z2.array(ControlSchema).optional()
  })
);
var CatalogDocumentSchema = z2.object({
  catalog: z2.object({
    uuid: z2.string(),
    metadata: z2.object({
      title: z2.string(),
      version: z2.string(),
      "oscal-version": z2.string(),
      props: z2.array(PropSchema).optional()
    }),
    params: z2.array(ParamSchema).optional(),
    groups: z2.array(GroupSchema).optional(),
    controls: z2.array(ControlSchema).optional()
  })
});
var OTHER_MODELS = [
  "profile",
  "component-definition",
  "system-security-plan",
  "assessment-plan",
  "assessment-results",
  "plan-of-action-and-milestones",
  "mapping-collection"
];
var SUPPORTED_VERSION = /^v?1\.[0-2]\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/;
function ownValue(props, name) {
  return props?.find((prop) => prop.ns === ISMS_OSCAL_NS && prop.name === name)?.value;
}
function keptProps(props) {
  const kept = (props ?? []).filter((prop) => !(prop.ns === ISMS_OSCAL_NS && (prop.name === "control-id" || prop.name === "group-id"))).map((prop) => ({
    name: prop.name,
    value: prop.value,
    ...prop.ns === void 0 ? {} : { ns: prop.ns },
    ...prop.class === void 0 ? {} : { class: prop.class }
  }));
  return kept.length > 0 ? kept : void 0;
}
var INSERT = /\{\{\s*insert:\s*param\s*,\s*([^\s{}]+)\s*\}\}/gu;
function renderInserts(value, params, unknown, seen = /* @__PURE__ */ new Set()) {
  return value.replace(INSERT, (_marker, id) => {
    const param = params.get(id);
    if (param === void 0) {
      unknown(id);
      return `[Assignment: ${id}]`;
    }
    const label = line(param.label) ?? id;
    if (seen.has(id)) return `[Assignment: ${label}]`;
    const inner = /* @__PURE__ */ new Set([...seen, id]);
    const values = (param.values ?? []).map((item) => text(item)).filter((item) => item !== void 0);
    if (values.length > 0) return values.join(", ");
    const choices = (param.select?.choice ?? []).map((choice) => text(renderInserts(choice, params, unknown, inner))).filter((choice) => choice !== void 0);
    if (param.select !== void 0 && choices.length > 0) {
      return `[${param.select["how-many"] === "one-or-more" ? "Selection (one or more)" : "Selection"}: ${choices.join("; ")}]`;
    }
    return `[Assignment: ${label}]`;
  });
}
function proseOf(parts, name, path, context) {
  const collect = (part, partPath) => {
    const label = part.props?.find((prop) => prop.name === "label" && prop.ns === void 0)?.value;
    const unknown = /* @__PURE__ */ new Set();
    const own = text(part.prose === void 0 ? void 0 : renderInserts(part.prose, context.params, (id) => unknown.add(id)));
    for (const id of unknown) {
      context.warn(issue("unknown_parameter", `The prose inserts parameter "${id}", which the catalog does not define; it reads [Assignment: ${id}].`, [...partPath, "prose"], "warning"));
    }
    const here = own === void 0 ? [] : [label === void 0 ? own : `${label} ${own}`];
    return [...here, ...(part.parts ?? []).flatMap((child, index) => collect(child, [...partPath, "parts", index]))];
  };
  const found = (parts ?? []).flatMap((part, index) => part.name === name ? collect(part, [...path, "parts", index]) : []);
  const joined = text(found.join("\n\n"));
  return joined === void 0 || joined.startsWith(PLACEHOLDER_PREFIX) ? void 0 : joined;
}
function paramsOf(catalog) {
  const params = /* @__PURE__ */ new Map();
  const add = (list) => {
    for (const param of list ?? []) if (!params.has(param.id)) params.set(param.id, param);
  };
  const control = (found) => {
    add(found.params);
    (found.controls ?? []).forEach(control);
  };
  const group = (found) => {
    add(found.params);
    (found.groups ?? []).forEach(group);
    (found.controls ?? []).forEach(control);
  };
  add(catalog.params);
  (catalog.groups ?? []).forEach(group);
  (catalog.controls ?? []).forEach(control);
  return params;
}
var isBlank = (value) => !/\S/u.test(value);
function slug(title) {
  const base = title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^[^a-z]+/, "").replace(/-+$/, "");
  const cut = base.length <= 64 ? base : base.slice(0, 65).replace(/-[^-]*$/, "");
  return cut === "" ? "imported-catalog" : cut.slice(0, 64);
}
function zodIssues(error) {
  return error.issues.map((found) => issue("invalid_oscal_catalog", found.message, found.path));
}
function importCatalog(json, options = {}) {
  const warnings = [];
  const fail = (issues2) => ({ ...err(issues2), warnings });
  const model = typeof json === "object" && json !== null && !Array.isArray(json) && !("catalog" in json) ? OTHER_MODELS.find((name) => name in json) : void 0;
  if (model !== void 0) {
    const hint = model === "profile" ? " Resolve the profile into a catalog first (NIST publishes its baselines resolved) and import that." : "";
    return fail([issue("not_a_catalog", `Not an OSCAL catalog: this is a ${model}, not a catalog. importCatalog reads OSCAL catalogs only.${hint}`, [model])]);
  }
  const parsed = CatalogDocumentSchema.safeParse(json);
  if (!parsed.success) return fail(zodIssues(parsed.error));
  const { catalog } = parsed.data;
  const version = catalog.metadata["oscal-version"];
  if (!SUPPORTED_VERSION.test(version)) {
    return fail([
      issue("unsupported_oscal_version", `OSCAL version "${version}" is not supported; 1.0.0 to 1.2.x are.`, ["catalog", "metadata", "oscal-version"])
    ]);
  }
  const issues = [];
  const warn = (found) => {
    warnings.push(found);
  };
  const prose = { params: paramsOf(catalog), warn };
  const recorded = ownValue(catalog.metadata.props, "catalogue-id");
  const title = keptTitle(catalog.metadata.title, "Imported OSCAL catalog", "The catalog", ["catalog", "metadata", "title"], warn);
  const id = options.id ?? (recorded !== void 0 && recorded !== ANNEX_A && recorded !== ANNEX_A_2013 && CatalogueIdSchema.safeParse(recorded).success ? recorded : slug(title));
  let catalogueVersion = catalog.metadata.version;
  if (isBlank(catalogueVersion)) {
    catalogueVersion = "1";
    warn(issue("blank_version_replaced", `The catalog's version is blank; a custom catalogue's version is not, so it is "1".`, ["catalog", "metadata", "version"], "warning"));
  }
  const groups = [];
  const controls = [];
  const addControl = (control, path, group, parent) => {
    const controlId = ownValue(control.props, "control-id") ?? control.id;
    const props = keptProps(control.props);
    const description = options.prose === true ? proseOf(control.parts, "statement", path, prose) : void 0;
    const guidance = options.prose === true ? proseOf(control.parts, "guidance", path, prose) : void 0;
    const params = options.prose === true && control.params !== void 0 && control.params.length > 0 ? control.params : void 0;
    controls.push({
      id: controlId,
      title: keptTitle(control.title, controlId, `Control "${controlId}"`, [...path, "title"], warn),
      ...group === void 0 ? {} : { group },
      ...parent === void 0 ? {} : { parent },
      ...description === void 0 ? {} : { description },
      ...guidance === void 0 ? {} : { guidance },
      ...props === void 0 ? {} : { props },
      ...isWithdrawn({ props }) ? { withdrawn: true } : {},
      ...params === void 0 ? {} : { custom: { "oscal-params": params } }
    });
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.\-/()]*$/.test(controlId) || controlId.length > 128) {
      issues.push(issue("unsupported_control_id", `Control id "${controlId}" cannot be a custom catalogue control id.`, [...path, "id"]));
    }
    (control.controls ?? []).forEach((child, index) => addControl(child, [...path, "controls", index], group, controlId));
  };
  const addGroup = (group, path, fallbackId, parent) => {
    const recordedGroup = ownValue(group.props, "group-id");
    if (recordedGroup !== void 0 && recordedGroup === parent) {
      (group.controls ?? []).forEach((control, index) => addControl(control, [...path, "controls", index], parent, void 0));
      return;
    }
    const groupId = recordedGroup ?? group.id ?? fallbackId;
    if (recordedGroup === void 0 && group.id === void 0) {
      warn(issue("group_id_assigned", `A group has no id; a custom catalogue's groups have one, so it is "${groupId}" (by position).`, [...path, "id"], "warning"));
    }
    const props = keptProps(group.props);
    groups.push({
      id: groupId,
      title: keptTitle(group.title, groupId, `Group "${groupId}"`, [...path, "title"], warn),
      ...parent === void 0 ? {} : { parent },
      ...props === void 0 ? {} : { props }
    });
    (group.groups ?? []).forEach((child, index) => addGroup(child, [...path, "groups", index], `${fallbackId}.${index + 1}`, groupId));
    (group.controls ?? []).forEach((control, index) => addControl(control, [...path, "controls", index], groupId, void 0));
  };
  (catalog.groups ?? []).forEach((group, index) => addGroup(group, ["catalog", "groups", index], `g${index + 1}`, void 0));
  (catalog.controls ?? []).forEach((control, index) => addControl(control, ["catalog", "controls", index], void 0, void 0));
  const candidate = {
    id,
    title,
    version: catalogueVersion,
    source: options.source ?? `OSCAL ${version.replace(/^v/, "")} catalog ${catalog.uuid}`,
    ...groups.length === 0 ? {} : { groups },
    controls
  };
  const checked = CustomCatalogueSchema.safeParse(candidate);
  if (!checked.success) {
    return fail([...issues, ...zodIssues(checked.error).map((found) => ({ ...found, code: "invalid_imported_catalogue", path: ["catalogue", ...found.path] }))]);
  }
  issues.push(...validateCustomCatalogue(checked.data).map((found) => ({ ...found, path: ["catalogue", ...found.path] })));
  return issues.length > 0 ? fail(issues) : { ...ok(checked.data), warnings };
}
function keptTitle(value, fallback, what, path, warn) {
  if (!isBlank(value)) return value;
  warn(issue("blank_title_replaced", `${what} has a blank title; a custom catalogue needs one, so it is "${fallback}".`, path, "warning"));
  return fallback;
}

// src/oscal/_internal/parties.ts
function registry(uuid) {
  const parties = /* @__PURE__ */ new Map();
  const roles = /* @__PURE__ */ new Map();
  return {
    party(name, type) {
      const key = lineOr(name, "Unnamed");
      let found = parties.get(key);
      if (!found) {
        found = { uuid: uuid("party", key), type, name: key };
        parties.set(key, found);
      }
      return found.uuid;
    },
    role(id, title) {
      if (!roles.has(id)) roles.set(id, { id, title });
      return id;
    },
    parties: () => [...parties.values()],
    roles: () => [...roles.values()]
  };
}

// src/oscal/_internal/undecided.ts
function undecidedRefs(rows, decisions) {
  const decided = decisions === void 0 ? void 0 : new Set(decisions.map((decision) => decision.control));
  const undecided = /* @__PURE__ */ new Set();
  for (const row of rows) {
    const flagged = row.undecided === true;
    if (flagged || !row.applicable && (decided === void 0 ? carriesNoDecision(row) : !decided.has(row.ref))) undecided.add(row.ref);
  }
  return undecided;
}
function carriesNoDecision(row) {
  return row.justification === void 0 && row.reasons.length === 0 && row.provider === void 0 && row.owner === void 0 && row.evidence.length === 0 && row.notes === void 0 && row.lastReviewed === void 0 && row.status === "not_implemented";
}

// src/oscal/exportSsp.ts
function stateOf(row, undecided) {
  if (undecided) return "undecided";
  if (!row.applicable) return "not-applicable";
  const status = row.status;
  switch (status) {
    case "implemented":
      return "implemented";
    case "partially_implemented":
      return "partial";
    case "planned":
    case "not_started":
      return "planned";
    case "not_implemented":
      return "not-implemented";
    default: {
      const never = status;
      return never;
    }
  }
}
var UNDECIDED_REMARKS = "No applicability decision yet: no SoA decision, risk treatment plan or obligation covers this control, so it is neither included nor excluded (ISO/IEC 27001:2022 6.1.3 c and d ask for a decision on each).";
var ABSOLUTE_URI = /^(?:[a-zA-Z][a-zA-Z0-9+.-]+:\/\/\S+|(?:urn|mailto|doi|tag|data):\S+)$/;
function exportSsp(input) {
  try {
    const lastModified = timestamp(input.asOf);
    if (input.rows.length === 0) throw new IsmsError("invalid_argument", "A system security plan needs at least one SoA row.");
    const uuid = uuidFactory("ssp", input.organisation);
    const people = registry(uuid);
    const organisation = lineOr(input.organisation, "Organisation");
    const systemName = lineOr(input.systemName, `${organisation} ISMS`);
    const scope = text(input.scope) ?? `The information security management system of ${organisation}.`;
    people.party(organisation, "organization");
    const ismsComponent = uuid("component", "isms");
    const providers = /* @__PURE__ */ new Map();
    const resources = [];
    const descriptions = new Map((input.descriptions ?? []).map((description) => [description.ref, description]));
    const seenRows = /* @__PURE__ */ new Set();
    const catalogues = input.catalogues ?? [];
    const idOf = controlIdResolver(catalogues, input.rows.map((row) => row.ref));
    const undecidedRows = undecidedRefs(input.rows, input.decisions);
    const withdrawn = withdrawnRefs(catalogues);
    const requirements = input.rows.map((row) => {
      let key = row.ref;
      for (let n = 2; seenRows.has(key); n += 1) key = `${row.ref}#${n}`;
      seenRows.add(key);
      const undecided = undecidedRows.has(row.ref);
      const state = stateOf(row, undecided);
      const props = [ownProp("control-ref", row.ref), ownProp("applicability", undecided ? "undecided" : row.applicable ? "applicable" : "excluded")];
      if (withdrawn.has(row.ref)) props.push(ownProp("withdrawn", "true"));
      for (const reason of row.reasons) {
        const prop = ownProp("inclusion-reason", reason.kind);
        const note = text(reason.note);
        props.push(note === void 0 ? prop : { ...prop, remarks: note });
      }
      for (const risk of row.risks) props.push(ownProp("risk-id", risk));
      for (const obligation of row.obligations) props.push(ownProp("obligation-id", obligation));
      if (row.lastReviewed !== void 0) props.push(ownProp("last-reviewed", row.lastReviewed));
      const links = row.evidence.map((evidence, index) => {
        const resource = uuid("evidence", `${key}/${index}`);
        const ref = lineOr(evidence.ref, "evidence");
        const uri = ABSOLUTE_URI.test(ref);
        const props2 = [ownProp("evidence-date", evidence.date), ownProp("control-ref", row.ref)];
        if (!uri) props2.push(ownProp("evidence-ref", ref));
        resources.push(
          compact({
            uuid: resource,
            title: lineOr(evidence.title, ref),
            props: props2,
            rlinks: uri ? [{ href: ref }] : void 0,
            remarks: uri ? void 0 : `Reference: ${ref}`
          })
        );
        return { href: `#${resource}`, rel: "evidence", text: lineOr(evidence.title, ref) };
      });
      const owner = row.owner === void 0 ? void 0 : people.party(row.owner, "person");
      const responsible = owner === void 0 ? void 0 : [{ "role-id": people.role("control-owner", "Control owner"), "party-uuids": [owner] }];
      const own = text(descriptions.get(row.ref)?.description);
      const label = `${row.id} ${line(row.title) ?? ""}`.trim();
      const description = own ?? (undecided ? `${label}: not yet decided whether it applies within the ISMS of ${organisation}.` : row.applicable ? `${label}: ${state.replace("-", " ")} within the ISMS of ${organisation}.` : `${label}: excluded from the ISMS of ${organisation}.`);
      const justification = row.applicable || undecided ? void 0 : text(row.justification);
      const byComponents = [
        compact({
          "component-uuid": ismsComponent,
          uuid: uuid("by-component", `${key}/isms`),
          description,
          // An undecided control has no status of its own: deriveSoa's default is not one.
          props: undecided ? void 0 : [ownProp("implementation-status", row.applicable ? row.status : "not_applicable")],
          links,
          "implementation-status": compact({ state, remarks: justification }),
          "responsible-roles": responsible
        })
      ];
      if (row.provider !== void 0) {
        const provider = lineOr(row.provider, "Provider");
        let component = providers.get(provider);
        if (component === void 0) {
          component = uuid("component", `provider/${provider}`);
          providers.set(provider, component);
        }
        people.role("provider", "Provider");
        byComponents.push({
          "component-uuid": component,
          uuid: uuid("by-component", `${key}/provider`),
          description: `${label}: provided by ${provider}.`,
          "implementation-status": { state }
        });
      }
      return compact({
        uuid: uuid("implemented-requirement", key),
        "control-id": idOf(row.ref),
        props,
        "responsible-roles": responsible,
        "by-components": byComponents,
        remarks: undecided ? UNDECIDED_REMARKS : justification === void 0 ? text(row.notes) : `Justification for exclusion: ${justification}`
      });
    });
    const profileResource = uuid("resource", "profile");
    const providerComponents = [...providers].map(([name, component]) => ({
      uuid: component,
      type: "service",
      title: name,
      description: `Controls that ${name} provides to ${organisation}.`,
      status: { state: "operational" },
      "responsible-roles": [{ "role-id": "provider", "party-uuids": [people.party(name, "organization")] }]
    }));
    const metadata = compact({
      title: `${organisation}: Statement of Applicability`,
      "last-modified": lastModified,
      version: lineOr(input.version, "1"),
      "oscal-version": OSCAL_VERSION,
      roles: people.roles(),
      parties: people.parties()
    });
    return {
      "system-security-plan": {
        uuid: uuid("ssp"),
        metadata,
        "import-profile": { href: `#${profileResource}` },
        "system-characteristics": {
          "system-ids": [{ "identifier-type": "https://ietf.org/rfc/rfc4122", id: uuid("system") }],
          "system-name": systemName,
          description: scope,
          "system-information": {
            "information-types": [
              {
                uuid: uuid("information-type", "scope"),
                title: "Information within the ISMS scope",
                description: scope
              }
            ]
          },
          status: { state: "operational" },
          "authorization-boundary": { description: scope }
        },
        "system-implementation": {
          users: [
            {
              uuid: uuid("user", "isms"),
              title: `People working within the ISMS of ${organisation}`
            }
          ],
          components: [
            {
              uuid: ismsComponent,
              type: "this-system",
              title: systemName,
              description: scope,
              status: { state: "operational" }
            },
            ...providerComponents
          ]
        },
        "control-implementation": {
          description: undecidedRows.size === 0 ? `How ${organisation} applies, implements or excludes each control of its Statement of Applicability.` : `How ${organisation} applies, implements or excludes each control of its Statement of Applicability; ${undecidedRows.size} ${undecidedRows.size === 1 ? "control is" : "controls are"} not decided yet.`,
          "implemented-requirements": requirements
        },
        "back-matter": {
          resources: [
            {
              uuid: profileResource,
              title: `${organisation}: controls of the Statement of Applicability`,
              rlinks: [{ href: input.profileHref ?? "profile.json", "media-type": "application/oscal.profile+json" }]
            },
            ...resources
          ]
        }
      }
    };
  } catch (error) {
    throw argumentError("exportSsp", error);
  }
}

// src/oscal/_internal/risks.ts
var LAYERS = [
  { layer: "inherent", state: "initial" },
  { layer: "current", state: "adjusted" },
  { layer: "target", state: "target" },
  { layer: "residual", state: "adjusted" }
];
var OSCAL_FACET_SYSTEM = "http://csrc.nist.gov/ns/oscal";
function facetState(layer) {
  switch (layer) {
    case "inherent":
      return "initial";
    case "current":
    case "residual":
      return "adjusted";
    case "target":
      return void 0;
    default: {
      const never = layer;
      return never;
    }
  }
}
function statusOf(status) {
  switch (status) {
    case "identified":
      return "open";
    case "analysed":
    case "evaluated":
      return "investigating";
    case "treatment_planned":
      return "remediating";
    case "accepted":
      return "deviation-approved";
    case "treated":
    case "closed":
      return "closed";
    default: {
      const never = status;
      throw new IsmsError("invalid_argument", `Unknown risk status ${String(never)}.`);
    }
  }
}
function methodologySystem(id, version) {
  return `urn:isms:methodology:${encodeURIComponent(id)}:v${version}`;
}
function findMethodology(methodologies, id, version) {
  const list = Array.isArray(methodologies) ? methodologies : [methodologies];
  return list.find((candidate) => candidate.id === id && candidate.version === version);
}
function dayOf(context) {
  return context.asOf.slice(0, 10);
}
function dayStart(date) {
  return timestamp(date);
}
function statement(risk) {
  if (risk.kind === "asset_based") {
    return `Threat: ${lineOr(risk.threat, "-")}. Vulnerability: ${lineOr(risk.vulnerability, "-")}. Assets: ${risk.assets.join(", ")}.`;
  }
  const parts = [`Risk source: ${lineOr(risk.riskSource, "-")}.`, `Event: ${lineOr(risk.event, "-")}.`, `Consequence: ${lineOr(risk.consequenceDescription, "-")}.`];
  if (risk.objective !== void 0) parts.push(`Objective: ${lineOr(risk.objective, "-")}.`);
  return parts.join(" ");
}
function characterizations(risk, context) {
  const out = [];
  for (const { layer, state } of LAYERS) {
    const rating = risk.ratings[layer];
    if (!rating) continue;
    const system = methodologySystem(rating.methodology.id, rating.methodology.version);
    const methodology = findMethodology(context.methodologies, rating.methodology.id, rating.methodology.version);
    let likelihood = rating.likelihood;
    let impact = rating.consequence;
    let level;
    if (methodology) {
      try {
        const score = scoreRating(methodology, rating);
        likelihood = methodology.matrix.likelihood.levels[score.likelihoodIndex]?.label ?? likelihood;
        impact = methodology.matrix.consequence.levels[score.consequenceIndex]?.label ?? impact;
        level = score.level.label;
      } catch {
        level = void 0;
      }
    }
    const rationale = text(rating.rationale);
    const values = [
      ["likelihood", lineOr(likelihood, rating.likelihood)],
      ["impact", lineOr(impact, rating.consequence)]
    ];
    if (level !== void 0) values.push(["risk", lineOr(level, "-")]);
    const oscalState = facetState(layer);
    const facets = [
      ...values.map(
        ([name, value], index) => compact({
          name,
          system: OSCAL_FACET_SYSTEM,
          value,
          props: oscalState === void 0 ? void 0 : [nistProp("state", oscalState)],
          remarks: index === values.length - 1 ? rationale : void 0
        })
      ),
      ...values.map(([name, value]) => ({ name, system, value }))
    ];
    const rater = rating.ratedBy === void 0 ? context.people.party(context.organisation, "organization") : context.people.party(rating.ratedBy, "person");
    out.push(
      compact({
        props: [ownProp("rating-layer", layer, state), ownProp("methodology", `${rating.methodology.id} v${rating.methodology.version}`)],
        origin: { actors: [{ type: "party", "actor-uuid": rater }] },
        facets
      })
    );
  }
  return out;
}
function lifecycle(plan, decisions, asOf) {
  const live = plan.actions.filter((action) => action.status !== "cancelled");
  if (live.length > 0 && live.every((action) => isActionDone(action, asOf))) return "completed";
  return isPlanApproved(plan, decisions, asOf) ? "planned" : "recommendation";
}
function remediation(plan, risk, context) {
  const { uuid, people } = context;
  const props = [
    ...plan.options.map((option) => nistProp("type", toOscalResponseType(option))),
    ...plan.options.map((option) => ownProp("treatment-option", option)),
    ownProp("plan-id", plan.id)
  ];
  if (plan.priority !== void 0) props.push(ownProp("priority", plan.priority));
  for (const control of plan.controls) props.push(ownProp("control-ref", control.ref, control.state));
  const day = dayOf(context);
  const tasks = plan.actions.map(
    (action) => compact({
      uuid: uuid("task", `${plan.id}/${action.id}/${risk.id}`),
      type: "action",
      title: lineOr(action.title, action.id),
      description: text(action.note),
      props: [ownProp("action-id", action.id), ownProp("action-status", actionStatusOn(action, day))],
      timing: { "on-date": { date: dayStart(isActionDone(action, day) ? action.completedOn ?? action.due : action.due) } },
      "responsible-roles": [{ "role-id": people.role("action-owner", "Treatment action owner"), "party-uuids": [people.party(action.owner, "person")] }]
    })
  );
  const sharing = plan.sharing === void 0 ? void 0 : `Shared with ${lineOr(plan.sharing.counterparty, "-")}.`;
  const avoidance = plan.avoidance === void 0 ? void 0 : `Activity stopped: ${lineOr(plan.avoidance.activityStopped, "-")}.`;
  return compact({
    uuid: uuid("remediation", `${plan.id}/${risk.id}`),
    lifecycle: lifecycle(plan, context.decisions, day),
    title: lineOr(plan.title, plan.id),
    description: text([text(plan.description), sharing, avoidance].filter((part) => part !== void 0).join("\n\n")) ?? `Risk treatment plan ${plan.id}.`,
    props,
    tasks
  });
}
function acceptances(risk, context) {
  const day = dayOf(context);
  return context.decisions.filter(
    (decision) => decision.kind === "risk_acceptance" && decision.risk === risk.id && !isDecisionRevoked(decision, context.decisions, day)
  );
}
function oscalRisk(risk, context) {
  const { uuid, people } = context;
  const plans = context.plans.filter((plan) => plan.risks.includes(risk.id));
  const props = [ownProp("risk-id", risk.id), ownProp("risk-status", risk.status)];
  if (risk.category !== void 0) props.push(ownProp("category", risk.category));
  for (const asset of risk.assets ?? []) props.push(ownProp("asset-id", asset));
  for (const property of risk.affectedProperties) props.push(ownProp("affected-property", property));
  const day = dayOf(context);
  const openDue = plans.flatMap((plan) => plan.actions).filter((action) => !isActionDone(action, day) && action.status !== "cancelled").map((action) => action.due).sort();
  const accepted = acceptances(risk, context);
  const log = accepted.map(
    (decision) => compact({
      uuid: uuid("risk-log", `${risk.id}/${decision.id}`),
      title: `Residual risk accepted by ${lineOr(decision.decidedBy, "-")}`,
      description: text(decision.rationale),
      start: dayStart(decision.date),
      end: decision.expires === void 0 ? void 0 : dayStart(decision.expires),
      props: [ownProp("decision-id", decision.id)],
      "logged-by": [{ "party-uuid": people.party(decision.decidedBy, "person"), "role-id": people.role("risk-owner", "Risk owner") }],
      "status-change": "deviation-approved"
    })
  );
  const owner = risk.owner === void 0 ? void 0 : people.party(risk.owner, "person");
  return compact({
    uuid: uuid("risk", risk.id),
    title: lineOr(risk.title, risk.id),
    description: text(risk.description) ?? statement(risk),
    statement: statement(risk),
    props,
    status: statusOf(risk.status),
    origins: owner === void 0 ? void 0 : [{ actors: [{ type: "party", "actor-uuid": owner, "role-id": people.role("risk-owner", "Risk owner") }] }],
    characterizations: characterizations(risk, context),
    deadline: openDue[0] === void 0 ? void 0 : dayStart(openDue[0]),
    remediations: plans.map((plan) => remediation(plan, risk, context)),
    "risk-log": log.length === 0 ? void 0 : { entries: log }
  });
}

// src/oscal/exportAssessmentResults.ts
function targetOf(controls, clauses2, idOf) {
  const control = controls?.[0];
  const clause = clauses2?.[0];
  const id = control !== void 0 ? `${idOf(control)}_smt` : clause !== void 0 ? `clause-${clause}_smt` : "isms";
  return { type: control !== void 0 || clause !== void 0 ? "statement-id" : "objective-id", "target-id": id, status: { state: "not-satisfied" } };
}
function scopeProps(controls, clauses2) {
  return [...(controls ?? []).map((ref) => ownProp("control-ref", ref)), ...(clauses2 ?? []).map((clause) => ownProp("control-ref", `clauses:${clause}`))];
}
function exportAssessmentResults(input) {
  try {
    const lastModified = timestamp(input.asOf);
    const uuid = uuidFactory("assessment-results", input.organisation);
    const people = registry(uuid);
    const organisation = lineOr(input.organisation, "Organisation");
    const organisationUuid = people.party(organisation, "organization");
    const preparedFor = people.role("prepared-for", "Prepared for");
    const decisions = input.decisions ?? [];
    const idOf = controlIdResolver(input.catalogues ?? [], [
      ...(input.audits ?? []).flatMap((audit) => [...audit.controls, ...audit.findings.flatMap((finding) => finding.controls ?? [])]),
      ...(input.plans ?? []).flatMap((plan) => plan.controls.map((control) => control.ref)),
      ...(input.nonconformities ?? []).flatMap((nonconformity) => nonconformity.controls ?? [])
    ]);
    const context = { organisation, asOf: lastModified, methodologies: input.methodologies, plans: input.plans ?? [], decisions, uuid, people };
    const risks = input.risks.map((risk) => oscalRisk(risk, context));
    const observations = [];
    const findings = [];
    const observationOf = /* @__PURE__ */ new Map();
    const auditFinding = /* @__PURE__ */ new Map();
    const nonconformityFindings = /* @__PURE__ */ new Set();
    for (const nonconformity of input.nonconformities ?? []) {
      if (nonconformity.source.kind === "audit" && nonconformity.source.finding !== void 0) {
        nonconformityFindings.add(`${nonconformity.source.audit}/${nonconformity.source.finding}`);
      }
    }
    for (const audit of input.audits ?? []) {
      const auditors = audit.auditors.map((auditor) => ({
        type: "party",
        "actor-uuid": people.party(auditor, "person"),
        "role-id": people.role("auditor", "Internal auditor")
      }));
      audit.findings.forEach((finding) => {
        const key = `${audit.id}/${finding.id}`;
        const observation = uuid("observation", key);
        observationOf.set(key, observation);
        auditFinding.set(key, finding);
        const grade = finding.grade;
        observations.push({
          uuid: observation,
          title: `${lineOr(audit.title, audit.id)}: ${finding.id}`,
          description: lineOr(finding.description, finding.id),
          props: [ownProp("audit-id", audit.id), ownProp("finding-id", finding.id), ownProp("finding-grade", grade), ...scopeProps(finding.controls, finding.clauses)],
          methods: ["EXAMINE", "INTERVIEW"],
          // OSCAL 1.2.1 observation types (oscal_assessment-common_metaschema.xml, allowed-values
          // "oscal-observation-values"): ssp-statement-issue, control-objective, mitigation,
          // discovery, historic; "finding" is deprecated since 1.1.4 ("Use 'discovery' instead").
          // Every grade of audit finding is a discovery; the grade is the finding-grade prop.
          types: ["discovery"],
          origins: [{ actors: auditors }],
          collected: dayStart(audit.performedDate ?? audit.plannedDate)
        });
        if ((grade === "major_nonconformity" || grade === "minor_nonconformity") && !nonconformityFindings.has(key)) {
          findings.push({
            uuid: uuid("finding", `audit/${key}`),
            title: `${grade === "major_nonconformity" ? "Major" : "Minor"} nonconformity ${finding.id} (${audit.id})`,
            description: lineOr(finding.description, finding.id),
            props: [ownProp("audit-id", audit.id), ownProp("finding-id", finding.id), ownProp("finding-grade", grade), ...scopeProps(finding.controls, finding.clauses)],
            origins: [{ actors: auditors }],
            target: targetOf(finding.controls, finding.clauses, idOf),
            "related-observations": [{ "observation-uuid": observation }]
          });
        }
      });
    }
    for (const nonconformity of input.nonconformities ?? []) {
      const source = nonconformity.source;
      const sourceKey = source.kind === "audit" && source.finding !== void 0 ? `${source.audit}/${source.finding}` : void 0;
      const observation = sourceKey === void 0 ? void 0 : observationOf.get(sourceKey);
      const origin = sourceKey === void 0 ? void 0 : auditFinding.get(sourceKey);
      const named = (nonconformity.controls?.length ?? 0) + (nonconformity.clauses?.length ?? 0) > 0;
      const controls = named ? nonconformity.controls : origin?.controls;
      const clauses2 = named ? nonconformity.clauses : origin?.clauses;
      const props = [
        ownProp("nonconformity-id", nonconformity.id),
        ownProp("nonconformity-severity", nonconformity.severity),
        ownProp("nonconformity-status", nonconformity.status),
        ...scopeProps(controls, clauses2)
      ];
      if (source.kind === "audit") props.push(ownProp("audit-id", source.audit));
      findings.push(
        compact({
          uuid: uuid("finding", `nonconformity/${nonconformity.id}`),
          title: `${nonconformity.severity === "major" ? "Major" : "Minor"} nonconformity ${nonconformity.id}`,
          description: text(nonconformity.description) ?? nonconformity.id,
          props,
          origins: [{ actors: [{ type: "party", "actor-uuid": people.party(nonconformity.owner, "person"), "role-id": people.role("nonconformity-owner", "Nonconformity owner") }] }],
          target: targetOf(controls, clauses2, idOf),
          "related-observations": observation === void 0 ? void 0 : [{ "observation-uuid": observation }],
          remarks: text(
            [
              nonconformity.correction === void 0 ? void 0 : `Correction (${nonconformity.correction.date}): ${lineOr(nonconformity.correction.description, "-")}`,
              nonconformity.rootCause === void 0 ? void 0 : `Root cause (${nonconformity.rootCause.date}): ${lineOr(nonconformity.rootCause.description, "-")}`,
              ...nonconformity.correctiveActions.map((action) => `Corrective action ${action.id}: ${lineOr(action.description, "-")} (${action.status}, due ${action.due}).`)
            ].filter((part) => part !== void 0).join("\n\n")
          )
        })
      );
    }
    const dates = [
      ...input.risks.flatMap((risk) => Object.values(risk.ratings).flatMap((rating) => rating === void 0 ? [] : [rating.date])),
      ...(input.audits ?? []).map((audit) => audit.performedDate ?? audit.plannedDate),
      ...(input.nonconformities ?? []).map((nonconformity) => nonconformity.raised)
    ].sort();
    const start = input.start === void 0 ? dates[0] === void 0 ? lastModified : dayStart(dates[0]) : timestamp(input.start);
    const planResource = uuid("resource", "assessment-plan");
    const reviewed = [
      .../* @__PURE__ */ new Set([
        ...(input.audits ?? []).flatMap((audit) => audit.controls.map((ref) => idOf(ref))),
        ...(input.plans ?? []).flatMap((plan) => plan.controls.map((control) => idOf(control.ref)))
      ])
    ];
    return {
      "assessment-results": {
        uuid: uuid("assessment-results"),
        metadata: compact({
          title: `${organisation}: risk assessment, internal audit and nonconformity results`,
          "last-modified": lastModified,
          version: lineOr(input.version, "1"),
          "oscal-version": OSCAL_VERSION,
          roles: people.roles(),
          parties: people.parties(),
          "responsible-parties": [{ "role-id": preparedFor, "party-uuids": [organisationUuid] }]
        }),
        "import-ap": { href: `#${planResource}` },
        results: [
          compact({
            uuid: uuid("result", "isms"),
            title: `${organisation} ISMS assessment as of ${lastModified.slice(0, 10)}`,
            description: `The risk register with its treatment, the internal audit findings and the nonconformities of the ISMS of ${organisation}.`,
            start: start <= lastModified ? start : lastModified,
            end: lastModified,
            "reviewed-controls": {
              "control-selections": [reviewed.length === 0 ? { "include-all": {} } : { "include-controls": reviewed.map((id) => ({ "control-id": id })) }]
            },
            observations,
            risks,
            findings
          })
        ],
        "back-matter": {
          resources: [
            compact({
              uuid: planResource,
              title: `${organisation}: risk assessment process and internal audit programme`,
              description: "The assessment plan these results follow: the organisation's risk methodology (6.1.2) and internal audit programme (9.2).",
              rlinks: input.assessmentPlanHref === void 0 ? void 0 : [{ href: input.assessmentPlanHref }]
            })
          ]
        }
      }
    };
  } catch (error) {
    throw argumentError("exportAssessmentResults", error);
  }
}

// src/oscal/exportPoam.ts
function exportPoam(input) {
  try {
    const lastModified = timestamp(input.asOf);
    const uuid = uuidFactory("poam", input.organisation);
    const people = registry(uuid);
    const organisation = lineOr(input.organisation, "Organisation");
    people.party(organisation, "organization");
    const context = { organisation, asOf: lastModified, methodologies: input.methodologies, plans: input.plans, decisions: input.decisions ?? [], uuid, people };
    const treated = new Set(input.plans.flatMap((plan) => plan.risks));
    const risks = input.risks.filter((risk) => treated.has(risk.id)).map((risk) => oscalRisk(risk, context));
    const known = new Set(input.risks.map((risk) => risk.id));
    const items = input.plans.map((plan) => {
      const props = [ownProp("plan-id", plan.id), ...plan.options.map((option) => ownProp("treatment-option", option))];
      if (plan.priority !== void 0) props.push(ownProp("priority", plan.priority));
      for (const control of plan.controls) props.push(ownProp("control-ref", control.ref, control.state));
      const related = plan.risks.filter((risk) => known.has(risk)).map((risk) => ({ "risk-uuid": uuid("risk", risk) }));
      const unknown = plan.risks.filter((risk) => !known.has(risk));
      return compact({
        uuid: uuid("poam-item", plan.id),
        title: lineOr(plan.title, plan.id),
        description: text(plan.description) ?? `Risk treatment plan ${plan.id} for ${plan.risks.join(", ")}.`,
        props,
        "related-risks": related,
        remarks: unknown.length === 0 ? void 0 : `Treats risks not in the register: ${unknown.join(", ")}.`
      });
    });
    if (items.length === 0) {
      items.push({
        uuid: uuid("poam-item", "none"),
        title: "No risk treatment planned",
        description: `The risk register of ${organisation} holds no risk treatment plan as of ${lastModified.slice(0, 10)}.`
      });
    }
    const sspResource = uuid("resource", "ssp");
    return {
      "plan-of-action-and-milestones": compact({
        uuid: uuid("poam"),
        metadata: compact({
          title: `${organisation}: risk treatment plan`,
          "last-modified": lastModified,
          version: lineOr(input.version, "1"),
          "oscal-version": OSCAL_VERSION,
          roles: people.roles(),
          parties: people.parties()
        }),
        "import-ssp": input.sspHref === void 0 ? void 0 : { href: `#${sspResource}` },
        "system-id": { "identifier-type": "https://ietf.org/rfc/rfc4122", id: uuidFactory("ssp", input.organisation)("system") },
        risks,
        "poam-items": items,
        "back-matter": input.sspHref === void 0 ? void 0 : { resources: [{ uuid: sspResource, title: `${organisation}: Statement of Applicability`, rlinks: [{ href: input.sspHref, "media-type": "application/oscal.ssp+json" }] }] }
      })
    };
  } catch (error) {
    throw argumentError("exportPoam", error);
  }
}

// src/oscal/_internal/sentences.ts
var TERMINAL = /[.!?…]["'”’)\]]*$/u;
var LIST_SEPARATOR = /\s*[;,]+$/u;
function sentence(value) {
  const trimmed = value.trim().replace(LIST_SEPARATOR, "");
  if (trimmed === "") return "";
  return TERMINAL.test(trimmed) ? trimmed : `${trimmed}.`;
}
function listSentence(items) {
  const cleaned = items.map((item) => item.trim().replace(LIST_SEPARATOR, "")).filter((item) => item !== "");
  if (cleaned.some((item) => TERMINAL.test(item))) return cleaned.map(sentence).join(" ");
  return sentence(cleaned.join("; "));
}

// src/oscal/exportOscal.ts
function scopeText(document) {
  const scope = document.scope;
  if (!scope) return `The information security management system of ${document.organisation.name}.`;
  const boundaries = listSentence(scope.boundaries ?? []);
  const interfaces = listSentence(scope.interfaces ?? []);
  const lines = [
    sentence(scope.statement),
    boundaries === "" ? "" : `Boundaries: ${boundaries}`,
    interfaces === "" ? "" : `Interfaces: ${interfaces}`,
    ...(scope.exclusions ?? []).map((exclusion) => `Excluded: ${sentence(exclusion.what)} Reason: ${sentence(exclusion.reason)}`)
  ];
  return lines.filter((line2) => line2 !== "").join("\n\n");
}
function soaRows(document, day) {
  const rows = deriveIsmsSoa(document, day);
  const undecided = undecidedRefs(rows, document.soaDecisions);
  const withdrawn = withdrawnRefs(document.catalogues);
  const listed = rows.filter((row) => !(withdrawn.has(row.ref) && undecided.has(row.ref)));
  if (listed.some((row) => row.applicable)) return listed;
  const open = listed.filter((row) => undecided.has(row.ref)).map((row) => row.ref);
  throw new IsmsError(
    "invalid_argument",
    listed.length === 0 ? "The Statement of Applicability has no control (no catalogue in scope), so there is no profile or system security plan to export." : `No control of the Statement of Applicability is applicable yet, so there is no profile or system security plan to export` + (open.length === 0 ? "." : `; ${open.length} ${open.length === 1 ? "control is" : "controls are"} undecided: ${open.join(", ")}.`)
  );
}
function exportOscal(document, model, options) {
  try {
    const organisation = document.organisation.name;
    const asOf = options.asOf;
    timestamp(asOf);
    const day = asOf.slice(0, 10);
    const catalogues = document.catalogues;
    switch (model) {
      case "catalog": {
        const id = options.catalogue ?? document.cataloguesInScope[0] ?? "annex-a";
        let source;
        if (id === "annex-a" || id === "annex-a-2013" || id === "clauses") source = id;
        else {
          const found = document.catalogues.find((catalogue) => catalogue.id === id);
          if (!found) throw unknownEntity("catalogue", id, "the built-in catalogues (annex-a, annex-a-2013, clauses) or the document");
          source = found;
        }
        return exportCatalog(source, { asOf, organisation, descriptions: document.controlDescriptions, catalogues });
      }
      case "profile":
        return exportProfile(
          soaRows(document, day).map((row) => row.ref),
          { asOf, organisation, catalogues, title: `${lineOr(organisation, "Organisation")}: controls of the Statement of Applicability` }
        );
      case "ssp": {
        const latest = document.soaVersions.at(-1);
        return exportSsp({
          organisation,
          asOf,
          scope: scopeText(document),
          rows: soaRows(document, day),
          descriptions: document.controlDescriptions,
          decisions: document.soaDecisions,
          catalogues,
          ...latest === void 0 ? {} : { version: String(latest.version) }
        });
      }
      case "assessment-results":
        return exportAssessmentResults({
          organisation,
          asOf,
          methodologies: document.methodologies,
          risks: document.risks,
          plans: document.treatmentPlans,
          decisions: document.decisions,
          audits: document.auditProgramme?.audits ?? [],
          nonconformities: document.nonconformities,
          catalogues
        });
      case "poam":
        return exportPoam({
          organisation,
          asOf,
          methodologies: document.methodologies,
          risks: document.risks,
          plans: document.treatmentPlans,
          decisions: document.decisions
        });
      case "mapping":
        return exportMappingCollection({ asOf, organisation });
      default: {
        const never = model;
        throw new IsmsError("invalid_argument", `Unknown OSCAL model "${String(never)}".`);
      }
    }
  } catch (error) {
    throw argumentError("exportOscal", error);
  }
}
function safeExportOscal(document, model, options) {
  try {
    return ok(exportOscal(document, model, options));
  } catch (error) {
    if (!(error instanceof IsmsError)) throw error;
    const path = error.code === "unknown_entity" ? ["catalogue"] : error.code === "invalid_date" ? ["asOf"] : ["soaDecisions"];
    return err([issue(error.code, error.message, path)]);
  }
}

// src/oscal/checkOscal.ts
var UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;
var TOKEN_KEYS = /* @__PURE__ */ new Set(["id", "class", "control-id", "role-id", "statement-id", "param-id", "group"]);
var TOKEN_LIST_KEYS = /* @__PURE__ */ new Set(["with-ids", "role-ids"]);
var UUID_REFERENCE_KEYS = /* @__PURE__ */ new Set(["party-uuid", "component-uuid", "observation-uuid", "risk-uuid", "finding-uuid", "provided-uuid", "responsibility-uuid"]);
var UUID_LIST_REFERENCE_KEYS = /* @__PURE__ */ new Set(["party-uuids", "member-of-organizations", "location-uuids"]);
var TIMESTAMP_KEYS = /* @__PURE__ */ new Set(["last-modified", "published", "start", "end", "collected", "expires", "deadline", "date", "date-time-stamp"]);
var MODELS = ["catalog", "profile", "system-security-plan", "assessment-results", "plan-of-action-and-milestones", "mapping-collection", "component-definition"];
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkProp(prop, path, walk) {
  const name = typeof prop.name === "string" ? prop.name : "";
  if (prop.ns === void 0) {
    if (!NIST_PROP_NAMES.has(name)) {
      walk.issues.push(issue("prop_without_namespace", `Prop "${name}" is not one of NIST's names, so it needs an "ns".`, [...path, "name"]));
    }
  } else if (prop.ns === ISMS_OSCAL_NS && !IsmsOscalPropNameSchema.safeParse(name).success) {
    walk.issues.push(issue("unknown_isms_prop", `Prop "${name}" is not in the ISMS vocabulary of ${ISMS_OSCAL_NS}.`, [...path, "name"]));
  } else if (prop.ns !== ISMS_OSCAL_NS && prop.ns !== CUSTOM_PROP_NS && typeof prop.ns === "string" && prop.ns.startsWith(ISMS_OSCAL_NS)) {
    walk.issues.push(issue("unknown_isms_namespace", `Namespace "${prop.ns}" is not one the library defines.`, [...path, "ns"]));
  }
}
function visit(value, path, key, parentKey, walk) {
  if (typeof value === "string") {
    const freeId = parentKey === "system-ids" || parentKey === "system-id" || parentKey === "external-ids" || parentKey === "threat-ids";
    if (value !== value.trim()) walk.issues.push(issue("untrimmed_string", "A string has leading or trailing white space.", path));
    if (value === "") walk.issues.push(issue("empty_string", "A string is empty.", path));
    if (key === "title" && /[\r\n]/.test(value)) walk.issues.push(issue("multiline_title", "A title holds a line break.", path));
    const isTokenKey = key !== void 0 && !freeId && (TOKEN_KEYS.has(key) || key === "name" && (parentKey === "props" || parentKey === "parts"));
    const isTokenListItem = parentKey !== void 0 && key === void 0 && TOKEN_LIST_KEYS.has(parentKey);
    if ((isTokenKey || isTokenListItem) && !TOKEN.test(value)) walk.issues.push(issue("invalid_token", `"${value}" is not an OSCAL token.`, path));
    if (key === "uuid") {
      if (!UUID.test(value)) walk.issues.push(issue("invalid_uuid", `"${value}" is not a version 4 or 5 UUID.`, path));
      const seen = walk.uuids.get(value);
      if (seen) walk.issues.push(issue("duplicate_uuid", `UUID ${value} is used more than once.`, path));
      else walk.uuids.set(value, path);
    }
    if (key === "id" && !freeId) {
      if (walk.ids.has(value)) walk.issues.push(issue("duplicate_id", `Id "${value}" is used more than once.`, path));
      else walk.ids.set(value, path);
    }
    if (key !== void 0 && TIMESTAMP_KEYS.has(key) && !isOscalDateTime(value)) {
      walk.issues.push(issue("invalid_timestamp", `"${value}" is not a date-time with a time zone.`, path));
    }
    if (key !== void 0 && UUID_REFERENCE_KEYS.has(key)) walk.references.push({ key, value, path });
    if (key === void 0 && parentKey !== void 0 && UUID_LIST_REFERENCE_KEYS.has(parentKey)) walk.references.push({ key: parentKey, value, path });
    if (key === "role-id" || key === void 0 && parentKey === "role-ids") walk.references.push({ key: "role-id", value, path });
    if (key === "href" && value.startsWith("#")) walk.references.push({ key: "href", value: value.slice(1), path });
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) walk.issues.push(issue("empty_array", "An array is empty; OSCAL wants the key left out.", path));
    value.forEach((item, index) => visit(item, [...path, index], void 0, key, walk));
    return;
  }
  if (!isObject(value)) return;
  if (parentKey === "props") checkProp(value, path, walk);
  if (parentKey === "parties" && (value.uuid === void 0 || value.type === void 0)) {
    walk.issues.push(issue("party_without_uuid_or_type", "A party needs a uuid and a type.", path));
  }
  if (parentKey === "controls" && typeof value.id === "string" && typeof value.title === "string") {
    const parts = Array.isArray(value.parts) ? value.parts : [];
    const withdrawn = Array.isArray(value.props) && value.props.some((prop) => isObject(prop) && prop.name === "status" && prop.ns === void 0 && (prop.value === "withdrawn" || prop.value === "Withdrawn"));
    if (!withdrawn && !parts.some((part) => isObject(part) && part.name === "statement")) {
      walk.issues.push(issue("control_without_statement", `Control "${value.id}" has no statement part.`, path));
    }
  }
  if (parentKey === "groups" && value.groups !== void 0 && value.controls !== void 0) {
    walk.issues.push(issue("group_with_groups_and_controls", "A group holds both sub-groups and controls.", path));
  }
  if (parentKey === "implemented-requirements" && (!Array.isArray(value["by-components"]) || value["by-components"].length === 0)) {
    walk.issues.push(issue("requirement_without_by_component", `Implemented requirement for "${String(value["control-id"])}" has no by-component.`, path));
  }
  for (const [childKey, child] of Object.entries(value)) visit(child, [...path, childKey], childKey, key ?? parentKey, walk);
}
function checkOscal(document) {
  const walk = { issues: [], ids: /* @__PURE__ */ new Map(), uuids: /* @__PURE__ */ new Map(), references: [] };
  if (!isObject(document)) return [issue("not_an_oscal_document", "An OSCAL document is a JSON object with one model key.")];
  const model = Object.keys(document).find((name) => MODELS.includes(name));
  if (model === void 0) return [issue("not_an_oscal_document", `An OSCAL document has one of the keys ${MODELS.join(", ")}.`)];
  visit(document[model], [model], model, void 0, walk);
  const root = document[model];
  const metadata = isObject(root) && isObject(root.metadata) ? root.metadata : void 0;
  const version = metadata?.["oscal-version"];
  if (typeof version !== "string" || !/^1\.2\.\d+$/.test(version)) {
    walk.issues.push(issue("unsupported_oscal_version", "An export declares oscal-version 1.2.x.", [model, "metadata", "oscal-version"]));
  }
  const roles = new Set(
    (Array.isArray(metadata?.roles) ? metadata.roles : []).flatMap((role) => isObject(role) && typeof role.id === "string" ? [role.id] : [])
  );
  for (const reference of walk.references) {
    const resolves = reference.key === "role-id" ? roles.has(reference.value) : reference.key === "href" ? walk.uuids.has(reference.value) || walk.ids.has(reference.value) : walk.uuids.has(reference.value);
    if (!resolves) {
      walk.issues.push(issue("unresolved_reference", `${reference.key} "${reference.value}" points to nothing in the document.`, reference.path));
    }
  }
  return walk.issues;
}
export {
  ISMS_OSCAL_NS,
  IsmsOscalPropNameSchema,
  OSCAL_MODELS,
  OSCAL_VERSION,
  OscalModelSchema,
  checkOscal,
  exportAssessmentResults,
  exportCatalog,
  exportMappingCollection,
  exportOscal,
  exportPoam,
  exportProfile,
  exportSsp,
  importCatalog,
  oscalControlId,
  safeExportOscal
};
