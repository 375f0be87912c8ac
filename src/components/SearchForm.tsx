import { withPrefix } from "gatsby";
import { useId } from "react";
import { uiStrings } from "../lib/i18n/ui-strings";
import { SEARCH_PAGE_PATH, SEARCH_QUERY_PARAMETER } from "../lib/search/paths";

interface SearchFormProps {
  /** Shown as the field's label, or read by screen readers only when `hideLabel` is set. */
  label?: string;
  /** The page's language, which the label, placeholder and button speak. */
  lang?: string;
  hideLabel?: boolean;
  /**
   * Fill the field from the address of the page being shown, once the page's script runs (on
   * the page-not-found page, the words of the missing address).
   */
  prefillFromAddress?: boolean;
  className?: string;
  /** Names the search landmark, so that two forms on one page can be told apart. */
  landmarkLabel?: string;
}

/**
 * A search field that submits `?q=` to the search page. It needs no script: without one the
 * browser loads the search page with the query, which then shows the results.
 */
export function SearchForm({
  label,
  lang = "en",
  hideLabel = false,
  prefillFromAddress = false,
  className,
  landmarkLabel,
}: SearchFormProps) {
  const id = useId();
  const words = uiStrings(lang);
  return (
    <form
      role="search"
      aria-label={landmarkLabel}
      action={withPrefix(SEARCH_PAGE_PATH)}
      method="get"
      className={["search-form", className].filter(Boolean).join(" ")}
      data-search-prefill={prefillFromAddress ? withPrefix("/") : undefined}
    >
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : "search-form-label"}>
        {label ?? words.searchLabel}
      </label>
      <span className="search-form-row">
        <input
          id={id}
          className="search-form-input"
          type="search"
          name={SEARCH_QUERY_PARAMETER}
          autoComplete="off"
          enterKeyHint="search"
          placeholder={words.searchPlaceholder}
        />
        <button className="search-form-button" type="submit">
          {words.searchButton}
        </button>
      </span>
    </form>
  );
}
