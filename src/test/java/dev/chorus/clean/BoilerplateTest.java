package dev.chorus.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

  /** One line per phrase that marks chrome at any length, each inside a line too long to be a label. */
  private static final List<String> STRONG_LINES = List.of(
      "Copyright 2026 Harbor Gazette Media Group and its partners, all rights reserved worldwide today",
      "Your email address will not be published, and we never share it with anyone else at all",
      "Required fields are marked with a star and must be filled in before you post anything here",
      "Leave a comment below and tell us what you think about the talks and the ceasefire plan",
      "By using this website you agree to the terms that govern every page of the whole network",
      "This site uses cookies to give you the best experience on every page you visit with us",
      "Please accept all cookies or choose the ones you want before reading on about the summit",
      "Read our cookie policy to learn how we store your choices and what partners receive today",
      "Sign up for our morning briefing and get the most important stories from the region first",
      "Subscribe to our channel and never miss a single one of the interviews we publish each week",
      "Our newsletter lands once a day: sign up now and read the talks coverage before anyone else",
      "The daily email brings the region's news every morning before seven, with the weather too",
      "Get the top stories of the week in your inbox every Friday with analysis from our newsroom",
      "JavaScript is disabled in your browser so some parts of this page will not show up at all",
      "This player requires JavaScript to work, so please turn it on and then reload the page here",
      "Follow us on Twitter for the latest updates from the talks and the people who attend them",
      "Lost your password? Enter the address you registered with and we will send you a new link",
      "Enter your username or email address to receive a link that lets you choose a new password",
      "Advertisement for the regional bank's savings account, with a rate that holds until spring",
      "The story continues below this panel, so scroll to continue reading about the summit talks",
      "Sponsored content from our partners, who pay for these stories but do not choose their topic",
      "You might also like these stories about the talks, the envoys and the ceasefire negotiations",
      "Recommended for you: more reporting on the summit, the envoys and the long road to peace now",
      "Suggested articles from our archive about the region, its leaders and the talks that failed",
      "Most read this week on the site: talks, ceasefire, the envoy's visit and the harbour strike",
      "Trending now across the network: the summit, the envoys and the ceasefire that did not hold",
      "Latest news from the region, updated every few minutes by our reporters in the capital city");

  @Test
  void everyStrongPhraseIsChromeInAnyCase() {
    for (String line : STRONG_LINES) {
      int words = DumpLine.countWords(line);
      assertTrue(words > 8, "a line too long to be a label: " + line);
      assertTrue(Boilerplate.isChrome(line, words), line);
      assertTrue(Boilerplate.isChrome(line.toUpperCase(Locale.ROOT), words), line.toUpperCase(Locale.ROOT));
    }
  }

  @Test
  void proseThatSharesTheirWordsIsNot() {
    List<String> prose = List.of(
        "The minister said the talks would follow the agenda agreed in March, with a vote on Friday.",
        "Most of the delegates left the palace after the latest round, which lasted three hours.",
        "He recommended that both sides keep the content of the proposal private until the summit.");
    for (String line : prose) {
      assertFalse(Boilerplate.isChrome(line, DumpLine.countWords(line)), line);
    }
  }
}
