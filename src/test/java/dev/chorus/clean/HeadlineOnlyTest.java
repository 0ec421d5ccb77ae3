package dev.chorus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HeadlineOnlyTest {

  @Test
  void aRecordWithAHeadlineAndNoTextIsAShortArticle() {
    // a JSON line with a title and no maintext: the page text is empty
    assertEquals("Storm cuts power to thousands along the coast",
        HeadlineOnly.body("Storm cuts power to thousands along the coast", ""));
    // a text dump that is its headline alone (title finder found it or not)
    assertEquals("Storm cuts power to thousands along the coast",
        HeadlineOnly.body(null, "Storm cuts power to thousands along the coast\n\n\n"));
    assertEquals("Storm cuts power to thousands along the coast",
        HeadlineOnly.body("Storm cuts power to thousands along the coast", "Storm cuts power to thousands along the coast\n"));
    // a one-sentence wire item whose only line is a long lead sentence
    String lead = "Rescue teams searched through the night for survivors after a storm that cut power to thousands"
        + " of homes along the northern coast, flooded two villages, closed the main highway and forced the"
        + " evacuation of a hospital, officials of the regional government said on Saturday morning";
    assertEquals(lead, HeadlineOnly.body(lead, ""));
  }

  @Test
  void wallsLabelsAndPagesWithMoreLinesStayRejects() {
    assertNull(HeadlineOnly.body("Page not found on this site sorry", ""), "error page");
    assertNull(HeadlineOnly.body(null, "Subscribe now to continue reading this story"), "paywall");
    assertNull(HeadlineOnly.body(null, "We value your privacy and your consent"), "consent wall");
    assertNull(HeadlineOnly.body("World news", ""), "a label, not a report");
    assertNull(HeadlineOnly.body(null, "2025 03 06"), "no words");
    assertNull(HeadlineOnly.body(null, "Storm cuts power to thousands\nWeather\nSport headlines of the day here"),
        "a page of several lines and no body is a listing or a wall");
    assertNull(HeadlineOnly.body("Storm cuts power to thousands", "Accept all cookies\nManage preferences"),
        "a title over other text");
    assertNull(HeadlineOnly.body(null, "menu home world sport ".repeat(30)), "a run-on line of menu words");
    assertNull(HeadlineOnly.body(null, ""), "nothing at all");
  }
}
