/** The parts of Citation.js this project uses; the packages ship no type declarations. */

declare module "@citation-js/core" {
  import type { CslItem } from "./csl-item";

  export interface CslEngine {
    opt: { development_extensions: Record<string, boolean> };
    sys: { wrapCitationEntry?: (html: string, key: string) => string };
    citation: {
      opt: { layout_prefix?: string; layout_suffix?: string; layout_delimiter?: string };
    };
    updateItems(ids: readonly string[]): void;
    rebuildProcessorState(
      citations: readonly CslCitation[],
      format: "html" | "text",
    ): [string, number, string][];
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
  }

  export interface CslCitationItem {
    id: string;
    locator?: string;
    label?: string;
    "suppress-author"?: boolean;
  }

  export interface CslCitation {
    citationID: string;
    citationItems: CslCitationItem[];
    properties: { noteIndex: number };
  }

  interface Register<T> {
    has(name: string): boolean;
    get(name: string): T;
    add(name: string, value: T): void;
  }

  export interface CslPluginConfig {
    engine(data: readonly CslItem[], style: string, lang: string, format: string): CslEngine;
    styles: Register<string>;
    locales: Register<string>;
  }

  export const plugins: {
    input: {
      chain(input: string, options: { forceType: string; generateGraph: boolean }): CslItem[];
    };
    config: { get(name: "@csl"): CslPluginConfig };
  };
}

declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-csl";
