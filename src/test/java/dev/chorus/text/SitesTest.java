package dev.chorus.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SitesTest {

  @Test
  void aVenueACourtOrAnAgencysAcronymIsASite() {
    assertTrue(Sites.isSite("Vell Arena"));
    assertTrue(Sites.isSite("Brenn Crown Court"));
    assertTrue(Sites.isSite("the Granite Palace"));
    assertTrue(Sites.isSite("KVB"));
    assertTrue(Sites.isSite("K.V.B."));
  }

  @Test
  void aTownARegionOrACountryIsNot() {
    assertFalse(Sites.isSite("Brenn"));
    assertFalse(Sites.isSite("Port Orla"));
    assertFalse(Sites.isSite("North Vell"));
    assertFalse(Sites.isSite("Court")); // one word: a town may be called so
    assertFalse(Sites.isSite("UK"));
    assertFalse(Sites.isSite(null));
    assertFalse(Sites.isSite(" "));
  }
}
