package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentFinderTest {

  private static List<String> slots(String sentence) {
    return IncidentFinder.find(sentence).stream().map(Claim::slot).toList();
  }

  @Test
  void theKindOfHappeningWhateverTheWordForIt() {
    assertEquals(List.of("incident:explosion"), slots("A huge blast ripped through the mill at dawn."));
    assertEquals(List.of("incident:explosion"), slots("An explosion tore through the depot, killing four."));
    assertEquals(List.of("incident:explosion"), slots("A day after the explosion that wrecked the depot, Dalby mourns."));
    // an explosion and the fire it started: two claims, never two values of one
    assertEquals(List.of("incident:explosion", "incident:fire"),
        slots("The tanker exploded and the blaze spread to two houses."));
    Claim c = IncidentFinder.find("Crews fought the fire for hours.").get(0);
    assertEquals("event", c.kind());
    assertEquals("fire", c.value());
    assertEquals("fire", "Crews fought the fire for hours.".substring(c.begin(), c.end()));
  }

  @Test
  void countedEarlierAndFigurativeUsesAreNoHappeningOfTheStory() {
    assertEquals(List.of(), slots("Two blasts in three weeks are no accident, the mayor said."));
    assertEquals(List.of(), slots("The previous explosion at the depot, in 2019, killed four."));
    assertEquals(List.of(), slots("Guards opened fire as the minister came under fire."));
    assertEquals(List.of(), slots("The fire chief said the fire service had three crews there."));
    assertEquals(List.of(), slots("The driver had suffered a heart attack."));
  }
}
