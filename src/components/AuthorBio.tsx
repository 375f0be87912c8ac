import { formatUiString, uiStrings } from "../lib/i18n/ui-strings";
import type { PostAuthor } from "../lib/posts/authors";

interface AuthorBioProps {
  author: PostAuthor | null;
  /** The page's language, which the component's own words speak. */
  lang: string;
}

/**
 * Who wrote the post, from content/authors.yaml: name, bio and link when the file describes the
 * author, the name alone when it does not, and nothing for posts credited to the site itself.
 */
export function AuthorBio({ author, lang }: AuthorBioProps) {
  if (author === null) return null;
  const words = uiStrings(lang);
  if (author.bio === null && author.url === null) {
    return (
      <p className="author-bio author-byline" data-pagefind-ignore="">
        {formatUiString(words.writtenBy, { name: author.name })}
      </p>
    );
  }
  return (
    <section className="author-bio" aria-labelledby="author-bio-heading" data-pagefind-ignore="">
      <h2 id="author-bio-heading">{words.aboutAuthor}</h2>
      <p className="author-name">{author.name}</p>
      {author.bio && <p>{author.bio}</p>}
      {author.url && (
        <p>
          <a href={author.url}>{formatUiString(words.authorWebsite, { name: author.name })}</a>
        </p>
      )}
    </section>
  );
}
