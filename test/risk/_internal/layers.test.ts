import { expect, it } from "vitest";
import { RatingLayerSchema } from "../../../src/risk/index.js";
import { RATING_LAYERS } from "../../../src/risk/_internal/layers.js";

it("RATING_LAYERS lists RatingLayerSchema's options in their order", () => {
  expect(RATING_LAYERS).toEqual(RatingLayerSchema.options);
});
