package dev.chorus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrgNamesTest {

  @Test
  void legalFormsAndPluralsAreNotPartOfTheStem() {
    assertEquals(OrgNames.stem("Valdor Chemical Group"), OrgNames.stem("Valdor Chemicals"));
    assertTrue(OrgNames.sameStem("Valdor Chemical Group", "Valdor Chemicals Ltd."));
    assertTrue(OrgNames.sameStem("Valdor Mining Company", "Valdor Mining"));
    assertFalse(OrgNames.sameStem("Valdor Chemicals", "Valdor Mining"));
    // a single distinctive word is no stem to merge on: "X Group" and "X Inc." may be anything
    assertFalse(OrgNames.sameStem("Valdor Group", "Valdor Inc."));
  }

  @Test
  void aBareDistinctiveWordIsAShortFormOfLongerNamesStartingWithIt() {
    assertTrue(OrgNames.shortFormOf("Valdor", "Valdor Chemical Group"));
    assertEquals(OrgNames.block("Valdor"), OrgNames.block("Valdor Chemical Group"));
    assertFalse(OrgNames.shortFormOf("Valdor", "Ostrel Valdor Bank"));
    assertFalse(OrgNames.shortFormOf("VCG", "VCG Holdings Bank"));
    assertFalse(OrgNames.shortFormOf("Valdor Chemicals", "Valdor Chemical Group"));
    assertTrue(OrgNames.shortFormOf("Valdor", "Valdor University"));
    // the longer name's other words must say what kind of organisation it is
    assertFalse(OrgNames.shortFormOf("Black", "Black Death"));
    assertFalse(OrgNames.shortFormOf("Valdor", "Valdor National Security Council"));
    // a compass point or a people is no organisation's short form
    assertFalse(OrgNames.shortFormOf("West", "West Bank"));
    assertFalse(OrgNames.shortFormOf("Vesnians", "Vesnian Authority"));
    // nor a country: the country read as an organisation is not its federation or party
    assertFalse(OrgNames.shortFormOf("Ukraine", "Ukraine Federation"));
  }

  @Test
  void theLevelOfGovernmentIsSetAsideInAPublicBodysCore() {
    assertEquals("rescue service", OrgNames.levelCore("State Rescue Service"));
    assertEquals("rescue service", OrgNames.levelCore("regional rescue service"));
    assertEquals("environmental inspectorate", OrgNames.levelCore("State Environmental Inspectorate"));
    assertNull(OrgNames.levelCore("National Police"));
  }
}
