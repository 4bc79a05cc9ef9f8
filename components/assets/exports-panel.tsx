import type { AssetKind } from "@/lib/assets/schemas/asset";
import { ExportLinks } from "@/components/generate/export-links";

/** Downloads, with which version they contain: the published one once there is one (exportAsset decides the same). */
export function ExportsPanel({ workspaceId, asset }: { workspaceId: string; asset: { id: string; kind: AssetKind; currentVersion: number; publishedVersion: number | null } }) {
  const published = asset.publishedVersion;
  return (
    <section aria-labelledby="exports-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="exports-heading" className="text-lg font-medium">
        Exports
      </h2>
      <p className="text-sm text-slate-700">
        {published !== null
          ? `Exports use the published version ${published}: what went out is what gets exported${asset.currentVersion !== published ? `, not the newer version ${asset.currentVersion} until it is published` : ""}.`
          : `Not published yet: exports use the current saved version ${asset.currentVersion}; once published, they use the published version.`}
      </p>
      <ExportLinks
        workspaceId={workspaceId}
        assetId={asset.id}
        kind={asset.kind}
        caption={published !== null ? `Export published version ${published}:` : `Export version ${asset.currentVersion}:`}
      />
    </section>
  );
}
