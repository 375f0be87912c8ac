// @ts-check

/**
 * An attribute's value as a message quotes it: on one line, and cut short when long, so a
 * report line stays readable.
 * @param {string} text
 */
function shorten(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

module.exports = { shorten };
