/** Width of the reading column in CSS pixels; images are sized against it. */
export const contentWidthPx = 720;

/**
 * Widths written for each figure besides `contentWidthPx` and the source's own width (which
 * gatsby-remark-images always adds): a phone at 1x and the column at 1.5x. With the column at 1x
 * and the source (2x for a 1440-px or wider figure) that makes four, which keeps image work
 * bounded while high-density screens still get a sharp figure.
 */
export const imageBreakpointsPx = [360, 1080];
