// Public entry point for gatsby-node: social-card images for pages without their own image.
export { cachedOgCard, CARD_VERSION, ogCardKey } from "./card-cache";
export { drawOgCard, OG_HEIGHT, OG_WIDTH, ogCardSvg } from "./draw-card";
export type { OgCardInput } from "./types";
