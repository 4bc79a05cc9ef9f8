/**
 * All-caps words Google's editorial policy accepts because they are abbreviations or
 * established spellings, not shouting. Letters-only entries; tokens containing digits
 * (CO2, XT500, B2B) count as product codes and are always accepted. Workspaces add their own
 * (brand or product names written in capitals) through the validation context.
 */
export const DEFAULT_ALLOWED_ABBREVIATIONS: readonly string[] = [
  // Places and currencies
  "EU", "USA", "US", "UK", "DE", "AT", "CH", "NRW", "EUR", "USD", "CHF", "GBP",
  // Technology
  "GPS", "USB", "LED", "OLED", "LCD", "UV", "TV", "PC", "PDF", "API", "AI", "KI", "IT", "HD", "UHD", "SMS", "WLAN", "LAN", "LTE", "NFC",
  "GB", "TB", "MB", "CPU", "RAM", "SSD", "HDMI", "RGB", "SEO", "CRM", "ERP", "IP",
  // Business and legal
  "CEO", "HR", "DIY", "FAQ", "AG", "KG", "SE", "UVP", "DSGVO", "GDPR", "OK",
  // Materials, standards, sizes
  "GORE-TEX", "ABS", "PVC", "PU", "TPU", "PFC", "PFAS", "TÜV", "DIN", "ISO", "EN",
  "XS", "XL", "XXL", "XXXL",
  // Carriers
  "DHL", "UPS", "DPD", "GLS",
];
