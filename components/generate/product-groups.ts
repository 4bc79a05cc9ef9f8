export type ProductOption = { id: string; title: string; category: string | null; url: string | null };
export type ProductGroup = { category: string; products: ProductOption[] };

/**
 * Products matching `query` (every word must appear in the title or category, ignoring case and
 * accents), grouped by category in the order they arrive. The selected product always stays in
 * the list: a native select whose chosen option disappears silently resets to the first one.
 */
export function groupProducts(products: readonly ProductOption[], query: string, selectedId: string | null, uncategorised: string): ProductGroup[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const groups = new Map<string, ProductOption[]>();
  for (const product of products) {
    const haystack = fold(`${product.title} ${product.category ?? ""}`);
    const matches = words.every((word) => haystack.includes(word));
    if (!matches && product.id !== selectedId) continue;
    const category = product.category?.trim() || uncategorised;
    const group = groups.get(category) ?? [];
    group.push(product);
    groups.set(category, group);
  }
  return [...groups].map(([category, items]) => ({ category, products: items }));
}

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}
