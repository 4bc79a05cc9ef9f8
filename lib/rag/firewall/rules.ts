// Patterns of text that addresses a language model instead of a human reader. Each rule
// combines an imperative or addressing form with a model-directed object ("ignore" +
// "previous instructions", "you are now" + "an AI"), because single words ("ignore",
// "act as", "du bist jetzt") are everyday marketing language. Patterns run on text that
// normalize.ts has turned into its scan form (NFKC, confusables skeleton, no invisible
// characters, single spaces). The trained classifier (classifier.ts) covers paraphrases these
// patterns miss; a rule firing is enough on its own.

export type InjectionRule = { rule: string; patterns: RegExp[] };

// JavaScript's \b only knows ASCII word characters, so "\bübergehe" would never match;
// every \b below is rewritten to a Unicode-aware word boundary.
const WORD_BOUNDARY = String.raw`(?:(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_])|(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_]))`;
// A leading \b always stands before a letter, so "no word character before" is the same test,
// and about twenty times faster: the full boundary is tried at every position of the text.
const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
const re = (source: string, flags = "giu") =>
  new RegExp(source.replace(/^\\b/, WORD_START).replaceAll(String.raw`\b`, WORD_BOUNDARY), flags);

// ---- English building blocks
const EN_FILLER = String.raw`(?:(?:all|any|every|each|of|the|your|my|these|those|its|their)\s+){0,3}`;
const EN_PRIOR = String.raw`(?:previous|prior|above|earlier|preceding|foregoing|former|original|initial|existing|old)`;
const EN_INSTRUCTIONS = String.raw`(?:instructions?|prompts?|directions|directives|commands|rules|guidelines|guidance|guardrails|context|programming|messages|constraints|policies|tasks?|orders)`;
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
      re(String.raw`\b${EN_OVERRIDE_VERB}\s+(?:the|your|any|all(?:\s+the)?)\s+${EN_INSTRUCTIONS}\s+(?:you\s+(?:were|have\s+been|got)\s+(?:given|told)|(?:given|written)\s+(?:above|before|earlier|so\s+far)|above|so\s+far)\b`),
      re(String.raw`\b${DE_OVERRIDE_VERB}\s+${DE_FILLER}${DE_PRIOR}\s+(?:\p{L}+\s+)?${DE_INSTRUCTIONS}\b`),
      re(String.raw`\b${DE_OVERRIDE_VERB}\s+${DE_FILLER}(?:alle|deine|ihre|eure|die)\s+(?:anweisungen|instruktionen|system-?prompts?|systemanweisungen|programmierung)\b`),
      re(String.raw`\b(?:ignore|disregard|forget)\s+(?:about\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+|your\s+)?(?:above|everything\s+(?:prior|previous))\b(?!\s+(?:\p{L}+\s+){0,2}(?:tips|advice))`),
      re(String.raw`\b(?:ignoriere|ignorieren\s+sie|vergiss|vergessen\s+sie)\s+alles\s+(?:davor|zuvor|vorherige|bisherige|obige|oben\s+genannte)\b`),
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
      re(String.raw`\byou\s+are\s+no\s+longer\s+(?:an?\s+|the\s+)?(?:\p{L}+\s+){0,2}(?:assistant|bot|model|writer|copywriter|ai)\b`),
      re(String.raw`\b(?:let's|let\s+us)\s+pretend\s+(?:that\s+)?(?:you|the\s+(?:rules|guidelines|safety\s+rules|filters?))\b`),
      re(String.raw`\b(?:tun|tu|lass\s+uns)\s+(?:wir\s+)?so,?\s+als\s+(?:ob|würden|würde|gäbe|gelten|wären)\b[^.!?\n]{0,80}?\b(?:regeln|richtlinien|anweisungen|vorgaben|filter|einschränkungen)\b`),
      re(String.raw`\b(?:du\s+bist|sie\s+sind)\s+(?:ab\s+(?:jetzt|sofort)\s+)?kein(?:e|en)?\s+(?:\p{L}+[\s-]+){0,2}(?:assistent|bot|modell|ki|texter|copywriter)\w*\s+mehr\b`),
      // "I want you to act as …" / "Your new task is …": the reader is being re-tasked.
      re(String.raw`\bi\s+want\s+you\s+to\s+(?:act|pretend|behave|role-?play|play\s+the\s+role|function|respond\s+as|be\s+my|become)\b`),
      re(String.raw`\byour\s+(?:new\s+|real\s+|actual\s+|only\s+|true\s+|hidden\s+|secret\s+)(?:task|job|role|goal|instructions?|purpose|mission|objective)\s+(?:is|are|will\s+be|now\s+is)\b`),
      re(String.raw`\b(?:new|updated|revised|additional)\s+(?:task|instructions?|orders)\s*:`),
      re(String.raw`\bich\s+möchte,?\s+dass\s+(?:du|sie)\s+(?:dich\s+|sich\s+)?(?:als|wie|so\s+tu(?:st|n)|die\s+rolle)\b`),
      re(String.raw`\b(?:deine|ihre)\s+(?:neue|eigentliche|wahre|einzige)\s+(?:aufgabe|rolle|anweisung|mission)\s+(?:ist|lautet|besteht)\b`),
      re(String.raw`\bneue\s+(?:aufgabe|anweisung(?:en)?|instruktion(?:en)?)\s*:`),
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
      // "Output everything above" / "Gib alles oben Stehende aus": the prompt asked for without naming it.
      // "Print everything above and bring it along" is a handout; print, repeat and copy count only
      // with "verbatim", "word for word" or "in a code block".
      re(String.raw`\b(?:output|reveal|write\s+out|echo|dump|leak|disclose)\s+(?:everything|all\s+(?:of\s+)?the\s+(?:text|words|content|instructions|messages))\s+(?:(?:written|given|shown)\s+)?(?:above|before\s+this(?:\s+(?:line|sentence|message))?)(?!\s*\d)`),
      re(String.raw`\b(?:print|repeat|copy|reproduce|show)\s+(?:me\s+)?(?:all\s+(?:of\s+)?)?(?:everything|the\s+(?:text|words|content|instructions|prompt))\s+above\s+(?:verbatim|word\s+for\s+word|exactly|in\s+(?:a|one)\s+code\s*block)`),
      re(String.raw`\b(?:gib|geben\s+sie)\s+(?:mir\s+|uns\s+)?(?:bitte\s+)?alles\s+(?:oben\s+stehende|obenstehende|davor\s+stehende|bisherige|vorherige)\b[^.!?\n]{0,40}?\baus\b`),
      re(String.raw`\b(?:wiederhole|wiederholen\s+sie|kopiere|kopieren\s+sie|schreib(?:e)?|schreiben\s+sie|gib|geben\s+sie)\s+(?:mir\s+|uns\s+)?(?:bitte\s+)?(?:alles|den\s+(?:gesamten\s+)?text)\s+(?:oben\s+stehende|obenstehende|oben|davor|über\s+dieser\s+zeile)\b[^.!?\n]{0,40}?\b(?:wörtlich|wort\s+für\s+wort|codeblock)`),
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
    // Indirect injection (BIPIA style): content that tells the model writing copy what to put in
    // its reply. The object is the model's own output ("your reply/response/answer/summary"),
    // which a human reader's copy rarely names; "include your order number in your reply" is
    // the customer-service look-alike, excluded by refusing objects that start with "your".
    rule: "indirect-instruction",
    patterns: [
      re(String.raw`\b(?:add|insert|include|append|prepend|put|integrate|incorporate|embed|weave|slip|place|attach|inject|end|start|begin|conclude|finish|close)\s+(?!your\s|(?:the|a|an)\s+(?:(?:order|tracking|article|item|customer|invoice|reference|account|case|ticket|parcel|serial)\s+(?:number|no\.?|id|code)|photo|receipt|size|colou?r)\b)(?:[^.!?\n]|[.!?](?=\S)){0,120}?\b(?:to|in|into|within|inside|at\s+the\s+(?:end|start|beginning|bottom|top)\s+of|with)\s+(?:your|the|each|every|all)\s+(?:(?:final|next|generated|own)\s+)?(?:repl(?:y|ies)|responses?|answers?|outputs?|summar(?:y|ies)|completions?|generated\s+(?:text|copy|content)|messages?\s+to\s+the\s+user)\b`),
      re(String.raw`\b(?:in|within|at\s+the\s+end\s+of|at\s+the\s+start\s+of)\s+(?:your|each|every|the)\s+(?:repl(?:y|ies)|responses?|answers?|outputs?|summar(?:y|ies)|completions?)\s*,?\s+(?:please\s+|also\s+|always\s+|be\s+sure\s+to\s+|make\s+sure\s+to\s+|you\s+(?:must|should|need\s+to)\s+)?(?:include|mention|add|say|state|write|promote|recommend|advertise|tell|insert|append|use|urge|encourage|ask|suggest|claim|refer)\b(?!\s+(?:us|me)\b)`),
      re(String.raw`\b(?:respond|reply|answer|write|output|return|encode|format|give)\s+(?:your\s+(?:reply|response|answer|output)\s+)?(?:(?:only|exclusively|entirely|solely)\s+)?(?:in|using|as|with)\s+(?:base-?64|rot-?13|hex(?:adecimal)?|binary|morse(?:\s+code)?|leet(?:speak)?|1337|pig\s+latin|reverse(?:d)?\s+(?:order|text)|caesar\s+cipher|ascii\s+codes|unicode\s+escapes|emojis?\s+only|all\s+caps|uppercase\s+only)\b`),
      re(String.raw`\b(?:encode|encrypt|obfuscate|translate|convert|rewrite|reverse|scramble|spell)\s+(?:your|the|each|every|all)\s+(?:(?:entire|whole|full|final)\s+)?(?:repl(?:y|ies)|responses?|answers?|outputs?|summar(?:y|ies))\b`),
      re(String.raw`\b(?:tell|inform|advise|urge|remind|instruct|ask|encourage|convince|persuade|warn|notify)\s+(?:the|all|every|each|any)\s+(?:users?|readers?|humans?|visitors?|people\s+(?:you\s+)?(?:talk|chat)\w*|person\s+you(?:'re|\s+are)\s+(?:talking|chatting)\s+to)\s+(?:to|that|about)\b`),
      re(String.raw`\b(?:make\s+sure|ensure|be\s+sure)\s+(?:that\s+)?(?:your|the|each|every)\s+(?:repl(?:y|ies)|responses?|answers?|outputs?|summar(?:y|ies)|generated\s+(?:text|copy))\s+(?:includes?|contains?|mentions?|ends?|starts?|begins?|says?|promotes?|recommends?|links?|is\s+written)\b`),
      re(String.raw`\b(?:when|whenever|while|if|as)\s+(?:you(?:'re|\s+are)?\s+)?(?:summari[sz]\w*|answer\w*|respond\w*|repl\w*|generat\w*|writ\w*|describ\w*|produc\w*)(?!\s+to\s+(?:(?:a|an|the|our|your|every|each|this|that)\s+)?(?:customers?|clients?|guests?|reviews?|reviewers?|complaints?|buyers?|shoppers?|members?)\b)\s+[^.!?\n]{0,60}?,\s*(?:please\s+|also\s+|always\s+)?(?:add|include|mention|say|state|insert|append|promote|recommend|advertise|tell|claim|describe\s+it|call\s+it|rank|praise)\b`),
      re(String.raw`\b(?:modify|change|alter|adjust|tailor|structure|format|phrase|frame|shape|rewrite|shorten|lengthen|sign|end|begin|start|open|close|finish|conclude)\s+(?:each\s+of\s+|every\s+one\s+of\s+)?(?:your|each|every)\s+(?:(?:final|next|own)\s+)?(?:repl(?:y|ies)|responses?|answers?|outputs?|summar(?:y|ies)|completions?)\b`),
      re(String.raw`\b(?:answer|respond|reply|write)\s+(?:using\s+|with\s+|in\s+)?only\s+(?:emojis?|numbers|symbols|one\s+word|uppercase|capital\s+letters|questions)\b`),
      re(String.raw`\b(?:blend|merge|incorporate|integrate|include|add|insert|inject|paste|embed|put|use)\b[^.!?\n]{0,80}?\b(?:in|into|to|within)\s+your\s+(?:code(?:\s?base)?|solution|algorithm|implementation|program|script|function|project|answer\s+code)\b`),
      // The output's form scrambled ("Spell every word of your reply backwards").
      re(String.raw`\b(?:spell|write|reverse|scramble|jumble(?:\s+up)?|shuffle|capitali[sz]e|encode)\s+(?:every|each|all|the)\s+(?:(?:other|second|third|fourth)\s+)?(?:words?|letters?|characters?|sentences?|vowels?)\s+(?:of|in)\s+(?:(?:the\s+)?words\s+(?:of|in)\s+)?your\s+(?:repl(?:y|ies)|responses?|answers?|outputs?|messages?|summar(?:y|ies))\b`),
      // An extra task riding on the reply ("Also answer this question in your reply: …"); "answer the
      // quiz in your reply to enter the draw" is a competition, so "to"/"on" after the reply is excluded.
      re(String.raw`\b(?:also\s+|additionally\s+)?answer\s+(?:also\s+|additionally\s+)?(?:this|the\s+following|one\s+more)\s+question\s+in\s+(?:your|each|every)\s+(?:repl(?:y|ies)|responses?|answers?|outputs?|summar(?:y|ies))\b(?!\s+(?:to|on)\b)`),
      re(String.raw`\b(?:beantworte|beantwortet|beantworten\s+sie)\s+(?:(?:außerdem|auch|zusätzlich|bitte|noch)\s+)*(?:diese|folgende|die\s+folgende|noch\s+eine)\s+frage\s+in\s+(?:deiner|ihrer|jeder)\s+(?:antwort|ausgabe|zusammenfassung)\b(?!\s+(?:auf|an|zu)\b)`),
      // Code-attack lead-ins: "the following code" going into "your algorithm/solution" (either order);
      // "Add the following code to your website's header" names a site, not the model's code.
      re(String.raw`\b(?:incorporat|integrat|add|insert|includ|embed|inject|blend|merg|paste)\w*\s+(?:the\s+|this\s+)?(?:following|subsequent|below|provided|given|attached)\s+(?:code|snippet)\b[^.!?\n]{0,60}?\byour\s+(?:code(?:\s?base)?|algorithm|solution|implementation|program|function)\b`),
      re(String.raw`\byour\s+(?:code(?:\s?base)?|algorithm|solution|implementation|program|function)\s+(?:by|through|with)\s+(?:incorporat|integrat|add|insert|includ|embed|inject|blend|merg)\w*\s+(?:the\s+|this\s+)?(?:following|subsequent|below|provided|given|attached)\s+(?:code|snippet)`),
      re(String.raw`\b(?:regardless|irrespective)\s+of\s+(?:the\s+)?(?:facts|truth|what\s+(?:the|this)\s+(?:user|brief|document|text|page|source)s?\s+(?:says?|asks?|wants?))\b`),
      re(String.raw`\b(?:ask|tell|get|convince|persuade)\s+(?:the|all|every|each|any)\s+(?:users?|readers?|visitors?|customers?)\s+(?:for|to\s+(?:send|share|enter|provide|give|reveal|confirm|type))\s+(?:(?:their|his|her|your|the)\s+)?(?:passwords?|credentials|login(?:\s+details)?|card\s+(?:details|numbers?)|credit\s+card(?:\s+numbers?)?|pins?|bank\s+details|social\s+security)`),
      re(String.raw`\bclaim\s+that\b[^.!?\n]{0,120}?\b(?:even\s+though|although|even\s+if|whether\s+or\s+not)\b`),
      re(String.raw`\b(?:antworte|antworten\s+sie|schreibe?|schreiben\s+sie)\s+(?:nur\s+|ausschließlich\s+)(?:noch\s+)?(?:mit|in)\s+(?:emojis?|zahlen|symbolen|einem\s+wort|großbuchstaben|fragen)\b`),
      re(String.raw`\b(?:egal|unabhängig\s+davon),?\s+was\s+(?:die\s+fakten|der\s+(?:nutzer|benutzer|leser)|das\s+(?:briefing|dokument))\s+(?:sagen|sagt|fragt|will|verlangt)\b`),
      re(String.raw`\b(?:ändere|ändern\s+sie|passe|passen\s+sie|gestalte|gestalten\s+sie|formuliere|formulieren\s+sie|beende|beenden\s+sie|beginne|beginnen\s+sie|unterschreibe|unterzeichne)\s+(?:deine|ihre|jede)\s+(?:antwort(?:en)?|ausgabe(?:n)?|zusammenfassung(?:en)?)\b`),
      re(String.raw`\b(?:bitte|frage|frag|fordere)\s+(?:den|die|jeden|alle)\s+(?:nutzer|benutzer|leser|kunden|besucher)\w*\s+(?:nach|um|auf,?)\s+(?:(?:seine[nmrs]?|ihre[nmrs]?|deren)\s+)?(?:passwort|zugangsdaten|kartendaten|kreditkarten\w*|pin|bankdaten|login\w*)`),
      // The output named as "what you write / everything you generate" instead of "your reply".
      re(String.raw`\b(?:put|add|insert|include|place|mention|use|slip|weave|append|translate|encode|convert|write)\b(?:[^.!?\n]|[.!?](?=\S)){0,100}?\b(?:in|into|to|at\s+the\s+end\s+of|throughout)?\s*(?:what|whatever|everything|anything|all(?:\s+that)?)\s+you\s+(?:write|generate|produce|output|say|create|return|answer|reply)\b`),
      re(String.raw`\b(?:whatever|everything|anything|all)\s+(?:that\s+)?you\s+(?:write|generate|produce|output|say|create|return)\s+(?:from\s+(?:this|the)\s+\w+\s+)?(?:should|must|has\s+to|needs\s+to|shall)\s+(?:end|start|begin|include|contain|mention|say|be)\b`),
      re(String.raw`\b(?:if|when|while|as)\s+you\s+(?:are\s+)?(?:process|pars|analy[sz]|summari[sz]|crawl|ingest|index|read)\w*\s+(?:this|the|these)\s+(?:text|document|page|e-?mail|content|data|file|message|website|passage)s?\s*,`),
      re(String.raw`\b(?:wenn|falls|sobald|während)\s+du\s+(?:das\s+hier|diese[ns]?\s+(?:text|dokument|seite|e-mail|inhalt|datei|nachricht))\s+(?:verarbeitest|analysierst|zusammenfasst|auswertest|crawlst|einliest|indexierst)\b`),
      re(String.raw`\b(?:am\s+ende|zu\s+beginn|am\s+anfang)\s+(?:deiner|ihrer|jeder)\s+(?:ausgabe|antwort|zusammenfassung)\s+(?:muss|soll|sollte)\b`),
      re(String.raw`\b(?:nimm|nehmen\s+sie|baue|bauen\s+sie|füge|fügen\s+sie)\s+(?:in\s+)?(?:deinen|ihren|den)\s+(?:text|beitrag|output|entwurf)\b[^.!?\n]{0,120}?\b(?:auf|ein|hinzu)\b`),
      re(String.raw`\b(?:füge|fügen\s+sie|baue|bauen\s+sie|integriere|integrieren\s+sie|ergänze|ergänzen\s+sie|hänge|hängen\s+sie|nimm|nehmen\s+sie|setze|setzen\s+sie|schreibe?|schreiben\s+sie|packe?|packen\s+sie|beende|beenden\s+sie|beginne|beginnen\s+sie)\b(?!\s+(?:uns|mir)\b|\s+(?:ihre[nmrs]?|deine[nmrs]?|dein|ihr)\s)[^.!?\n]{0,120}?\b(?:in|zu|an|am\s+(?:ende|anfang|schluss)|mit)\s+(?:deine[rnms]?|ihre[rnms]?|der|die|jede[rnms]?)\s+(?:(?:nächste[nmrs]?|finale[nmrs]?)\s+)?(?:antwort(?:en)?|ausgabe(?:n)?|zusammenfassung(?:en)?|erwiderung|rückmeldung)\b`),
      re(String.raw`\b(?:in|am\s+ende|am\s+anfang|zum\s+schluss)\s+(?:deiner|ihrer|jeder|der)\s+(?:antwort(?:en)?|ausgabe(?:n)?|zusammenfassung(?:en)?)\s*,?\s+(?:bitte\s+|immer\s+|auch\s+)?(?:erwähne|erwähnen\s+sie|nenne|nennen\s+sie|empfiehl|empfehlen\s+sie|schreibe?|schreiben\s+sie|füge|fügen\s+sie|wirb|werben\s+sie|bewirb|verweise|verweisen\s+sie|sage?|sagen\s+sie|behaupte|fordere|bitte)\b`),
      re(String.raw`\b(?:antworte|antworten\s+sie|schreibe?|schreiben\s+sie|gib|geben\s+sie)\s+(?:(?:deine|ihre|die)\s+(?:antwort|ausgabe)\s+)?(?:nur\s+|ausschließlich\s+)?(?:noch\s+)?(?:in|als|mit)\s+(?:base-?64|rot-?13|hex(?:adezimal)?|binär\w*|morse\w*|leetspeak|umgekehrter\s+reihenfolge|großbuchstaben)\b`),
      re(String.raw`\b(?:kodiere|kodieren\s+sie|verschlüssele|verschlüsseln\s+sie|übersetze|übersetzen\s+sie|verfasse|verfassen\s+sie)\s+(?:deine|ihre|die|jede)\s+(?:gesamte\s+|komplette\s+)?(?:antwort(?:en)?|ausgabe(?:n)?|zusammenfassung)\b`),
      re(String.raw`\b(?:sag(?:e|t)?|sagen\s+sie|teile|teilen\s+sie|rate|raten\s+sie|erkläre|erklären\s+sie|fordere|fordern\s+sie|bitte|bitten\s+sie|überzeuge|überzeugen\s+sie)\s+(?:de[mn]|alle[n]?|jede[mn]?)\s+(?:nutzer(?:n|innen)?|benutzer(?:n|innen)?|leser(?:n|innen)?|anwender(?:n|innen)?|menschen,?\s+mit\s+dem\s+du)\b`),
      re(String.raw`\b(?:stelle|stellen\s+sie|achte|achten\s+sie)\s+sicher,?\s+dass\s+(?:deine|ihre|die|jede)\s+(?:antwort|ausgabe|zusammenfassung)\b`),
      re(String.raw`\b(?:wenn|sobald|falls)\s+(?:du|sie)\s+[^.!?\n]{0,40}?(?:zusammenfasst|zusammenfassen|antwortest|antworten|beschreibst|beschreiben|schreibst|erstellst|generierst)\w*\s*,\s*(?:dann\s+)?(?:füge|erwähne|nenne|empfiehl|schreibe?|sage?|behaupte|bewirb|wirb|lobe|bezeichne)\b`),
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
      re(String.raw`\b(?:hey|hi|hello|attention|dear|note\s+to\s+the|hallo|achtung|hinweis\s+an\s+das)\s*,?\s+(?:language\s+|ai\s+|ki-?|sprach)?(?:model|modell)(?=\s*[,!:.;—–])`),
      re(String.raw`\b(?:hallo|hey|hi|achtung|(?:hinweis|nachricht|anweisungen?)\s+(?:an|für))\s*,?\s+(?:die\s+|den\s+|das\s+|alle\s+)?(?:${DE_AI}|llms|chatbots|bots|crawler)(?=\s*[,!:.;—–]|\s*$)`, "gimu"),
      re(String.raw`\b${DE_AI}\s*[,:]\s*(?:bitte|du\s+(?:musst|sollst|wirst|darfst)|ignoriere|vergiss|beachte|merke\s+dir|antworte|fasse|empfiehl|erwähne)\b`),
      re(String.raw`\b(?:falls|wenn|sofern)\s+(?:du\s+(?:eine?\s+)?(?:${DE_AI}|bot|assistent\w*)\s+bist|sie\s+(?:eine?\s+)?(?:${DE_AI}|bot)\s+sind)\b`),
      re(String.raw`\bals\s+(?:eine?\s+)?(?:${DE_AI})\s+(?:musst|solltest|sollst|darfst|wirst)\s+du\b`),
    ],
  },
];
