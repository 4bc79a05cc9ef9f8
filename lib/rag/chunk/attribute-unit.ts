/*
 * Feed columns often carry the unit in their header ("weight_g", "capacity_wh", "Gewicht (kg)",
 * "Höhe in cm") and bare numbers in their cells. A reader needs the unit beside the number
 * ("Weight: 95 g"), not in the label ("Weight g: 95"); a header that is only a unit ("lux", "Wh")
 * is the number's unit, with no label left.
 */

// Lower-case spelling → how the unit is written after a number.
const UNITS: Record<string, string> = {
  mg: "mg", g: "g", kg: "kg", mm: "mm", cm: "cm", m: "m", km: "km", ml: "ml", l: "l", liter: "l", litre: "l",
  wh: "Wh", kwh: "kWh", w: "W", kw: "kW", v: "V", mah: "mAh", ah: "Ah", lm: "lm", lumen: "lm", lux: "lux", lx: "lx",
  h: "h", min: "min", s: "s", "°c": "°C", inch: "in", in: "in", pct: "%", percent: "%", prozent: "%", "%": "%",
};

const UNIT_NAMES = Object.keys(UNITS).sort((a, b) => b.length - a.length).join("|");
// "Weight g", "Weight (g)", "Weight [g]", "Weight in g", "Gewicht in kg".
const LABEL_WITH_UNIT = new RegExp(`^(.*?\\p{L}.*?)\\s*(?:\\(\\s*(${UNIT_NAMES})\\s*\\)|\\[\\s*(${UNIT_NAMES})\\s*\\]|\\s(?:in\\s+)?(${UNIT_NAMES}))$`, "iu");
const BARE_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * A label and bare number with the unit moved from the label to the number: "Weight g", "95" →
 * { label: "Weight", value: "95 g" }; "Lux", "70" → { label: "", value: "70 lux" }. Null when the
 * value is not a bare number or the label names no unit: then both stay as they are.
 */
export function moveUnitToValue(label: string, value: string): { label: string; value: string } | null {
  const number = value.trim();
  if (!BARE_NUMBER.test(number)) return null;
  const whole = UNITS[label.trim().toLowerCase()];
  if (whole) return { label: "", value: `${number} ${whole}` };
  const match = LABEL_WITH_UNIT.exec(label.trim());
  if (!match) return null;
  const unit = UNITS[(match[2] ?? match[3] ?? match[4] ?? "").toLowerCase()];
  return unit ? { label: match[1]!.trim(), value: `${number} ${unit}` } : null;
}
