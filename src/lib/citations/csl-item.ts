/** A bibliography entry as CSL-JSON, the form Citation.js reads BibTeX into. */

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslDate {
  "date-parts"?: (number | string)[][];
}

export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  URL?: string;
  DOI?: string;
  "container-title"?: string;
  [field: string]: unknown;
}
