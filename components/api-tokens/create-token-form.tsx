"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createPersonalTokenAction } from "@/app/(account)/account/api-token-actions";
import { createServiceTokenAction } from "@/app/(app)/[workspace]/admin/api-tokens/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { isRole } from "@/lib/authz/roles";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import type { Permission } from "@/lib/authz/permissions";
import { TokenOnce } from "./token-once";

export type TokenWorkspaceOption = { id: string; name: string; role: string; permissions: string[] };
const EXPIRY_CHOICES = [7, 30, 90, 365] as const;

/**
 * Creates a token. `service`: an admin's workspace token with a role of its own. `personal`: acts
 * as the signed-in member in the chosen workspace. Either may be narrowed to some permissions; the
 * choices are what the role allows (the server checks the same).
 */
export function CreateTokenForm(props: { mode: "service"; workspaceId: string; roles: { role: string; permissions: string[] }[] } | { mode: "personal"; workspaces: TokenWorkspaceOption[] }) {
  const router = useRouter();
  const t = useTranslations("apiTokens.createForm");
  const tRoles = useTranslations("common.roles");
  const roleName = (value: string) => (isRole(value) ? tRoles(value) : value);
  const errorText = useActionErrorText();
  const [name, setName] = useState("");
  const [expiresInDays, setExpiresInDays] = useState("90");
  const [workspaceId, setWorkspaceId] = useState(props.mode === "personal" ? (props.workspaces[0]?.id ?? "") : props.workspaceId);
  const [role, setRole] = useState("marketer");
  const [narrow, setNarrow] = useState(false);
  const [scopes, setScopes] = useState<string[]>([]);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const onSuccess = ({ data }: { data: { name: string; token: string } }) => {
    setCreated({ name: data.name, token: data.token });
    setName("");
    setScopes([]);
    setNarrow(false);
    router.refresh();
  };
  const createService = useAction(createServiceTokenAction, { onExecute: () => setCreated(null), onSuccess });
  const createPersonal = useAction(createPersonalTokenAction, { onExecute: () => setCreated(null), onSuccess });
  const action = props.mode === "service" ? createService : createPersonal;
  const error = errorText(action.result);

  const available =
    props.mode === "service" ? (props.roles.find((r) => r.role === role)?.permissions ?? []) : (props.workspaces.find((w) => w.id === workspaceId)?.permissions ?? []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const common = { workspaceId, name, expiresInDays: Number(expiresInDays), scopes: narrow ? (scopes.filter((s) => available.includes(s)) as Permission[]) : null };
    if (props.mode === "service") createService.execute({ ...common, role: role as "admin" });
    else createPersonal.execute(common);
  }

  if (props.mode === "personal" && props.workspaces.length === 0) return <Alert tone="info">{t("noWorkspace")}</Alert>;

  return (
    <div className="space-y-3">
      {created ? <TokenOnce name={created.name} token={created.token} /> : null}
      <form onSubmit={submit} className="space-y-3" noValidate aria-label={props.mode === "service" ? t("serviceFormLabel") : t("personalFormLabel")}>
        <Field id="token-name" label={t("name")}>
          <TextInput id="token-name" value={name} maxLength={100} placeholder={t("namePlaceholder")} onChange={(e) => setName(e.target.value)} />
        </Field>
        {props.mode === "personal" ? (
          <Field id="token-workspace" label={t("workspace")}>
            <Select id="token-workspace" value={workspaceId} onChange={(e) => setWorkspaceId(e.target.value)}>
              {props.workspaces.map((w) => (
                <option key={w.id} value={w.id}>
                  {t("workspaceOption", { name: w.name, role: roleName(w.role) })}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <Field id="token-role" label={t("role")}>
            <Select id="token-role" value={role} onChange={(e) => setRole(e.target.value)}>
              {props.roles.map((r) => (
                <option key={r.role} value={r.role}>
                  {roleName(r.role)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field id="token-expiry" label={t("expiry")}>
          <Select id="token-expiry" value={expiresInDays} onChange={(e) => setExpiresInDays(e.target.value)}>
            {EXPIRY_CHOICES.map((days) => (
              <option key={days} value={days}>
                {t("days", { days })}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className="space-y-1 text-sm">
          <legend className="font-medium text-slate-800">{t("permissions")}</legend>
          <label className="flex items-center gap-2">
            <input type="checkbox" className="size-4" checked={narrow} onChange={(e) => setNarrow(e.target.checked)} />
            {t("narrow")}
          </label>
          {narrow ? (
            <div className="grid gap-1 pl-6 sm:grid-cols-2">
              {available.map((permission) => (
                <label key={permission} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    className="size-4"
                    checked={scopes.includes(permission)}
                    onChange={(e) => setScopes(e.target.checked ? [...scopes, permission] : scopes.filter((s) => s !== permission))}
                  />
                  <code className="font-mono text-xs">{permission}</code>
                </label>
              ))}
            </div>
          ) : null}
        </fieldset>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Button type="submit" disabled={action.isExecuting}>
          {action.isExecuting ? t("submitting") : t("submit")}
        </Button>
      </form>
    </div>
  );
}
