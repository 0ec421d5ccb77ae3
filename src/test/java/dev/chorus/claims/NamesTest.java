package dev.chorus.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void aPersonsNameHoldsNoWordOfAnOrganisationOrPlace() {
    assertTrue(Names.isPerson("Anna Berg"));
    // the organisation and place words are the entities' lexicon's, one list for both name finders
    assertFalse(Names.isPerson("Regional Rescue Service"));
    assertFalse(Names.isPerson("Marsh Road"));
    assertFalse(Names.isPerson("Dalby District"));
    // and the few this finder adds
    assertFalse(Names.isPerson("Grand Hotel"));
    assertFalse(Names.isPerson("NATO"), "an acronym in capitals");
  }
}
