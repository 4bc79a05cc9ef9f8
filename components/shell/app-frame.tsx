import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

const WIDTH = { narrow: "max-w-4xl", wide: "max-w-6xl" } as const;

/**
 * The page frame every signed-in area shares (workspace, account, instance): skip link, header
 * with the brand link, the area's own header parts, and the main region.
 */
export async function AppFrame(props: {
  homeHref: string;
  width: keyof typeof WIDTH;
  /** After the brand link: the workspace switcher, a back link, the area's name. */
  headerStart?: ReactNode;
  /** Right-aligned: who is signed in, sign-out. */
  headerEnd: ReactNode;
  /** Under the header row: the workspace navigation. */
  headerBelow?: ReactNode;
  children: ReactNode;
}) {
  const width = WIDTH[props.width];
  const t = await getTranslations("shell");
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className={`mx-auto flex ${width} flex-wrap items-center gap-3 px-4 py-3`}>
          <Link href={props.homeHref} className="text-lg font-semibold text-brand-900">
            {t("brandName")}
          </Link>
          {props.headerStart}
          <div className="ml-auto flex items-center gap-3">{props.headerEnd}</div>
        </div>
        {props.headerBelow ? <div className={`mx-auto ${width} px-4 pb-2`}>{props.headerBelow}</div> : null}
      </header>
      <main id="main" className={`mx-auto ${width} px-4 py-6`}>
        {props.children}
      </main>
    </div>
  );
}
