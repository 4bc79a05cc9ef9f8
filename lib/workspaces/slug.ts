import { z } from "zod";

/**
 * Workspace pages live at `/<slug>/…`, next to the app's own top-level routes. A workspace
 * named like one of them would be shadowed by the route (or shadow it), so those names are
 * reserved. slug.test.ts compares this list with the folders under app/, so a new top-level
 * route cannot be forgotten here.
 */
export const RESERVED_WORKSPACE_SLUGS: ReadonlySet<string> = new Set([
  // Routes that exist or are planned under app/.
  "account",
  "api",
  "docs",
  "forgot-password",
  "instance",
  "invite",
  "login",
  "profile",
  "reset-password",
  "setup",
  // Names that read like the app itself, and Next's own prefixes.
  "_next",
  "accounts",
  "admin",
  "app",
  "assets",
  "auth",
  "favicon.ico",
  "health",
  "invitations",
  "logout",
  "new",
  "public",
  "robots.txt",
  "settings",
  "sign-in",
  "sign-out",
  "signin",
  "signout",
  "sitemap.xml",
  "static",
]);

export const WORKSPACE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const WORKSPACE_SLUG_MIN = 2;
export const WORKSPACE_SLUG_MAX = 40;

/** Why a slug is refused, or null when its shape is fine (uniqueness is the database's); worded by the catalogue. */
export function slugProblem(slug: string): { kind: "length" | "pattern" | "reserved"; params: { slug: string; min: number; max: number } } | null {
  const params = { slug, min: WORKSPACE_SLUG_MIN, max: WORKSPACE_SLUG_MAX };
  if (slug.length < WORKSPACE_SLUG_MIN || slug.length > WORKSPACE_SLUG_MAX) return { kind: "length", params };
  if (!WORKSPACE_SLUG_PATTERN.test(slug)) return { kind: "pattern", params };
  if (RESERVED_WORKSPACE_SLUGS.has(slug)) return { kind: "reserved", params };
  return null;
}

const SLUG_PROBLEM_KEYS = { length: "validation.workspaces.slugLength", pattern: "validation.workspaces.slugPattern", reserved: "validation.workspaces.slugReserved" } as const;

export const workspaceSlugSchema = z
  .string()
  .trim()
  .superRefine((slug, ctx) => {
    const problem = slugProblem(slug);
    if (problem) ctx.addIssue({ code: "custom", message: SLUG_PROBLEM_KEYS[problem.kind], params: problem.params });
  });

export const workspaceNameSchema = z
  .string()
  .trim()
  .min(2, { error: "validation.workspaces.useAtLeast2" })
  .max(80, { error: "validation.workspaces.useAtMost80" });

/** A suggestion for the slug field while someone types the workspace name. */
export function suggestSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, WORKSPACE_SLUG_MAX)
    .replace(/-+$/, "");
}
