import type { RatingLayer } from "../risk.js";

/**
 * The rating layers in `RatingLayerSchema`'s order, as a plain array: loops over every risk
 * read it without going through zod (a test holds the two equal).
 */
export const RATING_LAYERS: readonly RatingLayer[] = ["inherent", "current", "target", "residual"];
