package dev.chorus.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves short mentions inside one article: journalists give a full name once and then use the
 * surname (or, in quotes, the first name), so a one-word mention stands for the one full name of
 * the article it fits.
 */
public final class ArticleNames {

  private ArticleNames() {
  }

  /** Per sentence, the mentions with one-word names replaced by the article's full name they fit. */
  public static List<List<Mention>> resolve(List<List<Mention>> sentences) {
    List<List<Mention>> out = new ArrayList<>();
    if (sentences == null) {
      return out;
    }
    List<Located> fullNames = fullNames(sentences);
    for (int s = 0; s < sentences.size(); s++) {
      List<Mention> resolved = new ArrayList<>();
      List<Mention> mentions = sentences.get(s) == null ? List.of() : sentences.get(s);
      for (int m = 0; m < mentions.size(); m++) {
        Mention mention = mentions.get(m);
        if (mention != null) {
          resolved.add(resolveOne(mention, s, m, fullNames));
        }
      }
      out.add(resolved);
    }
    return out;
  }

  /**
   * A mention with its position, to prefer the nearest earlier full name, and its folded tokens
   * (kept: every single-word mention of an article is compared with each of its full names).
   */
  private record Located(Mention mention, int sentence, int index, List<String> tokens) {

    boolean isBefore(Located other) {
      return sentence < other.sentence || (sentence == other.sentence && index < other.index);
    }
  }

  private static List<Located> fullNames(List<List<Mention>> sentences) {
    List<Located> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Mention> mentions = sentences.get(s) == null ? List.of() : sentences.get(s);
      for (int m = 0; m < mentions.size(); m++) {
        Mention mention = mentions.get(m);
        // a hashtag ("#XKills") is a slogan more often than a person: no full name to resolve "X" to
        if (mention != null && Mention.PERSON.equals(mention.kind()) && mention.text() != null
            && !mention.text().startsWith("#")) {
          List<String> tokens = NameFold.foldedTokens(mention.text());
          if (tokens.size() >= 2) {
            out.add(new Located(mention, s, m, tokens));
          }
        }
      }
    }
    return out;
  }

  private static Mention resolveOne(Mention mention, int sentence, int index, List<Located> fullNames) {
    List<String> tokens = NameFold.foldedTokens(mention.text());
    if (Descriptions.KIND.equals(mention.kind()) || tokens.size() != 1 || MentionFinder.isAcronym(new Token(NameFold.clean(mention.text()), 0, 0, false))) {
      return mention;
    }
    List<Located> fits = new ArrayList<>();
    for (Located full : fullNames) {
      List<String> f = full.tokens();
      if (f.get(f.size() - 1).equals(tokens.get(0)) || f.get(0).equals(tokens.get(0))) {
        fits.add(full);
      }
    }
    if (fits.isEmpty() || !onePerson(fits)) {
      return mention; // unknown, or ambiguous ("Berg" with both "Anna Berg" and "Tomas Berg")
    }
    return mention.renamed(nearest(fits, new Located(mention, sentence, index, tokens)).mention().text(),
        Mention.PERSON);
  }

  /** All fitting full names are spellings of one person ("Alexey X" and "Aleksei X" may both occur). */
  private static boolean onePerson(List<Located> fits) {
    String first = fits.get(0).mention().text();
    for (Located f : fits) {
      if (!NameVariants.sameName(first, f.mention().text(), Mention.PERSON)) {
        return false;
      }
    }
    return true;
  }

  /** The closest full name before the mention, else the first one after it. */
  private static Located nearest(List<Located> fits, Located here) {
    Located best = null;
    for (Located f : fits) {
      if (f.isBefore(here)) {
        best = f;
      }
    }
    return best != null ? best : fits.get(0);
  }
}
