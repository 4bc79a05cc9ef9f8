import type { Role } from "@/lib/authz/roles";

/**
 * The demo workspace's people, one per role. Listed on the sign-in page in demo mode only.
 * The password is public by design: demo data, never production.
 */
export const DEMO_PASSWORD = "brandpilot-demo";
export const DEMO_WORKSPACE = { slug: "nordlicht", name: "Nordlicht Outdoor" } as const;
/** A second brand where one demo user holds a different role: roles are per workspace. */
export const DEMO_SECOND_WORKSPACE = { slug: "waldkaffee", name: "Waldkaffee Rösterei" } as const;

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: Role; secondWorkspaceRole?: Role }> = [
  { email: "admin@nordlicht.example", name: "Alex Admin", role: "admin", secondWorkspaceRole: "admin" },
  { email: "marketer@nordlicht.example", name: "Mira Marketer", role: "marketer", secondWorkspaceRole: "editor" },
  { email: "editor@nordlicht.example", name: "Eda Editor", role: "editor" },
  { email: "manager@nordlicht.example", name: "Max Manager", role: "manager" },
];
