package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssertionsTest {

  @Test
  void aStatementWithAnAnchorIsCheckable() {
    // a speech verb, a name inside the sentence, a number, a negation, a perfect tense, a past tense
    assertTrue(Assertions.checkable("The ministry said the bridge would stay shut."));
    assertTrue(Assertions.checkable("Engineers from Valdoria inspected the bridge on the first day."));
    assertTrue(Assertions.checkable("The bridge carries 40 trucks an hour across the valley."));
    assertTrue(Assertions.checkable("The council would not comment on the bridge repairs."));
    assertTrue(Assertions.checkable("the city has spent a fortune on the old bridge"));
    assertTrue(Assertions.checkable("the old bridge collapsed into the river at dawn"));
    assertTrue(Assertions.checkable("all nine of the passengers were day-trip visitors"));
    assertTrue(Assertions.checkable("the old tower fell in within minutes of the storm"));
  }

  @Test
  void fragmentsRunOnsAndAnchorlessSentencesAreNot() {
    assertFalse(Assertions.checkable("Read more about the bridge."));
    assertFalse(Assertions.checkable("the bridge is a long way from the city and its people"));
    assertFalse(Assertions.checkable("word ".repeat(81) + "said 12"));
    assertFalse(Assertions.checkable(null));
  }

  @Test
  void aSentencesOwnFirstWordIsNoName() {
    assertFalse(Assertions.checkable("Bridges are a big part of life for many towns"));
    assertTrue(Assertions.checkable("Bridges are a big part of life for many Alpine towns"));
  }

  @Test
  void normalisingMakesTypographyAndSpacingAlike() {
    assertEquals("The mayor's \"plan\" - a bridge.", Assertions.normalise("  The mayor’s  “plan” — a bridge. "));
  }

  @Test
  void aSentenceJoiningTwoStatementsHasTwoClauses() {
    assertEquals(List.of("The mill employs 300 people in Dalby", "has halted production at the site."),
        clauses("The mill employs 300 people in Dalby and has halted production at the site."));
    assertEquals(List.of("Residents near the dam were evacuated", "schools in Dalby were closed on Friday."),
        clauses("Residents near the dam were evacuated, and schools in Dalby were closed on Friday."));
    assertEquals(List.of("The talks lasted five hours", "ended without a deal", "a second round is planned for May."),
        clauses("The talks lasted five hours and ended without a deal; a second round is planned for May."));
  }

  @Test
  void wordsJoinedByAndAreNoClauses() {
    // two participles, two places, a clause too short to be a claim of its own
    assertEquals(List.of(), clauses("Four workers were killed and nine injured when a boiler failed at the mill."));
    assertEquals(List.of(), clauses("The firm also runs mills in Dalby and Orsk and a depot in Vale."));
    assertEquals(List.of(), clauses("The mayor and the governor met in Dalby and talked."));
  }

  private static List<String> clauses(String sentence) {
    return Assertions.clauses(sentence).stream().map(c -> sentence.substring(c[0], c[1])).toList();
  }
}
