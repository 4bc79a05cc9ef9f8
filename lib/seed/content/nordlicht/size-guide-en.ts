import type { SeedDocument } from "../types";

// SYNTHETIC demo content. Body measurements are typical European sizing so fit answers in
// generated pages look credible; they are not any real brand's chart.
export const SIZE_GUIDE_EN: SeedDocument = {
  title: "Size guide",
  canonicalUrl: "https://nordlicht.example/en/size-guide",
  language: "en",
  classification: "public",
  kind: "published_page",
  markdown: `# Size guide

Measure your body, not a garment you own, and compare the result with the tables below. All measurements are body measurements in centimetres.

## How to measure

- Chest: around the fullest part of your chest, under the arms, with the tape horizontal.
- Waist: around your natural waistline, just above the navel.
- Hip: around the widest part of your hips.
- Inside leg: from the crotch to the floor, without shoes.

## Women's sizes (jackets, base layers, trousers)

| Size | Chest | Waist | Hip |
| --- | --- | --- | --- |
| XS | 82 | 66 | 90 |
| S | 88 | 72 | 96 |
| M | 94 | 78 | 102 |
| L | 100 | 84 | 108 |
| XL | 106 | 90 | 114 |

## Men's sizes (jackets, base layers, trousers)

| Size | Chest | Waist | Hip |
| --- | --- | --- | --- |
| S | 92 | 80 | 96 |
| M | 100 | 88 | 102 |
| L | 108 | 96 | 108 |
| XL | 116 | 104 | 114 |
| XXL | 124 | 112 | 120 |

## Fit by product

- Fjell hardshell: regular fit with room for a fleece or a light down jacket underneath. Between two sizes, choose the larger one.
- Bris wind jacket: slim fit, worn over a base layer. Between two sizes, choose the larger one.
- Ull merino base layers: close to the body, so the wool can move moisture away from the skin. Between two sizes, choose the smaller one.
- Vidde trekking trousers: regular fit with stretch. Inside leg 82 cm in men's size M and 79 cm in women's size S; the hems can be shortened by up to 6 cm at our workshop free of charge.

## Sleeping bags

| Model | Regular | Long |
| --- | --- | --- |
| Natt -5 (down) | body height up to 185 cm | body height up to 200 cm |
| Natt +5 (synthetic) | body height up to 185 cm | body height up to 200 cm |

## Backpacks

Measure your back length from the prominent vertebra at the base of your neck to the top of your hip bones. The Rygg 30 adjusts from 42 to 52 cm, the Rygg 55+10 from 40 to 54 cm.

## Hiking boots

Sti boots come in EU sizes 36 to 42 (women) and 40 to 47 (men). Measure your foot in the evening, when it is at its largest, and allow about 1 cm of room in front of your toes.

| EU size | 37 | 38 | 39 | 40 | 41 | 42 | 43 | 44 | 45 | 46 |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| Foot length (cm) | 23.5 | 24.0 | 24.7 | 25.3 | 26.0 | 26.7 | 27.3 | 28.0 | 28.7 | 29.3 |

Still unsure? Order two sizes: returns within Germany are free for 30 days.
`,
};
