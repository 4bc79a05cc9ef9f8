/*
 * CSV injection: a spreadsheet runs a cell that starts with =, +, -, @ (or tab/CR) as a formula.
 * Checking only a value's first character is not enough, because the reader may split the file
 * on another separator than the writer used: German Excel opens a comma CSV with ";" as the
 * separator, so the value `a;=cmd|' /C calc'!A0` becomes the two cells `a` and `=cmd|…`. So every
 * part of a value that some reader could make into a cell of its own (split at ";", "," or tab)
 * is guarded, and write-csv.ts quotes any value holding one of those characters besides.
 *
 * Guarding puts an apostrophe in front of the dangerous character (after any leading spaces,
 * which some importers trim). Plain numbers ("-12.5", "+3", "-20 %") are left alone so they stay
 * numbers. A value that starts with tab or CR gets the apostrophe at the very front.
 */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?(?:\s?%)?$/;
const DANGEROUS_PART_START = /^( *)([=+\-@\t\r])/;
/**
 * Inside a value (after a separator) only what could start a harmful formula in a cell of its
 * own counts: "=" and "@" always; "+"/"-" unless a digit follows and the part holds nothing a
 * formula needs to reach outside the sheet (a call "(", DDE "|", a sheet reference "!").
 * Ad copy like "Jacke, -20 % auf alles" or a phone "+49 30 …" stays as written in the ad-tool
 * files: the value is quoted anyway, so no spreadsheet splits it there.
 */
const DANGEROUS_INNER_PART_START = /^( *)([=@\t\r]|[+-](?!\d[^(|!]*$))/;
const PART_SEPARATORS = /([;,\t])/;

function guardPart(part: string, isFirst: boolean): string {
  const match = (isFirst ? DANGEROUS_PART_START : DANGEROUS_INNER_PART_START).exec(part);
  if (!match || PLAIN_NUMBER.test(part.trim())) return part;
  const spaces = match[1]!;
  return `${spaces}'${part.slice(spaces.length)}`;
}

/** The value with every formula-like part defused; unchanged when nothing in it could run. */
export function guardFormulaCell(value: string): string {
  if (value.startsWith("\t") || value.startsWith("\r")) value = `'${value}`;
  // split() with a capture group keeps the separators at the odd indexes.
  return value
    .split(PART_SEPARATORS)
    .map((piece, index) => (index % 2 === 0 ? guardPart(piece, index === 0) : piece))
    .join("");
}
