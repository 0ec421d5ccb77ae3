package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceFinderTest {

  private static List<String> places(String sentence) {
    return PlaceFinder.find(sentence, ClaimContext.empty()).stream().map(Claim::value).toList();
  }

  @Test
  void venueAndCityAreSeparateClaims() {
    List<Claim> found = PlaceFinder.find(
        "Envoy Marek Holm met President Ilya Vostrin at the Granite Hall in Kadrin on Thursday.",
        ClaimContext.empty());
    assertEquals(List.of("Granite Hall", "Kadrin"), found.stream().map(Claim::value).toList());
    assertEquals("meeting.place", found.get(0).slot());
  }

  @Test
  void saintAbbreviationAndPossessiveAreNormalised() {
    assertEquals(List.of("Saint Orven"), places("The two met for four hours in St. Orven on Friday."));
    assertEquals(List.of("Saint Orven"),
        places("Vostrin was shown greeting Holm in Saint Orven's harbour library."));
  }

  @Test
  void topicAfterDiscussIsNoVenue() {
    assertEquals(List.of("Saint Orven"),
        places("Holm met Vostrin in Saint Orven to discuss the conflict in Drevna."));
  }

  @Test
  void placesUnrelatedToAMeetingAreIgnored() {
    assertTrue(places("The river flooded homes in Brenvik overnight.").isEmpty());
    assertTrue(places("The talks are being watched closely in Port Hallen.").isEmpty());
    assertTrue(places("The next test is in Drevna, whose leaders refused to meet him.").isEmpty());
  }

  @Test
  void datelineIsNotAPlace() {
    assertEquals(List.of("Saint Orven"),
        places("Kadrin [Vesnia], April 12 (NPA): Envoy Holm met Vostrin in Saint Orven."));
  }

  @Test
  void languagesAndMonthsAreNoPlaces() {
    assertTrue(places("They met and exchanged some words in English.").isEmpty());
    assertTrue(places("They met in March.").isEmpty());
  }
}
