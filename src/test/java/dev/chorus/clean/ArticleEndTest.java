package dev.chorus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleEndTest {

  @Test
  void pressReleaseEndsAtItsAboutSectionAndMediaContact() {
    List<String> p = List.of("Fenwick Foods today opened a second bakery in Marsh End.",
        "The bakery employs forty people.", "About Fenwick Foods",
        "Fenwick Foods is a family company founded in 1950.", "Media contact", "press@fenwick.example");
    assertEquals(2, ArticleEnd.length(p));
  }

  @Test
  void trailingAuthorBiographyIsDropped() {
    List<String> p = List.of("The council approved the budget on Monday.", "The vote was 7 to 2.",
        "Ada Brook is the Daily's correspondent for the coast. She joined the paper in 2019.");
    assertEquals(2, ArticleEnd.length(p));
  }

  @Test
  void aboutInsideTheStoryAndTheFirstParagraphStay() {
    List<String> p = List.of("About Fenwick Foods", "About 40 people will work at the new bakery, the company said.",
        "Residents said they were glad about the jobs.");
    assertEquals(3, ArticleEnd.length(p));
  }

  @Test
  void paywalledTextEndsAtThePromptToSubscribeButProseThatMentionsSubscribersStays() {
    List<String> cut = List.of("The ferry operator will raise its fares by a tenth from July.",
        "Regular passengers will pay about forty crowns more a month.",
        "To continue reading, subscribe for 2 crowns a month.", "Already a subscriber? Log in");
    assertEquals(2, ArticleEnd.length(cut));
    List<String> prose = List.of("The ferry operator will raise its fares by a tenth from July.",
        "Members of the public may sign in at the town hall to read the rest of the plans.",
        "Season ticket subscribers will keep reading lights on the upper deck, the operator said.");
    assertEquals(3, ArticleEnd.length(prose));
  }
}
