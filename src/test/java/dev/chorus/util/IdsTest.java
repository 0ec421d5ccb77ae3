package dev.chorus.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void idIsThePrefixOfTheSha256OfTheContent() {
    // sha256("a") = ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
    assertEquals("ca978112ca1bbdca", Ids.of("a"));
  }

  @Test
  void partsAreSeparatedSoShiftingABoundaryChangesTheId() {
    assertNotEquals(Ids.of("ab", "c"), Ids.of("a", "bc"));
  }
}
