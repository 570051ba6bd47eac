// The same page as the English one at `/`, in the language of the [locale] segment.
export const dynamicParams = false;
export { default, generateMetadata, generateStaticParams } from "@/app/(en)/organizations/[id]/page";
