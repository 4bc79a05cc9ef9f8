// Patterns of text that addresses a language model instead of a human reader. Each rule
// combines an imperative or addressing form with a model-directed object ("ignore" +
// "previous instructions", "you are now" + "an AI"), because single words ("ignore",
// "act as", "du bist jetzt") are everyday marketing language. Patterns run on text that
// firewall.ts has normalised (NFKC, no invisible characters, single spaces).

export type InjectionRule = { rule: string; patterns: RegExp[] };

// JavaScript's \b only knows ASCII word characters, so "\bübergehe" would never match;
// every \b below is rewritten to a Unicode-aware word boundary.
const WORD_BOUNDARY = String.raw`(?:(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_])|(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_]))`;
const re = (source: string, flags = "giu") => new RegExp(source.replaceAll(String.raw`\b`, WORD_BOUNDARY), flags);

// ---- English building blocks
const EN_FILLER = String.raw`(?:(?:all|any|every|each|of|the|your|my|these|those|its|their)\s+){0,3}`;
const EN_PRIOR = String.raw`(?:previous|prior|above|earlier|preceding|foregoing|former|original|initial|existing|old)`;
const EN_INSTRUCTIONS = String.raw`(?:instructions?|prompts?|directions|directives|commands|rules|guidelines|guardrails|context|programming|messages|constraints|policies)`;
const EN_OVERRIDE_VERB = String.raw`(?:ignore|disregard|forget|override|bypass|discard|abandon|(?:do\s+not|don't|stop)\s+(?:follow(?:ing)?|obey(?:ing)?))`;
const EN_AI = String.raw`(?:ai|a\.i\.|artificial\s+intelligence|ai\s+(?:assistant|model|agent|system|bot)|assistant|chatbot|chat\s?gpt|gpt-?\d\w*|claude|gemini|bard|copilot|llm|large\s+language\s+model|language\s+model)`;
const EN_ROGUE = String.raw`(?:dan|jailbroken|unrestricted|unfiltered|uncensored|evil|different)`;

// ---- German building blocks
const DE_FILLER = String.raw`(?:(?:alle|sämtliche|jegliche|die|der|den|deine[nmrs]?|ihre[nmrs]?|eure[nmrs]?|dir|mir)\s+){0,3}`;
const DE_PRIOR = String.raw`(?:vorherige[nmrs]?|vorige[nmrs]?|bisherige[nmrs]?|obige[nmrs]?|frühere[nmrs]?|vorangegangene[nmrs]?|vorangehende[nmrs]?|ursprüngliche[nmrs]?|alte[nmrs]?|gegebene[nmrs]?|erhaltene[nmrs]?)`;
const DE_INSTRUCTIONS = String.raw`(?:anweisung(?:en)?|instruktion(?:en)?|befehle?|vorgaben?|regeln|richtlinien|system-?prompts?|systemanweisung(?:en)?|systemnachricht(?:en)?|prompts?|aufträge|auftrag)`;
const DE_OVERRIDE_VERB = String.raw`(?:ignorier(?:e|en|t)?|vergiss|vergesst|vergessen|missachte(?:n|t)?|verwirf|verwerft|verwerfen|übergeh(?:e|en|t)?|überschreib(?:e|en|t)?|umgeh(?:e|en|t)?|befolge\s+nicht|halte\s+dich\s+nicht\s+an)(?:\s+sie)?`;
const DE_AI = String.raw`(?:ki|k\.i\.|künstliche\s+intelligenz|ki-(?:assistent|modell|agent|system)\w*|chat\s?gpt|claude|gemini|copilot|sprachmodell\w*|llm|chatbot)`;
const DE_ROGUE = String.raw`(?:dan|uneingeschränkt\w*|ungefiltert\w*|unzensiert\w*|böse\w*|entfesselt\w*)`;

export const INJECTION_RULES: InjectionRule[] = [
  {
    rule: "instruction-override",
    patterns: [
      re(String.raw`\b${EN_OVERRIDE_VERB}\s+${EN_FILLER}${EN_PRIOR}\s+(?:\w+\s+)?${EN_INSTRUCTIONS}\b`),
      re(String.raw`\b${EN_OVERRIDE_VERB}\s+${EN_FILLER}(?:your\s+(?:system\s+)?(?:prompt|instructions|programming|guardrails|safety\s+\w+|content\s+polic(?:y|ies))|the\s+system\s+(?:prompt|message|instructions?))\b`),
      re(String.raw`\b(?:ignore|disregard|forget)\s+everything\s+(?:above|before\s+this|you\s+(?:were|have\s+been)\s+told|(?:said|written)\s+(?:above|before|earlier))`),
      re(String.raw`\bnew\s+system\s+(?:prompt|instructions?)\b`),
      re(String.raw`\b${DE_OVERRIDE_VERB}\s+${DE_FILLER}${DE_PRIOR}\s+(?:\p{L}+\s+)?${DE_INSTRUCTIONS}\b`),
      re(String.raw`\b${DE_OVERRIDE_VERB}\s+${DE_FILLER}(?:alle|deine|ihre|eure|die)\s+(?:anweisungen|instruktionen|system-?prompts?|systemanweisungen|programmierung)\b`),
      re(String.raw`\b(?:ignoriere|ignorieren\s+sie|vergiss|vergessen\s+sie)\s+alles,?\s+was\s+(?:dir\s+|ihnen\s+|man\s+dir\s+)?(?:oben|vorher|zuvor|bisher|bis\s+jetzt)\b`),
    ],
  },
  {
    rule: "role-takeover",
    patterns: [
      re(String.raw`\byou\s+are\s+now\s+(?:(?:an?|the|my|in)\s+)?(?:${EN_AI}|${EN_ROGUE}|developer\s+mode|god\s+mode|no\s+longer\s+(?:an?\s+)?(?:${EN_AI}|bound|restricted|limited))\b`),
      re(String.raw`\byou\s+are\s+no\s+longer\s+(?:an?\s+)?(?:${EN_AI}|bound\s+by|restricted|limited\s+by)\b`),
      re(String.raw`\bfrom\s+now\s+on,?\s+you\s+(?:will|must|shall|should|are\s+to)\s+(?:act|behave|pretend|roleplay|role-play|ignore|(?:respond|answer|reply)\s+(?:only|as|without)|only\s+(?:respond|answer|reply|output))\b`),
      re(String.raw`\b(?:act|behave|function|respond)\s+as\s+(?:if\s+you\s+(?:are|were)\s+)?(?:an?\s+)?(?:${EN_ROGUE}\s+)?(?:${EN_AI}|dan|linux\s+terminal)\b`),
      re(String.raw`\bpretend\s+(?:to\s+be|you\s+are|you're|that\s+you\s+are)\s+(?:an?\s+)?(?:${EN_ROGUE}\s+)?(?:${EN_AI}|dan|someone\s+without\s+(?:any\s+)?(?:rules|restrictions|limits))\b`),
      re(String.raw`\b(?:role-?play|role\s+play|play\s+the\s+role\s+of)\s+(?:as\s+)?(?:an?\s+)?(?:${EN_ROGUE}\s+)?(?:${EN_AI}|dan)\b`),
      re(String.raw`\b(?:enable|activate|enter|switch\s+to)\s+(?:the\s+)?(?:developer|dan|god|jailbreak|unrestricted)\s+mode\b`),
      re(String.raw`\b(?:du\s+bist|sie\s+sind)\s+(?:jetzt|nun|ab\s+(?:jetzt|sofort|heute)|von\s+nun\s+an)\s+(?:(?:ein|eine|der|die|mein|meine|im)\s+)?(?:${DE_AI}|${DE_ROGUE}|assistent\w*|entwicklermodus|nicht\s+mehr\s+(?:an\s+(?:deine|ihre|die|irgendwelche)\s+(?:regeln|anweisungen|richtlinien)|eingeschränkt|gebunden|eine?\s+(?:${DE_AI}|assistent\w*)))`),
      re(String.raw`\bab\s+(?:jetzt|sofort|nun)\s+(?:bist\s+du|sind\s+sie)\s+(?:ein\w*\s+)?(?:${DE_AI}|${DE_ROGUE}|assistent\w*|im\s+entwicklermodus)`),
      re(String.raw`\bab\s+(?:jetzt|sofort|nun)\s+(?:antwortest|antworte|reagierst|schreibst)\s+du\s+(?:nur|ausschließlich|immer|nie)\b`),
      re(String.raw`\b(?:tu(?:e|t)?|tun\s+sie)\s+so,?\s+als\s+(?:ob|wärst|wärest|seist|wären|wäre)\b[^.!?\n]{0,80}?(?:${DE_AI}|${DE_ROGUE}|assistent\w*|keine\s+(?:regeln|einschränkungen|richtlinien|grenzen|filter)|administrator|entwicklermodus)`),
      re(String.raw`\b(?:verhalte\s+dich|verhalten\s+sie\s+sich|agiere|fungiere|spiele\s+die\s+rolle)\s+(?:ab\s+(?:jetzt|sofort)\s+)?(?:wie|als|eines|einer|von)\s+(?:ein(?:e|en)?\s+)?(?:${DE_ROGUE}\s+)?(?:${DE_AI}|assistent\w*|linux-?terminal)`),
      re(String.raw`\b(?:aktiviere|aktivieren\s+sie|wechsle\s+in|starte)\s+den\s+(?:entwickler|dan|jailbreak|gott)-?modus\b`),
    ],
  },
  {
    rule: "fake-role-marker",
    patterns: [
      re(String.raw`<\|(?:im_start|im_end|system|user|assistant|endoftext|begin_of_text|end_of_text|start_header_id|end_header_id|eot_id)\|>`),
      re(String.raw`\[\/?INST\]|<<\/?SYS>>|\[(?:system|assistant)(?:\s+(?:message|prompt|note))?\]`),
      re(String.raw`^\s*#{2,4}\s*(?:instruction|system(?:\s+prompt)?|response|input)\s*:?\s*$`, "gimu"),
      re(String.raw`^\s*(?:system|assistant|ai|ki)\s*:\s*(?:you\b|your\b|ignore|disregard|forget|new\s+instructions?|from\s+now\s+on|do\s+not|don't|respond|answer|reply|du\b|dein|ignoriere|vergiss|antworte|ab\s+sofort|neue\s+anweisung)`, "gimu"),
    ],
  },
  {
    rule: "exfiltration",
    patterns: [
      re(String.raw`\b(?:print|reveal|show|output|repeat|leak|dump|disclose|tell\s+me|give\s+me|write\s+out|recite|spell\s+out)\s+(?:me\s+|us\s+)?(?:all\s+|of\s+)*(?:(?:your|the)\s+(?:full\s+|entire\s+|complete\s+|original\s+|initial\s+|hidden\s+|secret\s+|exact\s+)*(?:system\s+(?:prompt|message|instructions?)|initial\s+prompt|hidden\s+prompt|api[\s_-]?keys?|credentials|environment\s+variables)|your\s+(?:full\s+|entire\s+|complete\s+|original\s+|initial\s+|hidden\s+|secret\s+|exact\s+)*(?:prompt|instructions|configuration|rules))\b`),
      re(String.raw`\b(?:send|forward|post|upload|email|e-mail|transmit|exfiltrate|leak)\s+(?:(?:all|the|this|your|of|any|entire|full|whole|previous)\s+)*(?:conversation(?:\s+history)?|chat\s+(?:history|log)|system\s+prompt|api[\s_-]?keys?|credentials|secrets|passwords?|session\s+cookies?)\b`),
      re(String.raw`\b(?:call|invoke|execute|trigger)\s+(?:the\s+|your\s+)?[\w-]+\s+(?:tool|plugin)\b`),
      re(String.raw`\b(?:gib|gebt|geben\s+sie|zeig(?:e|t)?|zeigen\s+sie|nenn(?:e)?|verrat(?:e)?|druck(?:e)?|wiederhol(?:e)?|schreib(?:e)?|offenbar(?:e)?|enthüll(?:e)?)\s+(?:mir\s+|uns\s+)?(?:bitte\s+)?(?:(?:(?:den|die|das|alle|deine[nmrs]?|dein|ihre[nmrs]?|ihr)\s+)+(?:(?:vollständige|komplette|ursprüngliche|geheime|versteckte|interne)[nmrs]?\s+)*(?:system-?prompts?|systemanweisung(?:en)?|systemnachricht(?:en)?|api-?schlüssel|zugangsdaten|passw(?:ö|oe)rter)|(?:deine[nmrs]?|dein|ihre[nmrs]?|ihr)\s+(?:(?:vollständige|komplette|ursprüngliche|geheime|versteckte|interne)[nmrs]?\s+)*(?:prompts?|anweisungen|instruktionen|konfiguration))\b`),
      re(String.raw`\b(?:sende|senden\s+sie|schicke?|leite|übermittle|übertrage|kopiere|poste)\s+(?:bitte\s+)?(?:(?:den|die|das|alle|deine[nmrs]?|ihre[nmrs]?|diese[nmrs]?|gesamte[nmrs]?|komplette[nmrs]?|bisherige[nmrs]?)\s+)*(?:gesprächsverlauf|chatverlauf|chat-verlauf|unterhaltung|konversation|system-?prompt|zugangsdaten|passw(?:ö|oe)rter|api-?schlüssel|sitzungsdaten)\b`),
    ],
  },
  {
    rule: "output-manipulation",
    patterns: [
      re(String.raw`\b(?:include|insert|add|append|mention|say|write|embed|put|recommend|promote|state|always|never)\b[^.!?\n]{0,80}?\b(?:in|into|to|at\s+the\s+(?:end|start|beginning)\s+of)\s+(?:(?:every|each|any|all(?:\s+of)?\s+your)\s+(?:responses?|answers?|repl(?:y|ies)|outputs?|summar(?:y|ies)|completions?)|your\s+(?:outputs?|completions?|summar(?:y|ies)))\b`),
      re(String.raw`\b(?:füge|fügen\s+sie|erwähne|erwähnen\s+sie|schreibe?|nenne|empfiehl|empfehlen\s+sie|sage?|baue?|setze|hänge|immer|niemals)\b[^.!?\n]{0,80}?\b(?:in|an|zu|am\s+(?:ende|anfang))\s+(?:(?:jede[rnms]?|alle[n]?)\s+(?:deine[rnms]?\s+|ihre[rnms]?\s+)?(?:antwort(?:en)?|ausgabe(?:n)?|zusammenfassung(?:en)?)|(?:deine[rnms]?|ihre[rnms]?)\s+(?:ausgabe(?:n)?|zusammenfassung(?:en)?))\b`),
    ],
  },
  {
    rule: "ai-addressing",
    patterns: [
      // The addressee must end the phrase ("Hey ChatGPT," / "Note to AI:"); "Dear AI enthusiasts" is copy.
      re(String.raw`\b(?:hey|hi|hello|dear|attention|psst|(?:note|message|instructions?|hint|reminder)\s+(?:to|for))\s*,?\s+(?:the\s+|all\s+|any\s+)?(?:${EN_AI}s?|llms|(?:ai\s+)?(?:agents?|bots|crawlers?|scrapers?))(?=\s*[,!:.;—–]|\s*$)`, "gimu"),
      re(String.raw`\b${EN_AI}\s*[,:]\s*(?:please|you\s+(?:must|should|will|are\s+to)|make\s+sure|do\s+not|don't|ignore|remember|respond|answer|reply|summari[sz]e|recommend|include)\b`),
      re(String.raw`\bif\s+you\s+are\s+(?:an?\s+)?${EN_AI}(?:\s*[,;:—–]|\s+(?:reading|processing|summari[sz]ing|parsing|crawling|scraping|analy[sz]ing))`),
      re(String.raw`\bas\s+an?\s+${EN_AI}\s*,?\s+you\s+(?:must|should|will|are\s+required|need|have\s+to)\b`),
      re(String.raw`\b(?:hallo|hey|hi|achtung|(?:hinweis|nachricht|anweisungen?)\s+(?:an|für))\s*,?\s+(?:die\s+|den\s+|das\s+|alle\s+)?(?:${DE_AI}|llms|chatbots|bots|crawler)(?=\s*[,!:.;—–]|\s*$)`, "gimu"),
      re(String.raw`\b${DE_AI}\s*[,:]\s*(?:bitte|du\s+(?:musst|sollst|wirst|darfst)|ignoriere|vergiss|beachte|merke\s+dir|antworte|fasse|empfiehl|erwähne)\b`),
      re(String.raw`\b(?:falls|wenn|sofern)\s+(?:du\s+(?:eine?\s+)?(?:${DE_AI}|bot|assistent\w*)\s+bist|sie\s+(?:eine?\s+)?(?:${DE_AI}|bot)\s+sind)\b`),
      re(String.raw`\bals\s+(?:eine?\s+)?(?:${DE_AI})\s+(?:musst|solltest|sollst|darfst|wirst)\s+du\b`),
    ],
  },
];
