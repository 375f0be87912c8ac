/** A `data:` URI written into a page's HTML or CSS. */
export interface DataUri {
  /** "image/png", "font/woff2", … ("text/plain" when the URI names none). */
  mediaType: string;
  base64: boolean;
  /** Length of the URI in characters: what it adds to the file before compression. */
  length: number;
}

/** Every `data:` URI in `text`, as written inside attributes, `url()` or `srcset`. */
export function findDataUris(text: string): DataUri[] {
  const uris: DataUri[] = [];
  for (const match of text.matchAll(/data:([^,"'()\s]*),[^"'()\s]*/gi)) {
    const parameters = (match[1] ?? "").split(";");
    uris.push({
      mediaType: (parameters[0] || "text/plain").toLowerCase(),
      base64: parameters.slice(1).some((parameter) => parameter.toLowerCase() === "base64"),
      length: match[0].length,
    });
  }
  return uris;
}

/** A font or a raster image inlined as base64, which the budget forbids. */
export function isInlinedAsset(uri: DataUri): boolean {
  return (
    uri.base64 &&
    (uri.mediaType.startsWith("font/") ||
      uri.mediaType.startsWith("application/font") ||
      uri.mediaType.startsWith("application/x-font") ||
      (uri.mediaType.startsWith("image/") && uri.mediaType !== "image/svg+xml"))
  );
}
