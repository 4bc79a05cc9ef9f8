"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { addWebsiteConnectorAction } from "@/app/(app)/[workspace]/knowledge/connector-actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { ConnectorFields, DEFAULT_CONNECTOR_FIELDS, type CommonConnectorFields } from "./connector-fields";

const TEXTAREA = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm";

/** Adds a website (start page or sitemap.xml) that is crawled now and then on its schedule. */
export function AddWebsiteForm({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations("knowledge.connectors.addWebsite");
  const errorText = useActionErrorText();
  const router = useRouter();
  const [fields, setFields] = useState<CommonConnectorFields>(DEFAULT_CONNECTOR_FIELDS);
  const [include, setInclude] = useState("");
  const [exclude, setExclude] = useState("");
  const [pageLimit, setPageLimit] = useState("200");
  const add = useAction(addWebsiteConnectorAction, {
    onSuccess: () => {
      setFields(DEFAULT_CONNECTOR_FIELDS);
      setInclude("");
      setExclude("");
      router.refresh();
    },
  });
  const fieldErrors = add.result.validationErrors?.fieldErrors;
  const error = errorText(add.result);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.execute({ workspaceId, ...fields, include, exclude, pageLimit: Number(pageLimit), schedule: fields.schedule as never, classification: fields.classification as never, language: fields.language as never });
  }

  return (
    <section aria-labelledby="add-website-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="add-website-heading" className="text-lg font-medium">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      <form onSubmit={submit} className="mt-3 space-y-3" noValidate>
        <ConnectorFields idPrefix="website" urlLabel={t("urlLabel")} urlPlaceholder={t("urlPlaceholder")} value={fields} onChange={setFields} errors={fieldErrors as never} />
        <div className="grid gap-3 sm:grid-cols-3">
          <Field id="website-include" label={t("include")} error={fieldErrors?.include?.[0]}>
            <textarea id="website-include" rows={3} className={TEXTAREA} placeholder="/blog/*" value={include} onChange={(e) => setInclude(e.target.value)} />
          </Field>
          <Field id="website-exclude" label={t("exclude")} error={fieldErrors?.exclude?.[0]}>
            <textarea id="website-exclude" rows={3} className={TEXTAREA} placeholder="/checkout/*" value={exclude} onChange={(e) => setExclude(e.target.value)} />
          </Field>
          <Field id="website-page-limit" label={t("pageLimit")} error={fieldErrors?.pageLimit?.[0]}>
            <TextInput id="website-page-limit" type="number" min={1} max={5000} value={pageLimit} onChange={(e) => setPageLimit(e.target.value)} error={fieldErrors?.pageLimit?.[0]} />
          </Field>
        </div>
        <Button type="submit" disabled={add.isPending}>
          {add.isPending ? t("submitting") : t("submit")}
        </Button>
        {error && !fieldErrors ? <Alert tone="error">{error}</Alert> : null}
        {add.hasSucceeded ? <Alert tone="success">{t("added")}</Alert> : null}
      </form>
    </section>
  );
}
