import Link from "next/link";
import { useTranslations } from "next-intl";
import { CreateTokenForm, type TokenWorkspaceOption } from "./create-token-form";
import { TokensTable, type TokenRow } from "./tokens-table";

/** The account page's "API tokens" section: the member's own personal tokens, in every workspace. */
export function PersonalTokensSection({ workspaces, rows }: { workspaces: TokenWorkspaceOption[]; rows: TokenRow[] }) {
  const t = useTranslations("apiTokens.personal");
  return (
    <section aria-labelledby="api-tokens-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="api-tokens-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">
        {t.rich("description", {
          link: (chunks) => (
            <Link className="underline" href="/docs/api">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <CreateTokenForm mode="personal" workspaces={workspaces} />
      <TokensTable mode="personal" caption={t("caption")} rows={rows} />
    </section>
  );
}
