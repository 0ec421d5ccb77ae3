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
  void numbersAreOneKeyHoweverWritten() {
    assertEquals(AssertionKeys.of("Twelve workers died."), AssertionKeys.of("12 workers died."));
    assertEquals(Set.of("12", "worke", "died"), AssertionKeys.of("A dozen workers died."));
    assertEquals(Set.of("2300", "famil", "evacu"), AssertionKeys.of("2,300 families were evacuated."));
    assertEquals(Set.of("took", "48", "hours"), AssertionKeys.of("It took forty-eight hours."));
    // "one" is mostly no count: no key, as before
    assertEquals(Set.of("worke", "died"), AssertionKeys.of("One of the workers died."));
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
