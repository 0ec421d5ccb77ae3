package dev.chorus.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetector;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of an article, as an ISO 639-1 code ("en", "de", "zh"; the ISO 639-3 code for the
 * few languages that have none, e.g. "ceb"). Detected offline by Apache OpenNLP's language
 * detector with its 103-language model ({@code langdetect-183.bin}, shipped on Maven Central),
 * from character n-grams of the title and the start of the body. The page's declared language
 * (HTML {@code lang}, a JSON line's {@code language}) breaks near ties: the detector's answer
 * stands against it only when clearly more likely, since short texts and name-heavy ones are
 * where the detector errs. Thread-safe; the model (35 MB of heap) is loaded once per JVM.
 */
public final class LanguageDetection {

  /**
   * Characters of an article the detector reads: the model's n-gram evidence settles within a few
   * sentences (its authors: "works well with 2 sentences or more"), and cost grows with length.
   */
  static final int SAMPLE_CHARS = 1000;
  /**
   * How many times more likely than the declared language the detector's first choice must be to
   * overrule it. A tie-break, not a fitted weight: with 103 languages the detector's probabilities
   * are small, and on a text too short to tell, the first few lie within a factor of 2.
   */
  static final double OVERRULE_DECLARED = 2.0;
  private static final String MODEL = "/langdetect-183.bin";
  /** ISO 639-3 codes of the model that Java's locale table does not map to an ISO 639-1 code. */
  private static final Map<String, String> MACRO = Map.of(
      "cmn", "zh", "pes", "fa", "lvs", "lv", "ekk", "et", "plt", "mg", "pnb", "pa");
  private static final Map<String, String> ISO1_BY_ISO3 = iso1ByIso3();

  private LanguageDetection() {}

  /**
   * @param declared the page's declared language in any common form ("en", "en-GB", "eng"), or null
   * @return the language of {@code title} and {@code body}; null when they hold no letter
   */
  public static String language(String title, String body, String declared) {
    List<String> candidates = candidates(title, body, declared);
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  /**
   * The language of a text, then the others it cannot be told from: every language the detector
   * finds at least {@code 1 / OVERRULE_DECLARED} as likely as its first choice. A paragraph gives
   * one language; a one-line headline often several ("Envoy Marek Halloran told reporters" ranks
   * Afrikaans just above English). A declared language breaks such a tie (see {@link #language}) and then
   * stands alone; without one, the caller may break it by what the rest of the corpus is written in.
   *
   * @return empty when the text holds no letter and no language is declared
   */
  public static List<String> candidates(String title, String body, String declared) {
    String sample = sample(title, body);
    String stated = normalise(declared);
    if (sample.codePoints().noneMatch(Character::isLetter)) {
      return stated == null ? List.of() : List.of(stated);
    }
    Language[] ranked = Holder.DETECTOR.predictLanguages(sample);
    String best = iso1(ranked[0].getLang());
    if (stated != null) {
      if (stated.equals(best)) {
        return List.of(best);
      }
      double statedConfidence = 0;
      for (Language l : ranked) {
        if (stated.equals(iso1(l.getLang()))) {
          statedConfidence = l.getConfidence();
          break;
        }
      }
      return List.of(ranked[0].getConfidence() >= OVERRULE_DECLARED * statedConfidence ? best : stated);
    }
    Set<String> close = new LinkedHashSet<>();
    for (Language l : ranked) {
      if (l.getConfidence() * OVERRULE_DECLARED <= ranked[0].getConfidence()) {
        break;
      }
      close.add(iso1(l.getLang()));
    }
    return List.copyOf(close);
  }

  private static String sample(String title, String body) {
    String text = (title == null ? "" : title + "\n\n") + (body == null ? "" : body);
    return text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
  }

  /** "en-GB", "EN_us", "eng" → "en"; null for what is no language code. */
  static String normalise(String declared) {
    if (declared == null) {
      return null;
    }
    String code = declared.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    if (code.length() == 3) {
      return ISO1_BY_ISO3.get(code);
    }
    return code.length() == 2 && code.chars().allMatch(c -> c >= 'a' && c <= 'z') ? code : null;
  }

  static String iso1(String iso3) {
    return ISO1_BY_ISO3.getOrDefault(iso3, iso3);
  }

  private static Map<String, String> iso1ByIso3() {
    Map<String, String> map = new HashMap<>(MACRO);
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.putIfAbsent(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException noIso3) {
        // a code without a three-letter form cannot come out of the model
      }
    }
    return Map.copyOf(map);
  }

  /** Loaded on first use, once per JVM (an executor's tasks share it). */
  private static final class Holder {
    static final LanguageDetector DETECTOR = load();

    private static LanguageDetector load() {
      try (InputStream in = LanguageDetection.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException(MODEL + " is not on the classpath (opennlp-models-langdetect)");
        }
        return new LanguageDetectorME(new LanguageDetectorModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the language model " + MODEL, e);
      }
    }
  }
}
