/** The sentence of the 403 page, by area: instance administration is not a workspace role. */
export function forbiddenMessageFor(requestPath: string | null): string {
  const pathname = (requestPath ?? "").split("?")[0]!;
  if (pathname === "/instance" || pathname.startsWith("/instance/")) return "Only instance owners can manage workspaces.";
  return "Your role in this workspace does not include this page. If you need it, ask a workspace admin.";
}
