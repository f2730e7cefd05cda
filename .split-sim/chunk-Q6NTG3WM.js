import {
  at,
  deepEqual,
  partyKey,
  produce,
  rejectReservedKeys,
  unknownEntity
} from "./chunk-Q7XSFGXC.js";
import {
  AssetIdSchema,
  CustomFieldsSchema,
  IsmsError,
  IsoDateSchema,
  IsoDurationSchema,
  NonBlankStringSchema,
  PartySchema,
  argumentError,
  durationToMinutes,
  err,
  issue,
  ok,
  sortIssues
} from "./chunk-7Q37T3A7.js";

// src/assets/requirementScales.ts
import * as z from "zod";
var KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
var LevelKeySchema = z.string().min(1).max(64).regex(KEY_PATTERN, { message: "must use letters, digits, _ and -, starting with a letter or digit" });
var RequirementPropertyKeySchema = z.string().min(1).max(64).regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, { message: "must be a letter followed by letters, digits or _" });
var RequirementLevelSchema = z.strictObject({
  key: LevelKeySchema,
  label: NonBlankStringSchema,
  description: z.string().optional()
});
function uniqueKeys(levels, ctx) {
  const seen = /* @__PURE__ */ new Set();
  levels.forEach((level, index) => {
    if (seen.has(level.key)) {
      ctx.addIssue({ code: "custom", message: `level key "${level.key}" is used twice`, path: ["levels", index, "key"] });
    }
    seen.add(level.key);
  });
}
var RequirementScaleSchema = z.strictObject({
  label: NonBlankStringSchema,
  description: z.string().optional(),
  levels: z.array(RequirementLevelSchema).min(1),
  custom: CustomFieldsSchema.optional()
}).superRefine((scale, ctx) => uniqueKeys(scale.levels, ctx));
var RequirementScalesSchema = rejectReservedKeys(
  z.object({
    confidentiality: RequirementScaleSchema,
    integrity: RequirementScaleSchema,
    availability: RequirementScaleSchema
  }).catchall(RequirementScaleSchema).superRefine((scales, ctx) => {
    for (const key of Object.keys(scales)) {
      if (!RequirementPropertyKeySchema.safeParse(key).success) {
        ctx.addIssue({ code: "custom", message: `"${key}" is not a valid property key`, path: [key] });
      }
    }
  })
);
function fourLevels(label, description) {
  return {
    label,
    description,
    levels: [
      { key: "low", label: "Low", description: "A failure would be a nuisance with little lasting effect." },
      { key: "medium", label: "Medium", description: "A failure would hurt one team or a few customers." },
      { key: "high", label: "High", description: "A failure would hurt the organisation or many customers." },
      { key: "very_high", label: "Very high", description: "A failure would threaten the organisation or people's safety." }
    ]
  };
}
var defaultRequirementScales = {
  confidentiality: fourLevels("Confidentiality", "How much harm disclosure to the wrong people would do."),
  integrity: fourLevels("Integrity", "How much harm wrong or altered content would do."),
  availability: fourLevels("Availability", "How much harm not having it when needed would do.")
};

// src/assets/classification.ts
import * as z2 from "zod";
var ClassificationLevelSchema = z2.strictObject({
  key: LevelKeySchema,
  label: NonBlankStringSchema,
  description: z2.string().optional(),
  handling: z2.string().optional(),
  expectedConfidentiality: z2.strictObject({
    /** Lowest consistent confidentiality level key. */
    min: LevelKeySchema.optional(),
    /** Highest consistent confidentiality level key. */
    max: LevelKeySchema.optional()
  }).optional()
});
var ClassificationSchemeSchema = z2.strictObject({
  levels: z2.array(ClassificationLevelSchema).min(1),
  custom: CustomFieldsSchema.optional()
}).superRefine((scheme, ctx) => {
  const seen = /* @__PURE__ */ new Set();
  scheme.levels.forEach((level, index) => {
    if (seen.has(level.key)) {
      ctx.addIssue({ code: "custom", message: `level key "${level.key}" is used twice`, path: ["levels", index, "key"] });
    }
    seen.add(level.key);
  });
});
var defaultClassificationScheme = {
  levels: [
    {
      key: "public",
      label: "Public",
      description: "Meant for anyone; disclosure does no harm.",
      handling: "May be published. Keep integrity: publish only approved versions.",
      expectedConfidentiality: { max: "low" }
    },
    {
      key: "internal",
      label: "Internal",
      description: "For staff and contractors under agreement; disclosure would be awkward rather than harmful.",
      handling: "Share inside the organisation only. No special storage rules.",
      expectedConfidentiality: { max: "medium" }
    },
    {
      key: "confidential",
      label: "Confidential",
      description: "For named groups with a need to know; disclosure would cause real harm.",
      handling: "Share with named recipients; encrypt in transit and on removable media; label documents.",
      expectedConfidentiality: { min: "medium" }
    },
    {
      key: "restricted",
      label: "Restricted",
      description: "For a few named people; disclosure could cause severe or lasting harm.",
      handling: "Named individuals only; encrypt at rest and in transit; log access; no printing without approval.",
      expectedConfidentiality: { min: "high" }
    }
  ]
};

// src/assets/settings.ts
import * as z3 from "zod";
var AssetSettingsSchema = z3.strictObject({
  classification: ClassificationSchemeSchema,
  requirementScales: RequirementScalesSchema,
  custom: CustomFieldsSchema.optional()
});
var defaultAssetSettings = {
  classification: defaultClassificationScheme,
  requirementScales: defaultRequirementScales
};

// src/assets/asset.ts
import * as z4 from "zod";
var BuiltInAssetTypeSchema = z4.enum([
  "information",
  "software",
  "hardware",
  "service",
  "people",
  "site",
  "supplier",
  "cloud_service"
]);
var AssetTypeSchema = z4.union([
  BuiltInAssetTypeSchema,
  z4.string().max(64).regex(/^[a-z][a-z0-9_-]*$/, { message: "an own asset type uses lower-case letters, digits, _ and -" })
]);
var LifecycleStatusSchema = z4.enum(["planned", "in_use", "retired", "disposed"]);
var RecoveryObjectivesSchema = z4.strictObject({
  rto: IsoDurationSchema.optional(),
  rpo: IsoDurationSchema.optional(),
  maximumTolerableDowntime: IsoDurationSchema.optional()
});
var RequirementOverrideSchema = z4.strictObject({
  level: LevelKeySchema,
  reason: NonBlankStringSchema
});
var AssetSchema = z4.strictObject({
  id: AssetIdSchema,
  name: NonBlankStringSchema,
  type: AssetTypeSchema,
  description: z4.string().optional(),
  owner: PartySchema,
  custodian: PartySchema.optional(),
  location: z4.string().optional(),
  status: LifecycleStatusSchema,
  inServiceFrom: IsoDateSchema.optional(),
  retiredOn: IsoDateSchema.optional(),
  disposedOn: IsoDateSchema.optional(),
  classification: LevelKeySchema.optional(),
  requirements: rejectReservedKeys(z4.record(RequirementPropertyKeySchema, LevelKeySchema)).optional(),
  requirementOverrides: rejectReservedKeys(z4.record(RequirementPropertyKeySchema, RequirementOverrideSchema)).optional(),
  recoveryObjectives: RecoveryObjectivesSchema.optional(),
  dependsOn: z4.array(AssetIdSchema).optional(),
  tags: z4.array(NonBlankStringSchema).optional(),
  custom: CustomFieldsSchema.optional()
});

// src/assets/_internal/graph.ts
function buildGraph(assets) {
  const size = assets.length;
  const indexOf = /* @__PURE__ */ new Map();
  let edgeCount = 0;
  for (let index = 0; index < size; index += 1) {
    const asset = at(assets, index);
    if (!indexOf.has(asset.id)) indexOf.set(asset.id, index);
    edgeCount += asset.dependsOn?.length ?? 0;
  }
  const offsets = new Int32Array(size + 1);
  const targets = new Int32Array(edgeCount);
  const positions = new Int32Array(edgeCount);
  let edge = 0;
  for (let index = 0; index < size; index += 1) {
    offsets[index] = edge;
    const dependsOn = at(assets, index).dependsOn;
    if (dependsOn === void 0) continue;
    for (let position = 0; position < dependsOn.length; position += 1) {
      const target = indexOf.get(at(dependsOn, position));
      if (target === void 0) continue;
      targets[edge] = target;
      positions[edge] = position;
      edge += 1;
    }
  }
  offsets[size] = edge;
  return { size, indexOf, offsets, targets: targets.subarray(0, edge), positions: positions.subarray(0, edge) };
}
function stronglyConnectedComponents(graph) {
  const { size, offsets, targets } = graph;
  const order = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const stack = new Int32Array(size);
  const callNode = new Int32Array(size);
  const callEdge = new Int32Array(size);
  const componentOf = new Int32Array(size);
  const members = new Int32Array(size);
  const starts = new Int32Array(size + 1);
  let stackTop = 0;
  let callTop = 0;
  let counter = 0;
  let count = 0;
  let memberCount = 0;
  for (let root = 0; root < size; root += 1) {
    if (order[root] !== -1) continue;
    order[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    callNode[0] = root;
    callEdge[0] = at(offsets, root);
    callTop = 1;
    while (callTop > 0) {
      const node = at(callNode, callTop - 1);
      const edge = at(callEdge, callTop - 1);
      if (edge < at(offsets, node + 1)) {
        callEdge[callTop - 1] = edge + 1;
        const next = at(targets, edge);
        if (order[next] === -1) {
          order[next] = low[next] = counter++;
          stack[stackTop++] = next;
          onStack[next] = 1;
          callNode[callTop] = next;
          callEdge[callTop] = at(offsets, next);
          callTop += 1;
        } else if (onStack[next] === 1 && at(order, next) < at(low, node)) {
          low[node] = at(order, next);
        }
        continue;
      }
      callTop -= 1;
      if (low[node] === order[node]) {
        starts[count] = memberCount;
        let member;
        do {
          member = at(stack, --stackTop);
          onStack[member] = 0;
          componentOf[member] = count;
          members[memberCount++] = member;
        } while (member !== node);
        count += 1;
      }
      if (callTop > 0) {
        const parent = at(callNode, callTop - 1);
        if (at(low, node) < at(low, parent)) low[parent] = at(low, node);
      }
    }
  }
  starts[count] = memberCount;
  return { componentOf, count, members, starts };
}
function hasSelfLoop(graph, node) {
  for (let edge = at(graph.offsets, node); edge < at(graph.offsets, node + 1); edge += 1) {
    if (graph.targets[edge] === node) return true;
  }
  return false;
}

// src/assets/_internal/scales.ts
var cache = /* @__PURE__ */ new WeakMap();
function resolveScales(settings) {
  const scales = settings.requirementScales;
  const cached = cache.get(scales);
  if (cached) return cached;
  const properties = ["confidentiality", "integrity", "availability"];
  for (const key of Object.keys(scales)) if (!properties.includes(key)) properties.push(key);
  const propertyIndex = new Map(properties.map((key, index) => [key, index]));
  const levels = properties.map((key) => (scales[key]?.levels ?? []).map((level) => level.key));
  const ranks = levels.map((keys) => {
    const map = /* @__PURE__ */ new Map();
    keys.forEach((key, rank) => {
      if (!map.has(key)) map.set(key, rank);
    });
    return map;
  });
  const resolved = { properties, propertyIndex, ranks, levels };
  cache.set(scales, resolved);
  return resolved;
}

// src/assets/effectiveRequirements.ts
var OWN = Object.freeze({ kind: "own" });
var NONE = 0;
var FROM_OWN = 1;
var INHERITED = 2;
var OVERRIDE = 3;
function effectiveRequirements(assets, settings = defaultAssetSettings) {
  try {
    const scales = resolveScales(settings);
    const propertyCount = scales.properties.length;
    const graph = buildGraph(assets);
    const { size, offsets, targets } = graph;
    const slots = size * propertyCount;
    const rank = new Int16Array(slots).fill(-1);
    const kind = new Uint8Array(slots);
    const origin = new Int32Array(slots);
    const via = new Int32Array(slots);
    const ownRank = new Int16Array(slots).fill(-1);
    const overrideRank = new Int16Array(slots).fill(-1);
    const overrideReason = /* @__PURE__ */ new Map();
    for (let node = 0; node < size; node += 1) {
      const asset = at(assets, node);
      const base = node * propertyCount;
      if (asset.requirements !== void 0) {
        for (const [property, level] of Object.entries(asset.requirements)) {
          const index = scales.propertyIndex.get(property);
          if (index === void 0) continue;
          const found = scales.ranks[index]?.get(level);
          if (found !== void 0) ownRank[base + index] = found;
        }
      }
      if (asset.requirementOverrides !== void 0) {
        for (const [property, override] of Object.entries(asset.requirementOverrides)) {
          const index = scales.propertyIndex.get(property);
          if (index === void 0) continue;
          const found = scales.ranks[index]?.get(override.level);
          if (found === void 0) continue;
          overrideRank[base + index] = found;
          overrideReason.set(base + index, override.reason);
        }
      }
    }
    const settle = (node) => {
      const base = node * propertyCount;
      for (let property = 0; property < propertyCount; property += 1) {
        const slot = base + property;
        if (at(overrideRank, slot) >= 0) {
          rank[slot] = at(overrideRank, slot);
          kind[slot] = OVERRIDE;
        } else if (at(ownRank, slot) >= 0 && at(ownRank, slot) >= at(rank, slot)) {
          rank[slot] = at(ownRank, slot);
          kind[slot] = FROM_OWN;
        }
      }
    };
    const push = (from, to, guardOverrides) => {
      let raised = false;
      const fromBase = from * propertyCount;
      const toBase = to * propertyCount;
      for (let property = 0; property < propertyCount; property += 1) {
        const source = fromBase + property;
        const target = toBase + property;
        if (at(rank, source) <= at(rank, target)) continue;
        if (guardOverrides && kind[target] === OVERRIDE) continue;
        rank[target] = at(rank, source);
        kind[target] = INHERITED;
        origin[target] = kind[source] === INHERITED ? at(origin, source) : from;
        via[target] = from;
        raised = true;
      }
      return raised;
    };
    const components = stronglyConnectedComponents(graph);
    const { componentOf, members, starts } = components;
    const queued = new Uint8Array(size);
    const queue = [];
    for (let component = components.count - 1; component >= 0; component -= 1) {
      const start = at(starts, component);
      const end = at(starts, component + 1);
      for (let member = start; member < end; member += 1) settle(at(members, member));
      if (end - start > 1) {
        for (let member = start; member < end; member += 1) {
          const node = at(members, member);
          queued[node] = 1;
          queue.push(node);
        }
        while (queue.length > 0) {
          const node = queue.pop();
          queued[node] = 0;
          for (let edge = at(offsets, node); edge < at(offsets, node + 1); edge += 1) {
            const next = at(targets, edge);
            if (next === node || componentOf[next] !== component) continue;
            if (push(node, next, true) && queued[next] === 0) {
              queued[next] = 1;
              queue.push(next);
            }
          }
        }
      }
      for (let member = start; member < end; member += 1) {
        const node = at(members, member);
        for (let edge = at(offsets, node); edge < at(offsets, node + 1); edge += 1) {
          const next = at(targets, edge);
          if (componentOf[next] !== component) push(node, next, false);
        }
      }
    }
    const result = /* @__PURE__ */ new Map();
    for (let node = 0; node < size; node += 1) {
      const asset = at(assets, node);
      if (result.has(asset.id)) continue;
      const set = {};
      const base = node * propertyCount;
      for (let property = 0; property < propertyCount; property += 1) {
        const slot = base + property;
        const value = at(rank, slot);
        if (kind[slot] === NONE) continue;
        const key = at(scales.properties, property);
        const level = at(at(scales.levels, property), value);
        let source;
        if (kind[slot] === FROM_OWN) source = OWN;
        else if (kind[slot] === OVERRIDE) source = { kind: "override", reason: overrideReason.get(slot) };
        else {
          source = {
            kind: "inherited",
            from: at(assets, at(origin, slot)).id,
            via: at(assets, at(via, slot)).id
          };
        }
        set[key] = { property: key, level, rank: value, source };
      }
      result.set(asset.id, set);
    }
    return result;
  } catch (error) {
    throw argumentError("effectiveRequirements", error);
  }
}

// src/assets/effectiveCriticality.ts
function requirementScore(requirement, settings = defaultAssetSettings) {
  try {
    const scales = resolveScales(settings);
    const index = scales.propertyIndex.get(requirement.property);
    const length = index === void 0 ? 1 : at(scales.levels, index).length;
    return length <= 1 ? 1 : requirement.rank / (length - 1);
  } catch (error) {
    throw argumentError("requirementScore", error);
  }
}
function effectiveCriticality(requirements, settings = defaultAssetSettings) {
  try {
    let best;
    let bestScore = -1;
    for (const property of resolveScales(settings).properties) {
      const requirement = requirements[property];
      if (requirement === void 0) continue;
      const score = requirementScore(requirement, settings);
      if (score > bestScore) {
        best = requirement;
        bestScore = score;
      }
    }
    return best;
  } catch (error) {
    throw argumentError("effectiveCriticality", error);
  }
}

// src/assets/listDependencyCycles.ts
function shortestCycle(graph, componentOf, start) {
  const parent = /* @__PURE__ */ new Map();
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const node = at(queue, head);
    for (let edge = at(graph.offsets, node); edge < at(graph.offsets, node + 1); edge += 1) {
      const next = at(graph.targets, edge);
      if (componentOf[next] !== componentOf[start]) continue;
      if (next === start) {
        const nodes = [node];
        for (let at2 = node; at2 !== start; ) {
          at2 = parent.get(at2);
          nodes.push(at2);
        }
        nodes.reverse();
        const second = nodes[1] ?? start;
        let position = 0;
        for (let first = at(graph.offsets, start); first < at(graph.offsets, start + 1); first += 1) {
          if (graph.targets[first] === second) {
            position = at(graph.positions, first);
            break;
          }
        }
        return { nodes, position };
      }
      if (!parent.has(next) && next !== start) {
        parent.set(next, node);
        queue.push(next);
      }
    }
  }
  return { nodes: [start], position: 0 };
}
function listDependencyCycles(assets) {
  try {
    return cyclesOf(assets, buildGraph(assets));
  } catch (error) {
    throw argumentError("listDependencyCycles", error);
  }
}
function cyclesOf(assets, graph) {
  const { componentOf, count, members, starts } = stronglyConnectedComponents(graph);
  const found = [];
  for (let component = 0; component < count; component += 1) {
    const start = at(starts, component);
    const end = at(starts, component + 1);
    if (end - start === 1 && !hasSelfLoop(graph, at(members, start))) continue;
    const group = Array.from(members.subarray(start, end)).sort((a, b) => a - b);
    const first = at(group, 0);
    const { nodes, position } = shortestCycle(graph, componentOf, first);
    found.push({
      cycle: nodes.map((node) => at(assets, node).id),
      members: group.map((node) => at(assets, node).id),
      index: first,
      position
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

// src/assets/_internal/lookup.ts
function requireIndex(assets, id) {
  const index = assets.findIndex((asset) => asset.id === id);
  if (index === -1) throw unknownEntity("asset", id);
  return index;
}
function hasOwner(asset) {
  const owner = asset.owner;
  return typeof owner === "string" && /\S/.test(owner);
}
function isOutOfUse(asset) {
  return asset.status === "retired" || asset.status === "disposed";
}
function single(code, message, path = []) {
  return [issue(code, message, path)];
}

// src/assets/validateAssets.ts
function checkRatings(asset, index, field, settings, found) {
  const record2 = asset[field];
  if (record2 === void 0) return;
  const scales = resolveScales(settings);
  for (const [property, value] of Object.entries(record2)) {
    const path = [index, field, property];
    const propertyIndex = scales.propertyIndex.get(property);
    if (propertyIndex === void 0) {
      found.push(issue("unknown_requirement_property", `Asset ${asset.id} rates "${property}", which has no scale in the settings.`, path));
      continue;
    }
    const level = typeof value === "string" ? value : value.level;
    if (!scales.ranks[propertyIndex]?.has(level)) {
      const allowed = at(scales.levels, propertyIndex).join(", ");
      found.push(
        issue(
          "rating_not_on_scale",
          `Asset ${asset.id} rates ${property} "${level}", which is not on its scale (${allowed}).`,
          typeof value === "string" ? path : [...path, "level"]
        )
      );
    }
    if (typeof value !== "string" && (typeof value.reason !== "string" || value.reason.trim() === "")) {
      found.push(issue("override_without_reason", `Asset ${asset.id} overrides ${property} without a reason.`, [...path, "reason"]));
    }
  }
}
function checkClassification(asset, index, settings, found) {
  if (asset.classification === void 0) return;
  const level = settings.classification.levels.find((candidate) => candidate.key === asset.classification);
  if (level === void 0) {
    const allowed = settings.classification.levels.map((candidate) => candidate.key).join(", ");
    found.push(
      issue(
        "unknown_classification",
        `Asset ${asset.id} is classified "${asset.classification}", which is not a level of the scheme (${allowed}).`,
        [index, "classification"]
      )
    );
    return;
  }
  const own = asset.requirements?.confidentiality;
  const expected = level.expectedConfidentiality;
  if (own === void 0 || expected === void 0) return;
  const ranks = at(resolveScales(settings).ranks, 0);
  const rank = ranks.get(own);
  if (rank === void 0) return;
  const min = expected.min === void 0 ? void 0 : ranks.get(expected.min);
  const max = expected.max === void 0 ? void 0 : ranks.get(expected.max);
  if (min !== void 0 && rank < min || max !== void 0 && rank > max) {
    found.push(
      issue(
        "classification_requirement_mismatch",
        `Asset ${asset.id} is classified ${level.label} but its confidentiality requirement is "${own}"; the scheme expects ${[expected.min && `at least "${expected.min}"`, expected.max && `at most "${expected.max}"`].filter(Boolean).join(" and ")}.`,
        [index, "requirements", "confidentiality"],
        "warning"
      )
    );
  }
}
function checkLifecycle(asset, index, found) {
  if (asset.status === "retired" && asset.retiredOn === void 0) {
    found.push(issue("missing_lifecycle_date", `Asset ${asset.id} is retired but has no retiredOn date.`, [index, "retiredOn"], "warning"));
  }
  if (asset.status === "disposed" && asset.disposedOn === void 0) {
    found.push(issue("missing_lifecycle_date", `Asset ${asset.id} is disposed of but has no disposedOn date.`, [index, "disposedOn"], "warning"));
  }
  if (asset.retiredOn === void 0 && asset.disposedOn === void 0) return;
  const dates = [
    ["inServiceFrom", asset.inServiceFrom],
    ["retiredOn", asset.retiredOn],
    ["disposedOn", asset.disposedOn]
  ];
  const present = dates.filter((entry) => entry[1] !== void 0);
  for (let later = 1; later < present.length; later += 1) {
    const [laterField, laterDate] = at(present, later);
    const [earlierField, earlierDate] = at(present, later - 1);
    if (laterDate < earlierDate) {
      found.push(
        issue(
          "lifecycle_dates_out_of_order",
          `Asset ${asset.id}: ${laterField} ${laterDate} is before ${earlierField} ${earlierDate}.`,
          [index, laterField]
        )
      );
    }
  }
  const stillUsed = asset.status === "planned" || asset.status === "in_use";
  if (stillUsed && (asset.retiredOn !== void 0 || asset.disposedOn !== void 0)) {
    const field = asset.retiredOn !== void 0 ? "retiredOn" : "disposedOn";
    found.push(
      issue("lifecycle_status_mismatch", `Asset ${asset.id} is ${asset.status} but has a ${field} date.`, [index, field], "warning")
    );
  }
}
function checkRecovery(asset, index, found) {
  const objectives = asset.recoveryObjectives;
  if (objectives?.rto === void 0 || objectives.maximumTolerableDowntime === void 0) return;
  if (durationToMinutes(objectives.rto) > durationToMinutes(objectives.maximumTolerableDowntime)) {
    found.push(
      issue(
        "recovery_objectives_inconsistent",
        `Asset ${asset.id}: the recovery time objective ${objectives.rto} exceeds the maximum tolerable downtime ${objectives.maximumTolerableDowntime}.`,
        [index, "recoveryObjectives", "rto"],
        "warning"
      )
    );
  }
}
function validateAssets(assets, settings = defaultAssetSettings) {
  try {
    const found = [];
    const graph = buildGraph(assets);
    const activeDependents = /* @__PURE__ */ new Map();
    const outOfUse = /* @__PURE__ */ new Set();
    for (const asset of assets) if (isOutOfUse(asset)) outOfUse.add(asset.id);
    assets.forEach((asset, index) => {
      const first = graph.indexOf.get(asset.id);
      if (first !== index) {
        found.push(issue("duplicate_asset_id", `Asset id ${asset.id} is already used by the asset at index ${String(first)}.`, [index, "id"]));
      }
      if (!hasOwner(asset)) found.push(issue("missing_owner", `Asset ${asset.id} has no owner.`, [index, "owner"]));
      const dependsOn = asset.dependsOn ?? [];
      const seen = dependsOn.length > 8 ? /* @__PURE__ */ new Set() : void 0;
      dependsOn.forEach((target, position) => {
        const path = () => [index, "dependsOn", position];
        const repeated = seen === void 0 ? dependsOn.indexOf(target) < position : seen.has(target);
        seen?.add(target);
        if (!graph.indexOf.has(target)) {
          found.push(issue("unknown_asset_reference", `Asset ${asset.id} depends on ${target}, which is not in the inventory.`, path()));
        } else if (repeated) {
          found.push(issue("duplicate_dependency", `Asset ${asset.id} lists ${target} twice.`, path(), "warning"));
        } else if (outOfUse.has(target) && !isOutOfUse(asset) && target !== asset.id) {
          const list = activeDependents.get(target) ?? [];
          list.push(asset.id);
          activeDependents.set(target, list);
        }
      });
      checkRatings(asset, index, "requirements", settings, found);
      checkRatings(asset, index, "requirementOverrides", settings, found);
      checkClassification(asset, index, settings, found);
      checkLifecycle(asset, index, found);
      checkRecovery(asset, index, found);
    });
    assets.forEach((asset, index) => {
      const dependents = activeDependents.get(asset.id);
      if (dependents === void 0 || !isOutOfUse(asset) || graph.indexOf.get(asset.id) !== index) return;
      found.push(
        issue(
          "retired_asset_in_use",
          `Asset ${asset.id} is ${asset.status} but ${dependents.join(", ")} still depend${dependents.length === 1 ? "s" : ""} on it.`,
          [index, "status"],
          "warning"
        )
      );
    });
    for (const cycle of cyclesOf(assets, graph)) {
      const closed = [...cycle.cycle, cycle.cycle[0]].join(" \u2192 ");
      const onCycle = new Set(cycle.cycle);
      const others = cycle.members.filter((id) => !onCycle.has(id));
      found.push(
        issue(
          "dependency_cycle",
          `Assets depend on each other in a cycle: ${closed}.` + (others.length > 0 ? ` The cycle group also holds ${others.join(", ")}.` : ""),
          [cycle.index, "dependsOn", cycle.position]
        )
      );
    }
    return sortIssues(found);
  } catch (error) {
    throw argumentError("validateAssets", error);
  }
}

// src/assets/validateAssetSettings.ts
function validateAssetSettings(settings) {
  try {
    const found = [];
    const ranks = at(resolveScales(settings).ranks, 0);
    settings.classification.levels.forEach((level, index) => {
      const expected = level.expectedConfidentiality;
      if (expected === void 0) return;
      const path = ["classification", "levels", index, "expectedConfidentiality"];
      for (const bound of ["min", "max"]) {
        const key = expected[bound];
        if (key !== void 0 && !ranks.has(key)) {
          found.push(
            issue("unknown_scale_level", `Classification ${level.label} expects confidentiality "${key}", which is not on the confidentiality scale.`, [
              ...path,
              bound
            ])
          );
        }
      }
      const min = expected.min === void 0 ? void 0 : ranks.get(expected.min);
      const max = expected.max === void 0 ? void 0 : ranks.get(expected.max);
      if (min !== void 0 && max !== void 0 && min > max) {
        found.push(issue("invalid_expected_range", `Classification ${level.label} expects a confidentiality minimum above its maximum.`, path));
      }
    });
    return found;
  } catch (error) {
    throw argumentError("validateAssetSettings", error);
  }
}

// src/assets/addAsset.ts
function addAsset(assets, asset) {
  try {
    const taken = assets.findIndex((existing) => existing.id === asset.id);
    if (taken !== -1) {
      return err(single("duplicate_asset_id", `Asset id ${asset.id} is already used by the asset at index ${taken}.`, [taken, "id"]));
    }
    const copy = structuredClone(asset);
    return ok(
      produce(assets, (draft) => {
        draft.push(copy);
      })
    );
  } catch (error) {
    throw argumentError("addAsset", error);
  }
}

// src/assets/updateAsset.ts
var REQUIRED = /* @__PURE__ */ new Set(["name", "type", "owner", "status"]);
var DEDICATED = {
  id: "addAsset under the new id, then removeAsset for the old one",
  dependsOn: "linkDependency or unlinkDependency",
  status: "retireAsset or disposeAsset",
  retiredOn: "retireAsset",
  disposedOn: "disposeAsset"
};
var SETTINGS_CODES = /* @__PURE__ */ new Set(["unknown_classification", "unknown_requirement_property", "rating_not_on_scale", "override_without_reason"]);
var OPEN_STATUSES = /* @__PURE__ */ new Set(["planned", "in_use"]);
function updateAsset(assets, id, patch, settings = defaultAssetSettings) {
  try {
    const index = requireIndex(assets, id);
    const current = at(assets, index);
    const changes = [];
    const refused = [];
    for (const [key, value] of Object.entries(patch)) {
      if (value === void 0 && REQUIRED.has(key)) throw new IsmsError("invalid_argument", `updateAsset cannot remove the required field ${key}.`);
      const existing = current[key];
      if (value === void 0 ? existing === void 0 && !Object.hasOwn(current, key) : deepEqual(existing, value)) continue;
      const command = DEDICATED[key];
      if (command !== void 0 && !(key === "status" && OPEN_STATUSES.has(existing) && OPEN_STATUSES.has(value))) {
        refused.push(issue("use_dedicated_command", `updateAsset does not change ${key} of asset ${id}; use ${command} instead, so that the change is checked.`, [index, key]));
        continue;
      }
      changes.push([key, value === void 0 ? void 0 : structuredClone(value)]);
    }
    if (refused.length > 0) return err(refused);
    if (changes.length === 0) return ok(assets);
    const next = { ...current };
    for (const [key, value] of changes) {
      if (value === void 0) delete next[key];
      else next[key] = value;
    }
    const parsed = AssetSchema.safeParse(next);
    if (!parsed.success) {
      return err(
        parsed.error.issues.map(
          (found) => issue("invalid_asset", `Asset ${id}: ${found.message}`, [index, ...found.path.map((part) => typeof part === "symbol" ? String(part) : part)])
        )
      );
    }
    const changed = new Set(changes.map(([key]) => key));
    const offScale = validateAssets([parsed.data], settings).filter((found) => SETTINGS_CODES.has(found.code) && changed.has(String(found.path[1]))).map((found) => ({ ...found, path: [index, ...found.path.slice(1)] }));
    if (offScale.length > 0) return err(offScale);
    return ok(
      produce(assets, (draft) => {
        const target = at(draft, index);
        for (const [key, value] of changes) {
          if (value === void 0) delete target[key];
          else target[key] = value;
        }
      })
    );
  } catch (error) {
    throw argumentError("updateAsset", error);
  }
}

// src/assets/retireAsset.ts
function retireAsset(assets, id, date) {
  try {
    const index = requireIndex(assets, id);
    const asset = at(assets, index);
    if (asset.status === "disposed") {
      return err(single("invalid_lifecycle_transition", `Asset ${id} is already disposed of and cannot be retired.`, [index, "status"]));
    }
    if (asset.status === "retired") {
      if (asset.retiredOn === date) return ok(assets);
      return err(
        single("invalid_lifecycle_transition", `Asset ${id} was already retired on ${asset.retiredOn ?? "an unrecorded date"}.`, [index, "retiredOn"])
      );
    }
    if (asset.inServiceFrom !== void 0 && date < asset.inServiceFrom) {
      return err(
        single("lifecycle_dates_out_of_order", `Asset ${id} cannot retire on ${date}, before it entered service on ${asset.inServiceFrom}.`, [
          index,
          "retiredOn"
        ])
      );
    }
    return ok(
      produce(assets, (draft) => {
        const target = at(draft, index);
        target.status = "retired";
        target.retiredOn = date;
      })
    );
  } catch (error) {
    throw argumentError("retireAsset", error);
  }
}

// src/assets/disposeAsset.ts
function disposeAsset(assets, id, date) {
  try {
    const index = requireIndex(assets, id);
    const asset = at(assets, index);
    if (asset.status === "disposed") {
      if (asset.disposedOn === date) return ok(assets);
      return err(
        single("invalid_lifecycle_transition", `Asset ${id} was already disposed of on ${asset.disposedOn ?? "an unrecorded date"}.`, [
          index,
          "disposedOn"
        ])
      );
    }
    const earlier = [asset.inServiceFrom, asset.retiredOn].filter((day) => day !== void 0 && date < day);
    if (earlier.length > 0) {
      return err(
        single("lifecycle_dates_out_of_order", `Asset ${id} cannot be disposed of on ${date}, before ${earlier.join(" and ")}.`, [index, "disposedOn"])
      );
    }
    return ok(
      produce(assets, (draft) => {
        const target = at(draft, index);
        target.status = "disposed";
        target.disposedOn = date;
      })
    );
  } catch (error) {
    throw argumentError("disposeAsset", error);
  }
}

// src/assets/correctAssetLifecycleDates.ts
function correctAssetLifecycleDates(assets, id, dates) {
  try {
    const index = requireIndex(assets, id);
    const asset = at(assets, index);
    const found = [];
    if (dates.retiredOn !== void 0 && asset.status !== "retired" && asset.status !== "disposed") {
      found.push(issue("invalid_lifecycle_transition", `Asset ${id} is ${asset.status}, not retired: use retireAsset to retire it.`, [index, "retiredOn"]));
    }
    if (dates.disposedOn !== void 0 && asset.status !== "disposed") {
      found.push(issue("invalid_lifecycle_transition", `Asset ${id} is ${asset.status}, not disposed of: use disposeAsset to dispose of it.`, [index, "disposedOn"]));
    }
    const retiredOn = dates.retiredOn ?? asset.retiredOn;
    const disposedOn = dates.disposedOn ?? asset.disposedOn;
    if (retiredOn !== void 0 && asset.inServiceFrom !== void 0 && retiredOn < asset.inServiceFrom) {
      found.push(issue("lifecycle_dates_out_of_order", `Asset ${id} cannot be retired on ${retiredOn}, before it entered service on ${asset.inServiceFrom}.`, [index, "retiredOn"]));
    }
    const earlier = [asset.inServiceFrom, retiredOn].filter((day) => day !== void 0 && disposedOn !== void 0 && disposedOn < day);
    if (disposedOn !== void 0 && earlier.length > 0) {
      found.push(issue("lifecycle_dates_out_of_order", `Asset ${id} cannot be disposed of on ${disposedOn}, before ${earlier.join(" and ")}.`, [index, dates.disposedOn !== void 0 ? "disposedOn" : "retiredOn"]));
    }
    if (found.length > 0) return err(found);
    if (retiredOn === asset.retiredOn && disposedOn === asset.disposedOn) return ok(assets);
    return ok(
      produce(assets, (draft) => {
        const target = at(draft, index);
        if (retiredOn !== void 0) target.retiredOn = retiredOn;
        if (disposedOn !== void 0) target.disposedOn = disposedOn;
      })
    );
  } catch (error) {
    throw argumentError("correctAssetLifecycleDates", error);
  }
}

// src/assets/removeAsset.ts
function removeAsset(assets, id) {
  try {
    const index = requireIndex(assets, id);
    const dependents = assets.filter((asset, other) => other !== index && asset.dependsOn?.includes(id)).map((asset) => asset.id);
    if (dependents.length > 0) {
      return err(single("asset_in_use", `Asset ${id} cannot be removed: ${dependents.join(", ")} depend${dependents.length === 1 ? "s" : ""} on it.`, [index]));
    }
    return ok(
      produce(assets, (draft) => {
        draft.splice(index, 1);
      })
    );
  } catch (error) {
    throw argumentError("removeAsset", error);
  }
}

// src/assets/findDependencyPath.ts
function findDependencyPath(assets, from, to) {
  try {
    const byId = /* @__PURE__ */ new Map();
    for (const asset of assets) if (!byId.has(asset.id)) byId.set(asset.id, asset);
    if (!byId.has(from)) return void 0;
    const parent = /* @__PURE__ */ new Map([[from, from]]);
    const queue = [from];
    for (let head = 0; head < queue.length; head += 1) {
      const id = at(queue, head);
      if (id === to) {
        const path = [to];
        for (let at2 = to; at2 !== from; ) {
          at2 = parent.get(at2);
          path.push(at2);
        }
        return path.reverse();
      }
      for (const next of byId.get(id)?.dependsOn ?? []) {
        if (parent.has(next) || !byId.has(next)) continue;
        parent.set(next, id);
        queue.push(next);
      }
    }
    return void 0;
  } catch (error) {
    throw argumentError("findDependencyPath", error);
  }
}

// src/assets/linkDependency.ts
function linkDependency(assets, id, dependencyId) {
  try {
    const index = requireIndex(assets, id);
    const asset = at(assets, index);
    if (asset.dependsOn?.includes(dependencyId)) return ok(assets);
    const path = [index, "dependsOn"];
    if (!assets.some((other) => other.id === dependencyId)) {
      return err(single("unknown_asset_reference", `Asset ${dependencyId} is not in the inventory.`, path));
    }
    const back = findDependencyPath(assets, dependencyId, id);
    if (back !== void 0) {
      return err(single("dependency_cycle", `Linking would close a cycle: ${[id, ...back].join(" \u2192 ")}.`, path));
    }
    return ok(
      produce(assets, (draft) => {
        const target = at(draft, index);
        (target.dependsOn ??= []).push(dependencyId);
      })
    );
  } catch (error) {
    throw argumentError("linkDependency", error);
  }
}

// src/assets/unlinkDependency.ts
function unlinkDependency(assets, id, dependencyId) {
  try {
    const index = requireIndex(assets, id);
    if (!at(assets, index).dependsOn?.includes(dependencyId)) return ok(assets);
    return ok(
      produce(assets, (draft) => {
        const target = at(draft, index);
        const remaining = (target.dependsOn ?? []).filter((other) => other !== dependencyId);
        if (remaining.length === 0) delete target.dependsOn;
        else target.dependsOn = remaining;
      })
    );
  } catch (error) {
    throw argumentError("unlinkDependency", error);
  }
}

// src/assets/reclassifyAsset.ts
function reclassifyAsset(assets, id, classification, settings = defaultAssetSettings) {
  try {
    const index = requireIndex(assets, id);
    if (at(assets, index).classification === classification) return ok(assets);
    if (classification !== void 0 && !settings.classification.levels.some((level) => level.key === classification)) {
      const allowed = settings.classification.levels.map((level) => level.key).join(", ");
      return err(single("unknown_classification", `"${classification}" is not a level of the classification scheme (${allowed}).`, [index, "classification"]));
    }
    return ok(
      produce(assets, (draft) => {
        const target = at(draft, index);
        if (classification === void 0) delete target.classification;
        else target.classification = classification;
      })
    );
  } catch (error) {
    throw argumentError("reclassifyAsset", error);
  }
}

// src/assets/findAsset.ts
function findAsset(assets, id) {
  try {
    return assets.find((asset) => asset.id === id);
  } catch (error) {
    throw argumentError("findAsset", error);
  }
}

// src/assets/listAssetsByOwner.ts
function listAssetsByOwner(assets, owner) {
  try {
    const wanted = partyKey(owner);
    return assets.filter((asset) => typeof asset.owner === "string" && partyKey(asset.owner) === wanted);
  } catch (error) {
    throw argumentError("listAssetsByOwner", error);
  }
}

// src/assets/listAssetsByType.ts
function listAssetsByType(assets, type) {
  try {
    return assets.filter((asset) => asset.type === type);
  } catch (error) {
    throw argumentError("listAssetsByType", error);
  }
}

// src/assets/listAssetsByClassification.ts
function listAssetsByClassification(assets, classification) {
  try {
    return assets.filter((asset) => asset.classification === classification);
  } catch (error) {
    throw argumentError("listAssetsByClassification", error);
  }
}

// src/assets/listAssetsByCriticality.ts
function listAssetsByCriticality(assets, settings = defaultAssetSettings) {
  try {
    const effective = effectiveRequirements(assets, settings);
    return assets.map((asset) => {
      const criticality = effectiveCriticality(effective.get(asset.id) ?? {}, settings);
      return { asset, criticality, score: criticality === void 0 ? void 0 : requirementScore(criticality, settings) };
    }).sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  } catch (error) {
    throw argumentError("listAssetsByCriticality", error);
  }
}

// src/assets/listAssetsWithoutOwner.ts
function listAssetsWithoutOwner(assets) {
  try {
    return assets.filter((asset) => !hasOwner(asset));
  } catch (error) {
    throw argumentError("listAssetsWithoutOwner", error);
  }
}

// src/assets/listIsolatedAssets.ts
function listIsolatedAssets(assets) {
  try {
    const depended = /* @__PURE__ */ new Set();
    for (const asset of assets) for (const target of asset.dependsOn ?? []) if (target !== asset.id) depended.add(target);
    return assets.filter((asset) => (asset.dependsOn?.length ?? 0) === 0 && !depended.has(asset.id));
  } catch (error) {
    throw argumentError("listIsolatedAssets", error);
  }
}

// src/assets/listRetiredAssetsInUse.ts
function listRetiredAssetsInUse(assets) {
  try {
    const depended = /* @__PURE__ */ new Set();
    for (const asset of assets) {
      if (isOutOfUse(asset)) continue;
      for (const target of asset.dependsOn ?? []) if (target !== asset.id) depended.add(target);
    }
    return assets.filter((asset) => isOutOfUse(asset) && depended.has(asset.id));
  } catch (error) {
    throw argumentError("listRetiredAssetsInUse", error);
  }
}

// src/assets/listDependents.ts
function listDependents(assets, id) {
  try {
    return assets.filter((asset) => asset.dependsOn?.includes(id) === true);
  } catch (error) {
    throw argumentError("listDependents", error);
  }
}

export {
  LevelKeySchema,
  RequirementPropertyKeySchema,
  RequirementLevelSchema,
  RequirementScaleSchema,
  RequirementScalesSchema,
  defaultRequirementScales,
  ClassificationLevelSchema,
  ClassificationSchemeSchema,
  defaultClassificationScheme,
  AssetSettingsSchema,
  defaultAssetSettings,
  BuiltInAssetTypeSchema,
  AssetTypeSchema,
  LifecycleStatusSchema,
  RecoveryObjectivesSchema,
  RequirementOverrideSchema,
  AssetSchema,
  effectiveRequirements,
  requirementScore,
  effectiveCriticality,
  listDependencyCycles,
  validateAssets,
  validateAssetSettings,
  addAsset,
  updateAsset,
  retireAsset,
  disposeAsset,
  correctAssetLifecycleDates,
  removeAsset,
  findDependencyPath,
  linkDependency,
  unlinkDependency,
  reclassifyAsset,
  findAsset,
  listAssetsByOwner,
  listAssetsByType,
  listAssetsByClassification,
  listAssetsByCriticality,
  listAssetsWithoutOwner,
  listIsolatedAssets,
  listRetiredAssetsInUse,
  listDependents
};
