import type { PostAuthor } from "../lib/posts/authors";

interface AuthorBioProps {
  author: PostAuthor | null;
  /** Language of the component's own words (the site's). */
  siteLang: string;
}

/**
 * Who wrote the post, from content/authors.yaml: name, bio and link when the file describes the
 * author, the name alone when it does not, and nothing for posts credited to the site itself.
 */
export function AuthorBio({ author, siteLang }: AuthorBioProps) {
  if (author === null) return null;
  if (author.bio === null && author.url === null) {
    return (
      <p className="author-bio author-byline" lang={siteLang} data-pagefind-ignore="">
        Written by {author.name}.
      </p>
    );
  }
  return (
    <section
      className="author-bio"
      aria-labelledby="author-bio-heading"
      lang={siteLang}
      data-pagefind-ignore=""
    >
      <h2 id="author-bio-heading">About the author</h2>
      <p className="author-name">{author.name}</p>
      {author.bio && <p>{author.bio}</p>}
      {author.url && (
        <p>
          <a href={author.url}>Website of {author.name}</a>
        </p>
      )}
    </section>
  );
}
