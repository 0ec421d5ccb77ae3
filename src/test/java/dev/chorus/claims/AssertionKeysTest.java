package dev.chorus.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AssertionKeysTest {

  @Test
  void keysAreContentStemsAndNumbers() {
    assertEquals(Set.of("prose", "opene", "crimi", "case", "1978"),
        AssertionKeys.of("Prosecutors said they had opened a criminal case in 1978."));
  }

  @Test
  void diceCountsSharedKeysAgainstAllKeys() {
    Set<String> a = AssertionKeys.of("Prosecutors opened a criminal case.");
    Set<String> b = AssertionKeys.of("A criminal case was opened.");
    // shared: opene, crimi, case (3); keys: 4 + 3
    assertEquals(6.0 / 7, AssertionKeys.dice(a, b), 1e-9);
    assertEquals(0.0, AssertionKeys.dice(Set.of(), Set.of()));
  }
}
