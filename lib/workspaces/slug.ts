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

/** Why a slug is refused, as a sentence for the form, or null when its shape is fine (uniqueness is the database's). */
export function describeSlugProblem(slug: string): string | null {
  if (slug.length < WORKSPACE_SLUG_MIN || slug.length > WORKSPACE_SLUG_MAX) {
    return `Use ${WORKSPACE_SLUG_MIN}–${WORKSPACE_SLUG_MAX} characters.`;
  }
  if (!WORKSPACE_SLUG_PATTERN.test(slug)) {
    return "Use lower-case letters, digits and single dashes (not at the start or end).";
  }
  if (RESERVED_WORKSPACE_SLUGS.has(slug)) return `"${slug}" is reserved for the app's own pages. Choose another.`;
  return null;
}

export const workspaceSlugSchema = z
  .string()
  .trim()
  .superRefine((slug, ctx) => {
    const problem = describeSlugProblem(slug);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const workspaceNameSchema = z
  .string()
  .trim()
  .min(2, { error: "Use at least 2 characters." })
  .max(80, { error: "Use at most 80 characters." });

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
