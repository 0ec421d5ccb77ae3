package dev.chorus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

  @Test
  void readsDigitsWithThousandsSeparatorsAndDecimals() {
    assertEquals(2300.0, NumberWords.parse("2,300"));
    assertEquals(4.3, NumberWords.parse("4.3"));
  }

  @Test
  void readsWordsIncludingHyphenatedCompounds() {
    assertEquals(19.0, NumberWords.parse("nineteen"));
    assertEquals(48.0, NumberWords.parse("forty-eight"));
    assertEquals(12.0, NumberWords.parse("a dozen"));
    assertEquals(250.0, NumberWords.parse("two hundred and fifty"));
    assertEquals(3000.0, NumberWords.parse("three thousand"));
  }

  @Test
  void rejectsWordsThatAreNoNumbers() {
    assertNull(NumberWords.parse("several"));
    assertNull(NumberWords.parse(""));
    assertNull(NumberWords.parse(null));
  }

  @Test
  void scaleWordsMultiply() {
    assertEquals(1e9, NumberWords.scale("billion"));
    assertEquals(1e9, NumberWords.scale("bn"));
    assertEquals(1.0, NumberWords.scale(null));
  }
}
