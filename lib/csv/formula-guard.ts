/**
 * Cells a spreadsheet would run as a formula (CSV injection): starting with =, +, -, @, tab or
 * CR. Plain numbers ("-12.5", "+3", "-20 %") are left alone so they stay numbers. Anchored on
 * the whole value, so a multi-line value is judged by its first character, like a spreadsheet
 * does (papaparse's default pattern ends in ".*$" and misses values with a line break).
 */
export const FORMULA_CELL = /^(?![+-]?\d+(?:[.,]\d+)?(?:\s?%)?$)[=+\-@\t\r]/;
