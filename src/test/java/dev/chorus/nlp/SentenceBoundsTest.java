package dev.chorus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBoundsTest {

  /** The texts of the repaired spans, given the detector's sentences as consecutive pieces of text. */
  private static List<String> fixed(String... pieces) {
    String text = String.join("", pieces);
    List<int[]> spans = new ArrayList<>();
    int at = 0;
    for (String p : pieces) {
      int b = at;
      int e = at + p.length();
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      spans.add(new int[] {b, e});
      at += p.length();
    }
    List<String> out = new ArrayList<>();
    for (int[] s : SentenceBounds.fix(text, spans)) {
      out.add(text.substring(s[0], s[1]));
    }
    return out;
  }

  @Test
  void aClosingQuoteLeftToOpenTheNextSentenceGoesBackToItsOwn() {
    assertEquals(List.of("“We agreed on 12 points.”", "Then he left."),
        fixed("“We agreed on 12 points.", "” Then he left."));
  }

  @Test
  void aClosingQuoteStandingAloneJoinsTheSentenceBefore() {
    assertEquals(List.of("“On April 25, the envoy arrived.”", "Next paragraph."),
        fixed("“On April 25, the envoy arrived.", "”", "\n\nNext paragraph."));
  }

  @Test
  void aParagraphBreakInsideADetectedSentenceSplitsIt() {
    assertEquals(List.of("It was an 'ultimate peace deal.'", "She added that talks go on."),
        fixed("It was an 'ultimate peace deal.'\n\nShe added that talks go on."));
  }

  @Test
  void aDottedCountryAcronymBeforeATitleDoesNotEndTheSentence() {
    assertEquals(List.of("The talks came as former U.S. President Anna Berg spoke."),
        fixed("The talks came as former U.S.", " President Anna Berg spoke."));
  }

  @Test
  void aDottedAcronymBeforeAnotherSentenceStillEndsIt() {
    assertEquals(List.of("He flew to the U.S.", "Berg stayed home."), fixed("He flew to the U.S.", " Berg stayed home."));
  }

  @Test
  void honorificsAndSaintNeverEndASentence() {
    assertTrue(SentenceBounds.continuesAfter("They met in St.", "Orvel on Friday."));
    assertTrue(SentenceBounds.continuesAfter("It was Dr.", "Berg who spoke."));
    assertFalse(SentenceBounds.continuesAfter("They met on the first day.", "President Berg spoke."));
  }

  @Test
  void aMonthOrNumberAbbreviationBeforeANumberDoesNotEndTheSentence() {
    assertEquals(List.of("The summit opened on Jan. 5 in Orvel.", "It ended late."),
        fixed("The summit opened on Jan.", " 5 in Orvel.", " It ended late."));
    assertEquals(List.of("Resolution No. 10 passed."), fixed("Resolution No.", " 10 passed."));
    assertEquals(List.of("Berg vs. Lund was the headline."), fixed("Berg vs.", " Lund was the headline."));
  }

  @Test
  void aMonthAbbreviationBeforeAWordStillEndsTheSentence() {
    assertFalse(SentenceBounds.continuesAfter("The vote is due in Jan.", "Berg said so."));
    assertFalse(SentenceBounds.continuesAfter("They said no.", "10 people left."));
  }

  @Test
  void aClosingQuoteAfterAParagraphBreakIsNotMovedAcrossIt() {
    assertEquals(List.of("First paragraph.", "' Quoted start"), fixed("First paragraph.", "\n\n' Quoted start"));
  }

  @Test
  void offsetsPastTheTextOrEmptySpansAreClamped() {
    String text = "One sentence.";
    List<int[]> out = SentenceBounds.fix(text, List.of(new int[] {0, 13}, new int[] {14, 13}, new int[] {20, 30}));
    assertEquals(1, out.size());
    assertEquals(13, out.get(0)[1]);
  }
}
