package dev.chorus.clean;

/** What one line of a plain-text page dump is, as far as article extraction cares. */
enum LineKind {
  BLANK,
  /** Candidate article text: prose, crossheads, quotes. */
  TEXT,
  /** Page chrome that ends an article block: banners, share bars, comment forms, footers. */
  BOILERPLATE,
  /** Chrome that sits inside an article without ending it: ad markers, "ALSO READ" teasers. */
  INLINE,
  /** Navigation: bullet lists, breadcrumbs. */
  MENU,
  /** A truncated teaser of another story ("..." at the end). */
  TEASER,
  /** A repeat of the page's headline. */
  HEADLINE,
  BYLINE,
  DATE;

  /** Kinds that end the current block of article text. */
  boolean breaksBlock() {
    return this != BLANK && this != TEXT && this != INLINE;
  }
}
