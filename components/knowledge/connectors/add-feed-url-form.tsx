"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { addFeedUrlConnectorAction } from "@/app/(app)/[workspace]/knowledge/connector-actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConnectorFields, DEFAULT_CONNECTOR_FIELDS, type CommonConnectorFields } from "./connector-fields";

/** Adds a product feed (CSV/TSV) fetched from a URL: imported with the presets and the mapping saved under its name. */
export function AddFeedUrlForm({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations("knowledge.connectors.addFeedUrl");
  const errorText = useActionErrorText();
  const router = useRouter();
  const [fields, setFields] = useState<CommonConnectorFields>(DEFAULT_CONNECTOR_FIELDS);
  const add = useAction(addFeedUrlConnectorAction, {
    onSuccess: () => {
      setFields(DEFAULT_CONNECTOR_FIELDS);
      router.refresh();
    },
  });
  const fieldErrors = add.result.validationErrors?.fieldErrors;
  const error = errorText(add.result);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.execute({ workspaceId, ...fields, schedule: fields.schedule as never, classification: fields.classification as never, language: fields.language as never });
  }

  return (
    <section aria-labelledby="add-feed-url-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="add-feed-url-heading" className="text-lg font-medium">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      <form onSubmit={submit} className="mt-3 space-y-3" noValidate>
        <ConnectorFields idPrefix="feed-url" urlLabel={t("urlLabel")} urlPlaceholder="https://shop.example.com/feeds/products.csv" value={fields} onChange={setFields} errors={fieldErrors as never} />
        <Button type="submit" disabled={add.isPending}>
          {add.isPending ? t("submitting") : t("submit")}
        </Button>
        {error && !fieldErrors ? <Alert tone="error">{error}</Alert> : null}
        {add.hasSucceeded ? <Alert tone="success">{t("added")}</Alert> : null}
      </form>
    </section>
  );
}
