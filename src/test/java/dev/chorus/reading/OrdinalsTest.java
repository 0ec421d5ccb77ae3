package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrdinalsTest {

  @Test
  void wordsAndDigitsAreOneOrdinalOfTheirThing() {
    List<Claim> words = Ordinals.find("It was the second meeting between the two ministers this year.");
    List<Claim> digits = Ordinals.find("It was their 2nd meeting since the summer.");
    assertEquals(1, words.size(), () -> "claims: " + words);
    assertEquals("ordinal", words.get(0).kind());
    assertEquals("ordinal:meeting", words.get(0).slot());
    assertEquals("2", words.get(0).value());
    assertEquals(words.get(0).slot(), digits.get(0).slot());
    assertEquals(words.get(0).value(), digits.get(0).value());
    assertEquals("ordinal:day", Ordinals.find("Protests entered a third consecutive day.").get(0).slot());
  }

  @Test
  void datesSuperlativesAndFirstsAreNoOrdinals() {
    assertTrue(Ordinals.find("The vote is set for March 2nd in the capital.").isEmpty());
    assertTrue(Ordinals.find("It is the second largest port in the country.").isEmpty());
    assertTrue(Ordinals.find("On the third of May the bridge reopened.").isEmpty());
    assertTrue(Ordinals.find("Since their first meeting the two have spoken often.").isEmpty());
  }
}
