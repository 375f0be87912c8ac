/**
 * Short, correct sentences in many languages, each with the characters that matter in it:
 * the language's own letters, its quotation marks and the spaces its typography puts around
 * them. Correct text that a mojibake check must never report, and that garbled must be repaired.
 */
export const SENTENCES: Readonly<Record<string, string>> = {
  French:
    "«\u00a0Il l’a appelé\u00a0», dit-elle\u202f; l’œuvre coûte 5\u00a0€ à Noël. «\u00a0C’est fermé\u00a0»\u202f!",
  German: "„Das macht mir Spaß“, sagte sie. Im Buch stand »Fußball« über Öl und Ärger, daß…",
  Polish: "„Zażółć gęślą jaźń” – napisała Łucja w Łodzi. Ósmy raz!",
  Czech: "„Úžasný výhled!“ řekl. Příliš žluťoučký kůň úpěl ďábelské ódy. VÍŠ, ŽE?",
  Turkish: "Çok güzel! İstanbul’da ağaçlar şöyle dedi: “Işık”…",
  Vietnamese: "“Xin chào” – Tiếng Việt là một ngôn ngữ. Hồ Chí Minh, “Cà phê…”",
  Icelandic: "„Það er gott“, sagði Þórður við Ægi. „ÞAÐ“ stendur á skiltinu.",
  Romanian: "„Știința și tehnica”, a spus el. În România îmi place pâinea.",
  Spanish: "¿Qué tal? ¡Olé! Dijo «qué»… El niño nació el 1.º de enero; la señora Nº 5.",
  Portuguese: "“Não sei”, disse. “É a minha irmã”… São Paulo, 1.ª vez. “ÓRFÔ, dizia o título.",
  Italian: "«È così», disse. Perché no? Città, caffè e università.",
  Danish: "»Det er på Ø«, sagde hun. Ærø og Ålborg ligger i Danmark.",
  Swedish: "»Hej«, sa hon på väg till Å. Ölet är gott.",
  Hungarian: "„Árvíztűrő tükörfúrógép”, mondta Ödön.",
  Catalan: "La col·lecció de l’àvia és a la plaça.",
  Greek: "«Καλημέρα», είπε· «Γειά σου, κόσμε!» Τα γράμματα α, β, γ και λ.",
  Russian: "«Привет, мир!» — сказал он. Ёлка, щи и съезд.",
  Ukrainian: "«Слава Україні!» — їжак, ґанок, є і ще.",
  Arabic: "«مرحبا بالعالم» — قال المعلم.",
  Hebrew: "„שלום עולם“, אמר המורה.",
  Thai: "สวัสดีครับ “ภาษาไทย”… ยินดีต้อนรับ",
  Chinese: "「你好，世界」——他说。頻率很高，请稍候…",
  Japanese: "「日本語のテキスト」…と彼は言った。カタカナとひらがな。",
  Korean: "“안녕하세요” 한국어 문장입니다… 감사합니다.",
  "English with symbols":
    "A “2×” zoom costs £5 — 3×4 ≥ 10, 5 µm at 25 °C. © 2024 ACME™, NESCAFÉ®, « CAFÉ\u00a0» and JOSÉ’S.",
};
