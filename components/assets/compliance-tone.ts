/** Colours by score: green from 90, amber from 70, red below (the same in the editor and the queue). */
export function complianceTone(score: number): { box: string; badge: string } {
  if (score >= 90) return { box: "border-green-300 bg-green-50 text-green-900", badge: "bg-green-100 text-green-900" };
  if (score >= 70) return { box: "border-amber-300 bg-amber-50 text-amber-900", badge: "bg-amber-100 text-amber-900" };
  return { box: "border-red-300 bg-red-50 text-red-900", badge: "bg-red-100 text-red-900" };
}
