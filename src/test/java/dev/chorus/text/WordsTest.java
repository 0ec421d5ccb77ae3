package dev.chorus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void anythingButLettersAndDigitsBreaksWords() {
    assertEquals(List.of("U", "S", "led", "talks", "Žeravin", "s", "3", "5km"),
        Arrays.asList(Words.BREAK_PATTERN.split("U.S.-led talks — Žeravin’s 3.5km")));
  }
}
