package dev.chorus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.events.EventSignature.Signature;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per way news writes when and where its own happening was. Invented text. */
class EventSignatureTest {

  @Test
  void aWeekdayIsTheLastSuchDayOnOrBeforePublication() {
    // 2030-05-16 is a Thursday
    Signature s = EventSignature.of("Ministers meet over grain deal",
        "The two ministers met on Tuesday in Norvik for three hours.", "2030-05-16T09:00:00Z");
    assertEquals("2030-05-14", s.date());
    assertEquals("norvik", s.place());
  }

  @Test
  void yesterdayAndTodayCountFromPublication() {
    assertEquals("2030-05-15", EventSignature.of(null,
        "A fire broke out yesterday at a warehouse.", "2030-05-16").date());
    assertEquals("2030-05-16", EventSignature.of(null,
        "Talks resumed today after a long pause.", "2030-05-16").date());
  }

  @Test
  void aDatelineGivesPlaceAndDate() {
    Signature s = EventSignature.of("Blast at plant",
        "TALMOUTH, Oct 9 (Wire) - An explosion hit a fertiliser plant early on Thursday.", "2031-10-10");
    assertEquals("talmouth", s.place());
    assertEquals("2031-10-09", s.date());
  }

  @Test
  void aDatelineWithAgencyAndNoDateGivesThePlace() {
    Signature s = EventSignature.of(null,
        "BRANDE (Wire) — The council voted on Monday to close the bridge.", "2031-03-05");
    assertEquals("brande", s.place());
    assertEquals("2031-03-03", s.date());
  }

  @Test
  void aHeadingBeforeAColonIsNoDateline() {
    Signature s = EventSignature.of(null, "Analysis: the vote in Dunmore on Friday changed little.", "2031-03-08");
    assertEquals("dunmore", s.place());
  }

  @Test
  void anEarlierRoundCitedInTheLeadIsNotTheEventsDate() {
    Signature s = EventSignature.of("Second round of talks ends without a deal",
        "The envoys met again in Selby on April 29. The first round, in Carrow on April 6, also ended"
            + " without a deal.",
        "2030-04-30");
    assertEquals("2030-04-29", s.date());
    assertEquals("selby", s.place());
    assertTrue(s.citedDates().contains("2030-04-06"), s.toString());
  }

  @Test
  void aCitedDateAheadOfTheEventInTheSameSentenceIsSkipped() {
    Signature s = EventSignature.of(null,
        "Weeks after the truce agreed on June 2, the sides met on Saturday in Orlan.", "2030-07-15");
    // 2030-07-15 is a Monday
    assertEquals("2030-07-13", s.date());
    assertEquals("orlan", s.place());
    assertTrue(s.citedDates().contains("2030-06-02"));
  }

  @Test
  void aPlaceInACitedClauseIsNotTheEventsPlace() {
    Signature s = EventSignature.of(null,
        "Since the first meeting in Carrow, little has moved. Officials gathered at Hallam Palace"
            + " on Friday.", "2030-04-20");
    assertEquals("hallam palace", s.place());
  }

  @Test
  void aMonthAndDayWithoutYearTakesTheYearBeforePublication() {
    assertEquals("2030-12-30", EventSignature.of(null, "The storm reached the coast on December 30.",
        "2031-01-02").date());
  }

  @Test
  void withoutAPublicationDateAWeekdayCannotBeResolvedButAFullDateCan() {
    assertNull(EventSignature.of(null, "The quake struck on Tuesday near Palu.", null).date());
    Signature s = EventSignature.of(null, "The quake struck on 28 September 2018 near Palu.", null);
    assertEquals("2018-09-28", s.date());
    assertEquals("palu", s.place());
  }

  @Test
  void theMostFrequentDateOutsideTheLeadWhenTheLeadGivesNone() {
    Signature s = EventSignature.of("Plant shut", "Workers were sent home. Managers said little. "
        + "The leak was found on March 3. Repairs began on March 9. Inspectors confirmed the March 3 leak.",
        "2030-03-12");
    assertEquals("2030-03-03", s.date());
  }

  @Test
  void nothingToldNothingGiven() {
    Signature s = EventSignature.of(null, "prices rose again, traders said.", null);
    assertNull(s.date());
    assertNull(s.place());
  }

  @Test
  void aCountryNamedInTheLeadIsNotTheEventPlaceWhenTheArticleNamesACity() {
    // countries are general knowledge (Countries); the city is invented
    Signature s = EventSignature.of("Envoys discuss the war in Ukraine",
        "The two envoys met for four hours. They spoke about grain. The meeting in Norvik ended late.",
        "2030-05-16");
    assertEquals("norvik", s.place());
  }

  @Test
  void aCountryIsTheEventPlaceWhenNoCityOrVenueIsNamed() {
    Signature s = EventSignature.of(null, "A strong earthquake struck in Peru overnight.", "2030-05-16");
    assertEquals("peru", s.place());
  }

  @Test
  void anAbbreviatedSaintOrMountOpensAPlaceAndEndsNoSentence() {
    // the dot of "St." must neither end the sentence nor the place name; NameFold spells it out later
    Signature s = EventSignature.of("Envoy meets the president in St. Avrel",
        "The envoy met the president in St. Avrel on Friday for talks. They spoke for hours.", "2030-05-18");
    assertEquals("st. avrel", s.place());
    assertEquals("2030-05-17", s.date());
    assertEquals("mt. corran", EventSignature.of(null, "Climbers were stranded near Mt. Corran overnight.", null)
        .place());
  }

  @Test
  void aFilingDateBeforeAnAgencyGivesWayToTheLeadsOwnDayAndStampLinesAreNoSentences() {
    // an agency stamp line and a time stamp, then a dateline whose date is the filing day
    Signature s = EventSignature.of(null, "Wire\n18 May 2030, 10:04 GMT+10\n"
        + "Varnholm [Eldoria], May 18 (Wire): The two ministers met in Tessel to discuss the dam, officials said.\n"
        + "On Friday, the ministers were shown greeting each other in Tessel.", "2030-05-18");
    assertEquals("2030-05-17", s.date(), s.toString());
    assertEquals("tessel", s.place());
  }

  @Test
  void aDateThatModifiesANounOutsideTheLeadNamesAnotherHappening() {
    Signature s = EventSignature.of("Envoy in Norvik",
        "The envoy met the minister in Norvik on Friday. The talks went on for hours. "
            + "Later the minister visited the site of a deadly April 4 missile strike in Orlan.", null);
    assertNull(s.date(), "a weekday cannot be resolved without a publication date: " + s);
    assertTrue(s.citedDates().contains("--04-04"), s.toString());
    assertEquals("2030-04-04", EventSignature.of(null, "Talks went on. Nothing was agreed. "
        + "The ministers met again on April 4 in Orlan.", "2030-04-10").date(), "after \"on\" a date is no modifier");
  }

  @Test
  void anOwnersPossessiveIsNotPartOfThePlace() {
    assertEquals("tessel", EventSignature.of(null,
        "Two workers were hurt in a fire at Varn Chemical Group's Tessel plant on Monday.", "2030-05-16").place());
  }

  @Test
  void aCompanyBeforePlantOrSiteIsItsOwnerNotAPlace() {
    // the company's first word, named as the company elsewhere in the article
    Signature named = EventSignature.of("Blast at Varn fertiliser plant kills three",
        "Three workers were killed at the Varn plant on Monday, Varn Chemical Group said. The plant lies in Tessel.",
        "2030-05-16");
    assertEquals("tessel", named.place(), named.toString());
    // the company's whole name, and its possessive, before the plant
    assertEquals("tessel", EventSignature.of(null,
        "Two workers were hurt at Varn Chemical Group's plant in Tessel on Monday.", "2030-05-16").place());
    assertEquals("orlan", EventSignature.of(null,
        "A fire broke out at the Drenmark Mining site near Orlan on Monday.", "2030-05-16").place());
    assertEquals("orlan", EventSignature.of(null,
        "A fire broke out at Halloran's ammonia plant outside Orlan on Monday.", "2030-05-16").place());
    // a plant's name that the article gives no company is still where it is
    assertEquals("tessel", EventSignature.of(null,
        "A fire broke out at the Tessel plant on Monday. Crews came within minutes.", "2030-05-16").place());
  }

  @Test
  void aWorksNamedAfterItsTownIsAPlace() {
    // a steelmaker named after its town: the works are the town's
    Signature s = EventSignature.of(null, "A furnace exploded at the Tessel works on Friday, Tessel Steel said. "
        + "The works employ 900 people in Tessel.", "2030-05-18");
    assertEquals("tessel", s.place(), s.toString());
    // without the town named as a place, the name before the works is the company's
    assertNull(EventSignature.of(null, "A furnace exploded at the Tessel works on Friday, Tessel Steel said.",
        "2030-05-18").place());
  }

  @Test
  void aLeadDayThatCannotBeReadLeavesTheDateUnknownRatherThanABodyDatesOwn() {
    Signature s = EventSignature.of("Second blast kills three",
        "Three workers were killed on Tuesday in an explosion at a plant in Tessel. Crews came within minutes. "
            + "On 9 October, an explosion at the group's plant in Orlan killed 12 people.", null);
    assertNull(s.date(), s.toString());
    assertEquals("tessel", s.place());
  }

  @Test
  void aDateAfterAfterIsAnEarlierHappenings() {
    Signature s = EventSignature.of(null, "Weeks after the blast that killed 12 people on October 9, another plant"
        + " was hit on Tuesday in Tessel.", "2030-10-30");
    assertEquals("2030-10-29", s.date(), s.toString());
    assertTrue(s.citedDates().contains("2030-10-09"), s.toString());
  }
  @Test
  void theCheapChecksBeforeTheRegexesLetThroughEveryDateAndPlace() {
    for (String dated : List.of("They met on Tuesday.", "It ended on March 6.", "The 2025-03-06 talks.",
        "Talks went on last night.", "This morning the talks resumed.", "Yesterday it rained.", "on 6.3.2025")) {
      assertTrue(EventSignature.mayGiveDate(dated), dated);
    }
    assertFalse(EventSignature.mayGiveDate("The talks were frank and useful."));
    for (String placed : List.of("Talks were held at the Kremlin.", "They met in Geneva.", "a fire near St. Louis",
        "a blast inside the  Palace", "the crowd outside\nParliament")) {
      assertTrue(EventSignature.mayNamePlace(placed), placed);
      assertFalse(EventSignature.places(placed).isEmpty(), placed);
    }
    // the places regex reads lower-case prepositions only, before a capital
    for (String none : List.of("In Geneva, nothing moved.", "the talks in geneva ended", "Berlin Wall", "within Paris")) {
      assertFalse(EventSignature.mayNamePlace(none), none);
      assertTrue(EventSignature.places(none).isEmpty(), none);
    }
  }
  @Test
  void thePlaceIsShownAsTheArticlePrintsIt() {
    Signature s = EventSignature.of("Blast at Tormaly plant", "TORMALY, Oct 28 (Wire) - A blast hit the plant in"
        + " Tormaly on Tuesday.", "2025-10-28");
    assertEquals("tormaly", s.place());
    assertEquals("Tormaly", EventSignature.asWritten(s.place(), "Blast at Tormaly plant", "TORMALY, Oct 28 ..."));
    assertEquals("NEW ZEALAND", EventSignature.asWritten("new zealand", null, "NEW ZEALAND: quake"));
    assertEquals("New Zealand", EventSignature.asWritten("new zealand", "NEW ZEALAND QUAKE", "A quake hit New Zealand."));
    assertNull(EventSignature.asWritten(null, "t", "b"));
  }
}
