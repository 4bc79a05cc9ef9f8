/** Which sentence the 403 page shows (a key below `forbidden.message`): instance administration is not a workspace role. */
export function forbiddenMessageFor(requestPath: string | null): "instance" | "workspace" {
  const pathname = (requestPath ?? "").split("?")[0]!;
  if (pathname === "/instance" || pathname.startsWith("/instance/")) return "instance";
  return "workspace";
}
