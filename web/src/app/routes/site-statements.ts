/*
 * The pages about the site itself, in one lazy chunk. Apart they would import the date and title
 * helpers without the query helpers, and the bundler would then split the entry's shared chunk in
 * three: about 1.2 kB more first-load JavaScript (docs/quality.md, P5) for a few kB saved here.
 */
export { AboutRoute } from "./about.tsx";
export { AccessibilityRoute } from "./accessibility.tsx";
export { MethodologyRoute } from "./methodology.tsx";
