"use client";

import { createContext, useContext, type ReactNode } from "react";

/*
 * The workspace's name, which is the brand's name everywhere generation uses it (brand-context.ts):
 * previews show it where a recipient would see the sender (the e-mail inbox line). Provided once
 * by the workspace layout, so no page has to thread it through its cards.
 */
const BrandNameContext = createContext<string | null>(null);

export function BrandNameProvider({ name, children }: { name: string; children: ReactNode }) {
  return <BrandNameContext.Provider value={name}>{children}</BrandNameContext.Provider>;
}

/** The brand's name, or null outside a workspace. */
export function useBrandName(): string | null {
  return useContext(BrandNameContext);
}
