import * as z from "zod";
import { PersonSchema, RoleSchema, TrainingSchema, type Person, type Role, type Training } from "../../src/people/index.js";

export function role(id: string, holders: z.input<typeof RoleSchema>["holders"], extra: Partial<z.input<typeof RoleSchema>> = {}): Role {
  return RoleSchema.parse({ id, name: id, responsibilities: [], competences: [], holders, ...extra });
}

export function person(id: string, started: string, extra: Partial<z.input<typeof PersonSchema>> = {}): Person {
  return PersonSchema.parse({ id, kind: "employee", started, completions: [], ...extra });
}

export function training(id: string, extra: Partial<z.input<typeof TrainingSchema>> = {}): Training {
  return TrainingSchema.parse({ id, title: id, kind: "course", audience: "everyone", ...extra });
}
