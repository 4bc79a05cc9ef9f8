"use client";

import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/field";

type AttributeType = "number" | "text" | "list";
export type AttributeMapping = { attributes?: string[]; attributeTypes?: Record<string, AttributeType> };

const ATTRIBUTE_TYPES: readonly AttributeType[] = ["number", "text", "list"];

/**
 * Every column no product field uses, and every attribute column, with a choice: leave it out or
 * keep it as a typed attribute. The type starts as the one the preview guessed from the values.
 */
export function FeedAttributeMapping({
  columns,
  mapping,
  onChange,
}: {
  columns: string[];
  mapping: AttributeMapping;
  onChange(next: AttributeMapping): void;
}) {
  const t = useTranslations("knowledge.feedAttributes");
  if (columns.length === 0) return null;
  const chosen = new Set(mapping.attributes ?? []);
  const typeOf = (column: string): AttributeType => mapping.attributeTypes?.[column] ?? "text";
  function set(column: string, choice: AttributeType | "") {
    const attributes = (mapping.attributes ?? []).filter((c) => c !== column);
    const attributeTypes = { ...mapping.attributeTypes };
    delete attributeTypes[column];
    if (choice) {
      attributes.push(column);
      attributeTypes[column] = choice;
    }
    onChange({ attributes, attributeTypes });
  }
  return (
    <fieldset className="grid gap-3 sm:grid-cols-4" data-testid="feed-attributes">
      <legend className="mb-1 text-sm font-medium">{t("legend")}</legend>
      {columns.map((column) => (
        <div key={column}>
          <label htmlFor={`attr-${column}`} className="block text-sm text-slate-800">
            {column}
          </label>
          <Select id={`attr-${column}`} value={chosen.has(column) ? typeOf(column) : ""} onChange={(e) => set(column, e.target.value as AttributeType | "")}>
            <option value="">{t("notImported")}</option>
            {ATTRIBUTE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </Select>
        </div>
      ))}
    </fieldset>
  );
}
