// @ts-check
/**
 * Which Prism grammar a fence's language names. Only Prism's own catalogue is read here, so the
 * content checks can ask "is this language known?" without loading any grammar.
 */
const components = require("prismjs/components.json");

/** Names that ask for no highlighting on purpose. */
const PLAIN_NAMES = ["text", "txt", "plain", "plaintext", "none"];

/** Common names Prism does not list, and the grammar each one means. */
const EXTRA_ALIASES = /** @type {Readonly<Record<string, string>>} */ ({
  zsh: "bash",
  console: "shell-session",
  terminal: "shell-session",
  golang: "go",
  jsonc: "json",
  rs: "rust",
  "c++": "cpp",
  mjs: "javascript",
  cjs: "javascript",
});

/**
 * @typedef {{ kind: "grammar"; id: string; title: string }} GrammarLanguage
 * @typedef {{ kind: "plain" }} PlainLanguage
 * @typedef {{ kind: "unknown"; name: string }} UnknownLanguage
 * @typedef {GrammarLanguage | PlainLanguage | UnknownLanguage} ResolvedLanguage
 * @typedef {{ title: string; alias?: string | string[]; aliasTitles?: Record<string, string> }} ComponentEntry
 */

/** @type {Map<string, GrammarLanguage>} */
const byName = new Map();
/** @type {string[]} every id first, then the aliases: suggestions prefer a grammar's own id */
const ids = [];
/** @type {string[]} */
const aliases = [];

for (const [id, value] of Object.entries(components.languages)) {
  if (id === "meta") continue;
  const entry = /** @type {ComponentEntry} */ (value);
  ids.push(id);
  byName.set(id, { kind: "grammar", id, title: entry.title });
  for (const alias of [entry.alias ?? []].flat()) {
    aliases.push(alias);
    byName.set(alias, { kind: "grammar", id, title: entry.aliasTitles?.[alias] ?? entry.title });
  }
}
for (const [alias, id] of Object.entries(EXTRA_ALIASES)) {
  const target = byName.get(id);
  if (target) {
    aliases.push(alias);
    byName.set(alias, target);
  }
}

/**
 * The grammar a fence's language names, case-insensitively: `ts`, `TypeScript` and `typescript`
 * are one grammar.
 * @param {string | null | undefined} name
 * @returns {ResolvedLanguage}
 */
function resolveLanguage(name) {
  if (name === null || name === undefined || name === "") return { kind: "plain" };
  const key = name.toLowerCase();
  if (PLAIN_NAMES.includes(key)) return { kind: "plain" };
  return byName.get(key) ?? { kind: "unknown", name };
}

/** Every name a fence may use, grammar ids before aliases. */
function knownLanguageNames() {
  return [...ids, ...aliases, ...PLAIN_NAMES];
}

module.exports = { resolveLanguage, knownLanguageNames };
