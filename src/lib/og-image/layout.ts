// Geometry and colours of the card in one place, so the drawing code and the tests agree on
// where text may go. Colours come from the owner's settings.
import { site } from "../../site-config";
import type { CardColours } from "../site-config/types";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Social sites crop and round card corners; nothing important goes closer than this. */
export const MARGIN = 72;

/** The owner's card colours (site.config.ts, `colours.card`). */
export const COLOURS: CardColours = site.colours.card;

export const SITE_NAME = { x: MARGIN + 54, baseline: 110, size: 30, weight: 600 } as const;
export const SITE_DOTS = { y: 99, radius: 9, xs: [MARGIN + 9, MARGIN + 33] } as const;

/** The title is laid out to stay inside this box (ink, not just baselines). */
export const TITLE_BOX = { left: MARGIN, top: 156, right: 810, bottom: 498 } as const;

export const TITLE_TYPE = {
  /** Largest first; 4 px steps are fine enough that the chosen size always looks deliberate. */
  sizes: [76, 72, 68, 64, 60, 56, 52, 48, 44, 40],
  maxLines: 4,
  weight: 700,
  lineHeight: 1.2,
  /**
   * Ink above the first baseline plus below the last, in em: Japanese glyphs reach ~0.88 em up
   * and ~0.12 em down, Inter's descenders ~0.24 em.
   */
  ascent: 0.9,
  descent: 0.24,
} as const;

export const FOOTER = { baseline: 552, size: 28, weight: 400 } as const;

/** The decoration stays right of the title box and above the footer. */
export const DECORATION_BOX = {
  left: 860,
  top: MARGIN,
  right: OG_WIDTH - MARGIN,
  bottom: 500,
} as const;
