import Link from "next/link";

export const metadata = { title: "Page not found", description: "This page does not exist in the Cell Therapy Atlas." };

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
