import type { ComponentProps, ReactNode } from "react";

/**
 * A small accessible table: column headers are `th scope="col"`, row headers `th scope="row"`, and a
 * caption names the table for screen readers (visually hidden unless `captionClassName` is given).
 * Cell padding is set once per table by `density`, so rows and cells carry only what is special to them.
 * Works in server and client components (no context, no state).
 */
type Density = "comfortable" | "compact" | "flush";

const DENSITY: Record<Density, string> = {
  comfortable: "[&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2",
  compact: "[&_td]:px-2 [&_td]:py-1 [&_th]:px-2 [&_th]:py-1",
  /** No left padding: a table inside a card's text column. */
  flush: "[&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3",
};

function classes(...parts: (string | false | null | undefined)[]): string | undefined {
  return parts.filter(Boolean).join(" ") || undefined;
}

export function Table({
  caption,
  captionClassName,
  density = "comfortable",
  className = "w-full text-left text-sm",
  children,
  ...props
}: ComponentProps<"table"> & { caption?: ReactNode; captionClassName?: string; density?: Density }) {
  return (
    <table className={classes(className, DENSITY[density])} {...props}>
      {caption ? <caption className={captionClassName ?? "sr-only"}>{caption}</caption> : null}
      {children}
    </table>
  );
}

/** The header row. `shaded` gives it the light background used by full-width tables. */
export function TableHead({ shaded = true, className, children }: { shaded?: boolean; className?: string; children: ReactNode }) {
  return (
    <thead className={className ?? (shaded ? "bg-slate-50 text-slate-600" : "text-slate-600")}>
      <tr>{children}</tr>
    </thead>
  );
}

export function HeaderCell({ className, ...props }: Omit<ComponentProps<"th">, "scope">) {
  return <th scope="col" className={classes("font-medium", className)} {...props} />;
}

export function TableBody(props: ComponentProps<"tbody">) {
  return <tbody {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={classes("border-t border-slate-100", className)} {...props} />;
}

/** The cell that names its row (a task, a setting): read out before each cell of the row. */
export function RowHeader({ className, ...props }: Omit<ComponentProps<"th">, "scope">) {
  return <th scope="row" className={classes("font-normal", className)} {...props} />;
}

export function TableCell({ numeric, className, ...props }: ComponentProps<"td"> & { numeric?: boolean }) {
  return <td className={classes(numeric && "whitespace-nowrap text-right tabular-nums", className)} {...props} />;
}
