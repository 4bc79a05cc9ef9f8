import { z } from "zod";

/**
 * Query-string values arrive as strings (a repeated key as a list). These read them into the
 * types the domain expects; their input side is what the OpenAPI document shows a client.
 */
export function queryList<T extends z.ZodType<unknown, string>>(item: T, max: number) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (typeof value === "string" ? value.split(",").map((part) => part.trim()).filter(Boolean) : value))
    .pipe(z.array(item).max(max))
    .optional();
}

export function queryBoolean(defaultValue: boolean) {
  return z
    .enum(["true", "false"], { error: "Use true or false" })
    .default(defaultValue ? "true" : "false")
    .transform((value) => value === "true");
}
