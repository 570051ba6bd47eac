import type { Metadata } from "next";
import Link from "next/link";

const description = "This page does not exist in the Cell Therapy Atlas.";
export const metadata: Metadata = {
  title: "Page not found",
  description,
  robots: { index: false },
  openGraph: { title: "Page not found", description, siteName: "Cell Therapy Atlas", type: "website" },
};

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Records keep their ids, so an old link may point to a record that was removed.
      </p>
      <ul>
        <li>
          <Link href="/">Home</Link>
        </li>
        <li>
          <Link href="/search/">Search the atlas</Link>
        </li>
        <li>
          <Link href="/therapies/">All therapies</Link>
        </li>
      </ul>
    </>
  );
}
