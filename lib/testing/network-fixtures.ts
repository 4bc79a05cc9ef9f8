import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { workspaces } from "@/lib/db/schema";

/**
 * Test receivers and test websites listen on 127.0.0.1, which outbound requests refuse unless
 * the workspace allows private networks. Tests turn that admin setting on for their own
 * workspace, as an intranet customer would: there is no test-only bypass in the client.
 */
export async function allowPrivateNetworks(workspaceId: string, allow = true) {
  const db = await getDb();
  await db.update(workspaces).set({ allowPrivateNetworks: allow }).where(eq(workspaces.id, workspaceId));
}
