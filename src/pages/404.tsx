import { Link } from "gatsby";
import { Layout } from "../components/Layout";
import { Seo } from "../components/Seo";

function NotFoundPage() {
  return (
    <Layout>
      <h1 className="page-title">Page not found</h1>
      <p>
        There is no page at this address. The <Link to="/">list of posts</Link> has everything this
        site has published.
      </p>
    </Layout>
  );
}

export default NotFoundPage;

export function Head() {
  return <Seo title="Page not found" pathname="/404/" noindex />;
}
