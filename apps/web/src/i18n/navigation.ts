import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** `Link` adds the current locale's prefix to every internal href; `getPathname` does it for strings. */
export const { Link, getPathname, usePathname } = createNavigation(routing);
