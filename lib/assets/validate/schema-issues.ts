import type { z } from "zod";
import { error, formatPath } from "./issues";
import type { ValidationIssue } from "./types";

/** Parse failures become errors at the zod path, so the editor and the repair prompt can point at them. */
export function schemaIssuesToValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    const where = path === "" ? "The asset" : `Field ${path}`;
    return error(path, `schema.${issue.code}`, `${where} does not match the asset structure: ${issue.message}.`);
  });
}
