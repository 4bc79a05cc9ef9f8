/** Workspace roles. Kept free of imports: the database enum is built from this list. */
export const ROLES = ["admin", "marketer", "editor", "manager"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  marketer: "Marketer",
  editor: "Editor",
  manager: "Manager",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
