"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { ValidationIssue } from "@/lib/assets/validate/types";
import type { SourcePassage } from "@/lib/assets/schemas/source-passage";

export type FieldContextValue = {
  /** Unique per card, so field ids do not collide when two cards both have a "Headline". */
  idPrefix: string;
  issues: readonly ValidationIssue[];
  sources: readonly SourcePassage[];
  /** Submitted for review or still streaming: shown, not editable. */
  readOnly: boolean;
  /** While streaming there are no sources or report yet, so citations and states are hidden. */
  streaming: boolean;
  /** Asks for a new source-backed text for a cited field (path of its text, e.g. `title.text`). */
  regenerate?: (path: string) => void;
  /** The path being regenerated right now, if any. */
  regeneratingPath?: string | null;
  /** Field history (field-history.ts): record before a typed change, end a typing session, undo one step. */
  recordEdit?: (path: string) => void;
  sealField?: (path: string) => void;
  canUndo?: (path: string) => boolean;
  undoCauseOf?: (path: string) => "regenerate" | "edit" | null;
  undo?: (path: string) => void;
  /** Extra content under each text field (the asset page's review comments for that field). */
  fieldAddon?: (field: { path: string; label: string }) => ReactNode;
};

/*
 * Every field of a card needs the same four things; a context spares each kind's field list
 * from threading them through dozens of editors.
 */
const FieldContext = createContext<FieldContextValue>({ idPrefix: "field", issues: [], sources: [], readOnly: true, streaming: false });

export const FieldContextProvider = FieldContext.Provider;

export function useFieldContext(): FieldContextValue {
  return useContext(FieldContext);
}

/** "headlines[2].text" → "headlines-2-text", usable in an id attribute. */
export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^a-zA-Z0-9]+/g, "-").replace(/-+$/, "")}`;
}
