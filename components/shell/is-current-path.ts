/** A menu entry is the current page when the path is it or lies below it (`/admin/audit/…` marks "Audit log"). */
export function isCurrentPath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
