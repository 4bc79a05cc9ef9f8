import type { Permission } from "./permissions";
import type { EntryPointOutcome } from "./outcome";
import type { EntryPointScope } from "./entry-point-scope";

/**
 * Every server action and route handler registers itself here when its module loads, so the
 * permission test can enumerate them all and prove each one refuses the roles the table denies.
 */
export type RegisteredEntryPoint = {
  name: string;
  kind: "action" | "route";
  scope: EntryPointScope;
  /** Declared for workspace-scoped entry points; the others are guarded by their scope alone. */
  permission: Permission | null;
  mutates: boolean;
  /** The exported function itself, so a test can tell registered exports from stray ones. */
  exported: unknown;
  /** Calls the entry point with raw input through its full path and reports the outcome. */
  invoke(rawInput: Record<string, unknown>): Promise<EntryPointOutcome>;
};

const globalForRegistry = globalThis as typeof globalThis & { __brandpilotEntryPoints?: Map<string, RegisteredEntryPoint> };
const registry = (globalForRegistry.__brandpilotEntryPoints ??= new Map());

export function registerEntryPoint(entry: RegisteredEntryPoint): void {
  const existing = registry.get(entry.name);
  // Re-registration is normal under hot reload; two different entry points sharing a name is a bug.
  if (existing && existing.kind !== entry.kind) {
    throw new Error(`Entry point name "${entry.name}" is used twice`);
  }
  registry.set(entry.name, entry);
}

export function listEntryPoints(): RegisteredEntryPoint[] {
  return [...registry.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function isRegisteredExport(fn: unknown): boolean {
  return [...registry.values()].some((entry) => entry.exported === fn);
}
