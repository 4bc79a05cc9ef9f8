import "server-only";
import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { campaigns, personas } from "@/lib/db/schema";
import type { Persona } from "@/lib/db/schema/campaigns";
import type { Database } from "@/lib/db/types";
import { writeGuardedByUnique } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { changedFields } from "./audit-changes";
import type { PersonaInput } from "./campaign-input";

/** The unique index a lost race on a persona's name runs into (drizzle/0016_campaigns.sql). */
const PERSONA_NAME_UNIQUE = "personas_workspace_name_unique";

/** A workspace keeps its audiences few; past this the picker stops being something to pick from. */
export const MAX_PERSONAS = 200;

/** Two personas that differ only in case would be one audience under two names in every picker. */
async function assertNameFree(db: Database, options: { workspaceId: string; name: string; exceptId?: string }) {
  const [taken] = await db
    .select({ name: personas.name, archivedAt: personas.archivedAt })
    .from(personas)
    .where(
      and(
        eq(personas.workspaceId, options.workspaceId),
        sql`lower(${personas.name}) = lower(${options.name})`,
        options.exceptId ? ne(personas.id, options.exceptId) : undefined,
      ),
    )
    .limit(1);
  if (taken) {
    throw new AppError("conflict", { key: "campaigns.personaNameTaken", params: { name: taken.name, archived: taken.archivedAt ? "yes" : "no" } });
  }
}

/** A write of a persona's name, with the usual conflict sentence when another request took the name meanwhile. */
function guardPersonaName<T>(db: Database, options: { workspaceId: string; name: string; exceptId?: string; write: (tx: Database) => Promise<T> }): Promise<T> {
  return writeGuardedByUnique(db, {
    constraint: PERSONA_NAME_UNIQUE,
    write: options.write,
    explain: () => assertNameFree(db, options),
    fallback: () => new AppError("conflict", { key: "campaigns.personaNamedAlreadyExists", params: { name: options.name } }),
  });
}

export async function createPersona(db: Database, options: PersonaInput & { workspaceId: string; userId: string }): Promise<{ id: string }> {
  const count = await db.$count(personas, eq(personas.workspaceId, options.workspaceId));
  if (count >= MAX_PERSONAS) throw new AppError("conflict", { key: "campaigns.workspaceAlreadyHasPersonas", params: { maxPersonas: MAX_PERSONAS } });
  await assertNameFree(db, options);
  const id = createId("persona");
  await guardPersonaName(db, {
    workspaceId: options.workspaceId,
    name: options.name,
    write: (tx) =>
      tx.insert(personas).values({
        id,
        workspaceId: options.workspaceId,
        name: options.name,
        description: options.description,
        pains: options.pains,
        vocabulary: options.vocabulary,
        language: options.language,
        createdBy: options.userId,
      }),
  });
  return { id };
}

/** The persona of this workspace, or not_found (another workspace's id included: no existence leaks). */
export async function getPersona(db: Database, options: { workspaceId: string; personaId: string }): Promise<Persona> {
  const [persona] = await db
    .select()
    .from(personas)
    .where(and(eq(personas.workspaceId, options.workspaceId), eq(personas.id, options.personaId)));
  if (!persona) throw new AppError("not_found", { key: "campaigns.personaDoesNotExist" });
  return persona;
}

/** Replaces a persona's fields; `changes` holds each changed field's old and new value for the audit entry. */
export async function updatePersona(
  db: Database,
  options: PersonaInput & { workspaceId: string; personaId: string },
): Promise<{ id: string; changes: Record<string, { from: unknown; to: unknown }> }> {
  const current = await getPersona(db, options);
  const guard = { workspaceId: options.workspaceId, name: options.name, exceptId: options.personaId };
  await assertNameFree(db, guard);
  const values = { name: options.name, description: options.description, pains: options.pains, vocabulary: options.vocabulary, language: options.language };
  await guardPersonaName(db, {
    ...guard,
    write: (tx) => tx.update(personas).set({ ...values, updatedAt: new Date() }).where(and(eq(personas.workspaceId, options.workspaceId), eq(personas.id, options.personaId))),
  });
  return { id: options.personaId, changes: changedFields(current, values, ["name", "description", "pains", "vocabulary", "language"]) };
}

/**
 * Archived personas leave the pickers; campaigns that use one keep it (their briefs were written
 * for it), and restoring brings it back. Nothing is deleted, so a campaign page never loses its audience.
 */
export async function setPersonaArchived(db: Database, options: { workspaceId: string; personaId: string; archived: boolean }): Promise<{ id: string; archived: boolean }> {
  const persona = await getPersona(db, options);
  if (Boolean(persona.archivedAt) === options.archived) {
    throw new AppError("conflict", { key: options.archived ? "campaigns.personaAlreadyArchived" : "campaigns.personaNotArchived" });
  }
  await db
    .update(personas)
    .set({ archivedAt: options.archived ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(personas.workspaceId, options.workspaceId), eq(personas.id, options.personaId)));
  return { id: options.personaId, archived: options.archived };
}

/** By name; archived ones only when asked for (the personas page shows them, pickers do not). */
export async function listPersonas(db: Database, options: { workspaceId: string; includeArchived?: boolean }): Promise<Persona[]> {
  return db
    .select()
    .from(personas)
    .where(and(eq(personas.workspaceId, options.workspaceId), options.includeArchived ? undefined : isNull(personas.archivedAt)))
    .orderBy(asc(personas.name))
    .limit(MAX_PERSONAS);
}

/** How many campaigns (archived ones included) plan with each persona, by persona id. */
export async function countCampaignsByPersona(db: Database, options: { workspaceId: string }): Promise<Map<string, number>> {
  const rows = await db
    .select({ personaId: campaigns.personaId, count: sql<number>`count(*)::int` })
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, options.workspaceId), sql`${campaigns.personaId} is not null`))
    .groupBy(campaigns.personaId);
  return new Map(rows.map((row) => [row.personaId!, Number(row.count)]));
}
