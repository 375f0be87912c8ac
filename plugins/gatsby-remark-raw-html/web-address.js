// @ts-check
/** Web addresses found in embed code, which is pasted from elsewhere and so not trusted. */

/** Query parameters that only tell the network where a click came from. */
const TRACKING_PARAMETER = /^(?:ref_src|ref_url|utm_\w+|igshid|igsh|s|t)$/i;

/**
 * A web address as a URL, or null for anything else (`javascript:` included).
 * @param {string | undefined} href
 */
function webUrl(href) {
  if (href === undefined || !/^https?:\/\//i.test(href.trim())) return null;
  try {
    return new URL(href.trim());
  } catch {
    return null;
  }
}

/**
 * The post's own address, without the parameters that only tell the network where a click came
 * from.
 * @param {string | undefined} href
 */
function postUrl(href) {
  const url = webUrl(href);
  if (url === null) return null;
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  }
  return url.href;
}

/**
 * The https origin of an address (embed code from before https everywhere says `http:` or `//`),
 * or null.
 * @param {string} address
 */
function originOf(address) {
  const url = webUrl(address.startsWith("//") ? `https:${address}` : address);
  if (url === null) return null;
  url.protocol = "https:";
  return url.origin;
}

module.exports = { webUrl, postUrl, originOf };
