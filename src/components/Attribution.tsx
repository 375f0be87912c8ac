export interface AttributionData {
  author: string;
  title: string | null;
  site: string | null;
  url: string;
  license: string;
  licenseUrl: string | null;
  changes: string | null;
}

interface AttributionProps {
  attribution: AttributionData;
}

/** The credit a republished post owes its source: author, original, license and changes. */
export function Attribution({ attribution }: AttributionProps) {
  const { author, title, site, url, license, licenseUrl, changes } = attribution;
  return (
    <aside className="attribution" aria-labelledby="attribution-heading">
      <h2 id="attribution-heading">Source and license</h2>
      <p>
        This post is based on <a href={url}>{title ? `“${title}”` : url}</a> by {author}
        {site ? `, first published on ${site}` : ""}, used under{" "}
        {licenseUrl ? (
          <a href={licenseUrl} rel="license">
            {license}
          </a>
        ) : (
          license
        )}
        .
      </p>
      {changes && <p>Changes: {changes}</p>}
    </aside>
  );
}
