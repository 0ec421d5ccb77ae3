package dev.chorus.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CountriesTest {

  @Test
  void aCountryByNameOrAcronymIsACountryACapitalOrSeatIsNot() {
    assertTrue(Countries.isCountry("ukraine"));
    assertTrue(Countries.isCountry("United States"));
    assertTrue(Countries.isCountry("the U.S."));
    assertTrue(Countries.isCountry("Europe"), "a continent is wider still");
    assertFalse(Countries.isCountry("kyiv"), "a capital is a city");
    assertFalse(Countries.isCountry("white house"), "a seat is a venue");
    assertFalse(Countries.isCountry("norvik"));
    assertFalse(Countries.isCountry(null));
  }
}
