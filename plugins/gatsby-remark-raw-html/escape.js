// @ts-check
/** Text made safe for HTML written by the plugin. */

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** @param {string} text for a double-quoted attribute value */
function escapeAttribute(text) {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

module.exports = { escapeHtml, escapeAttribute };
