import { DEFAULT_ALLOWED_ABBREVIATIONS } from "@/lib/assets/validate/abbreviations";
import type { JudgeCheck, JudgeInput } from "../schema";

// Three letters or more: two-letter capitals are nearly always codes (EN, DE, XL).
const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}-]{2,}(?![\p{L}\p{N}])/gu;

/** Words in capitals shout, unless they are abbreviations or names the brand writes that way. */
export function checkAllCaps(input: JudgeInput): JudgeCheck {
  const allowed = new Set([...DEFAULT_ALLOWED_ABBREVIATIONS, ...input.allowedCapsWords].map((word) => word.toUpperCase()));
  const shouted = new Set<string>();
  for (const field of input.fields) {
    for (const word of field.text.match(CAPS_WORD) ?? []) {
      const bare = word.replace(/-+$/u, "");
      if (!allowed.has(bare)) shouted.add(bare);
    }
  }
  const label = "Words in capitals";
  if (shouted.size === 0) return { id: "all_caps", label, passed: true, reason: "No word is written in capitals except abbreviations and names." };
  const list = [...shouted].slice(0, 5).map((word) => `"${word}"`).join(", ");
  return { id: "all_caps", label, passed: false, reason: `Written in capitals: ${list}; use normal case (add brand names in capitals to the allowed words).` };
}
