package dev.chorus.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chorus.entities.Mention;
import dev.chorus.entities.MentionFinder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

  private static List<String> forms(String sentence, String name) {
    for (Mention m : MentionFinder.find(sentence)) {
      if (m.text().equals(name)) {
        return ArticleReader.forms(sentence, m, sentence.substring(m.begin(), m.end()));
      }
    }
    throw new AssertionError("no mention " + name + " in " + MentionFinder.find(sentence));
  }

  @Test
  void aTitledNameIsAFormOfTheName() {
    assertEquals(List.of("Marek Holm", "Ostland spokesperson Marek Holm"),
        forms("Ostland spokesperson Marek Holm said talks would go on.", "Marek Holm"));
  }

  @Test
  void aDescriptionInAppositionIsAFormOfTheName() {
    assertEquals(List.of("Marek Holm", "a spokesman for the Ostland government"),
        forms("Marek Holm, a spokesman for the Ostland government, informed journalists.", "Marek Holm"));
  }

  @Test
  void aNameWithoutTitleHasOnlyItsWrittenForm() {
    assertEquals(List.of("Marek Holm"), forms("Marek Holm said talks would go on.", "Marek Holm"));
  }

  @Test
  void aTitleRunningOnIsNoFormOfTheName() {
    assertEquals(List.of("Anna Berg"),
        forms("Marek Holm, serving as a special envoy for former President Anna Berg, arrived.", "Anna Berg"));
    assertEquals(List.of("Arno Pelt"), forms("Arno Pelt, CEO of the Norvane Fund and Holm’s special envoy for trade, "
        + "spoke.", "Arno Pelt"));
  }
}
