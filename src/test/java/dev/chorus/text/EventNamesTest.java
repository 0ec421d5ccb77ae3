package dev.chorus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class EventNamesTest {

  @Test
  void everySpellingOfANumberedWarHasOneName() {
    assertEquals("World War II", EventNames.canonical("the Second World War"));
    assertEquals("World War II", EventNames.canonical("World War II"));
    assertEquals("World War II", EventNames.canonical("World War 2"));
    assertEquals("World War II", EventNames.canonical("WWII"));
    assertEquals("Gulf War I", EventNames.canonical("First Gulf War"));
  }

  @Test
  void differentWarsStayApart() {
    assertNotEquals(EventNames.canonical("the First World War"), EventNames.canonical("the Second World War"));
    assertNotEquals(EventNames.canonical("World War I"), EventNames.canonical("World War II"));
    assertNotEquals(EventNames.canonical("Second Gulf War"), EventNames.canonical("Second World War"));
  }

  @Test
  void otherNamesAreLeftAlone() {
    assertFalse(EventNames.isNumbered("Cold War"));
    assertEquals("Cold War", EventNames.canonical("the Cold War"));
  }
}
