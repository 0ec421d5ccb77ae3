package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.text.MentionFinder;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void aPersonsNameHoldsNoWordOfAnOrganisationOrPlace() {
    assertTrue(Names.isPerson("Anna Berg"));
    // the organisation and place words are the shared lexicon's
    assertFalse(Names.isPerson("Regional Rescue Service"));
    assertFalse(Names.isPerson("Marsh Road"));
    assertFalse(Names.isPerson("Dalby District"));
    // and the few this finder adds
    assertFalse(Names.isPerson("Grand Hotel"));
    assertFalse(Names.isPerson("NATO"), "an acronym in capitals");
  }

  @Test
  void theNamesAreTheMentionFindersWithTheirOffsets() {
    String s = "Col Anna Berg, the regional fire chief, met Ostland's envoy at the Dalby Regional Hospital.";
    List<Names.Name> found = Names.find(s);
    assertEquals(List.of("Anna Berg", "Ostland", "Dalby Regional Hospital"),
        found.stream().map(Names.Name::text).toList(), "the rank is a title, not part of the name");
    assertEquals(MentionFinder.find(s).stream().map(m -> s.substring(m.begin(), m.end())).toList(),
        found.stream().map(n -> s.substring(n.begin(), n.end())).toList(), "one finder: the same spans");
    assertEquals(List.of(false, true, false), found.stream().map(Names.Name::possessive).toList());
  }

  @Test
  void partsOfSentencesInCapitalsStillHoldNames() {
    // the words before a verb are no headline, even when every one is capitalised
    assertEquals(List.of("Ilya Vostrin"), Names.find("Vesnian President Ilya Vostrin").stream()
        .map(Names.Name::text).toList());
  }

  @Test
  void aPlaceFollowsAPrepositionNotABareArticle() {
    String s = "The State Rescue Service says crews from the Dalby station arrived in Marsh.";
    assertFalse(Names.afterPlacePreposition(s, s.indexOf("State")), "the X says: the X speaks");
    assertTrue(Names.afterPlacePreposition(s, s.indexOf("Dalby")), "from the X");
    assertTrue(Names.afterPlacePreposition(s, s.indexOf("Marsh")), "in X");
  }
}
