import Link from "next/link";
import { CreateTokenForm, type TokenWorkspaceOption } from "./create-token-form";
import { TokensTable, type TokenRow } from "./tokens-table";

/** The account page's "API tokens" section: the member's own personal tokens, in every workspace. */
export function PersonalTokensSection({ workspaces, rows }: { workspaces: TokenWorkspaceOption[]; rows: TokenRow[] }) {
  return (
    <section aria-labelledby="api-tokens-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="api-tokens-heading" className="text-lg font-medium">
        API tokens
      </h2>
      <p className="text-sm text-slate-700">
        A personal token lets a script act as you in one workspace, with at most your role&apos;s permissions there (if your role changes, so does
        the token). See the <Link className="underline" href="/docs/api">API reference</Link>.
      </p>
      <CreateTokenForm mode="personal" workspaces={workspaces} />
      <TokensTable mode="personal" caption="Your API tokens" rows={rows} />
    </section>
  );
}
