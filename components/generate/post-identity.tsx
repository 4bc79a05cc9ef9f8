"use client";

import { createContext, useContext, type ReactNode } from "react";
import { useTranslations } from "next-intl";

/*
 * Who a post preview shows as its author: the workspace's name, which is also the brand name
 * generation writes with. Provided once by the workspace layout, so the Generate cards and the
 * asset page show the same author without threading a name through every card.
 */
const PostIdentity = createContext<string>("");

export function PostIdentityProvider({ name, children }: { name: string; children: ReactNode }) {
  return <PostIdentity.Provider value={name}>{children}</PostIdentity.Provider>;
}

/** The author name for post previews; "Your brand" outside a workspace. */
export function usePostIdentity(): string {
  const t = useTranslations("generate.previews");
  return useContext(PostIdentity).trim() || t("yourBrand");
}
