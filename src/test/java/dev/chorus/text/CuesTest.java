package dev.chorus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CuesTest {

  @Test
  void aWordIsWhatLiesBetweenTwoRegexWordBoundaries() {
    Set<String> said = Set.of("said");
    assertTrue(Cues.hasWord("The mayor said, at noon, that", said));
    assertTrue(Cues.hasWord("Said the mayor", said), "compared in lower case");
    assertTrue(Cues.hasWord("“said”", said));
    assertFalse(Cues.hasWord("the unsaid part", said));
    assertFalse(Cues.hasWord("said_it", said), "'_' is a word character of \\b");
    assertFalse(Cues.hasWord("saidé", said), "so is a letter with an accent");
    assertFalse(Cues.hasWord("", said));
    assertEquals(10, Cues.firstWord("The mayor Said, and said again", said), "the first, in any case");
    assertEquals(-1, Cues.firstWord("the unsaid part", said));
  }

  @Test
  void aNumberIsADigitOrANumberWordOfItsOwn() {
    assertTrue(Cues.hasNumber("at 2hours"));
    assertTrue(Cues.hasNumber("twenty-five people"));
    assertTrue(Cues.hasNumber("Fourteen were hurt"));
    assertTrue(Cues.hasNumber("a dozen homes"));
    assertTrue(Cues.hasNumber("a fine of EURten"), "a currency code before the word");
    assertFalse(Cues.hasNumber("someone with money and a phone"));
    assertFalse(Cues.hasNumber("the tenant often left"));
    assertTrue(Cues.hasNumber("nine_ten hours"), "a '_' before a number word does not hide it");
    assertTrue(Cues.containsIgnoreCase("x_Half an hour", "half"));
    assertFalse(Cues.containsIgnoreCase("hal f", "half"));
    assertTrue(Cues.hasDigit("room 4"));
    assertFalse(Cues.hasDigit("room four"));
  }

  /** A cue must say yes wherever its pattern finds something: real sentences and made-up edge cases. */
  @Test
  void everyCueHoldsWhereItsPatternMatches() throws IOException {
    Pattern speech = Pattern.compile("\\b(?:" + Reporting.SPEECH_VERBS + ")\\b");
    Pattern number = Pattern.compile("(?i)(?<![\\p{L}\\d-])(" + NumberWords.NUMBER + ")(?!(?<=\\p{L})\\p{L})");
    Pattern weekday = Pattern.compile("(?i)\\b" + Calendar.WEEKDAY + "\\b");
    Set<String> weekdays = Set.copyOf(Calendar.WEEKDAY_NAMES);
    List<String> lines = sampleLines();
    lines.addAll(List.of("They emphasized it.", "She emphasised it.", "Five-hour talks", "one-off", "EURfive",
        "on Monday.", "MONDAY", "it tells", "nine_ten", "a hundred and twelve"));
    int speechSeen = 0;
    int numbersSeen = 0;
    for (String line : lines) {
      java.util.regex.Matcher verb = speech.matcher(line);
      if (verb.find()) {
        speechSeen++;
        assertTrue(Cues.hasWord(line, Reporting.SPEECH_VERB_WORDS), line);
        // a search from the first cue word finds the pattern's first match: none begins before it
        assertTrue(Cues.firstWord(line, Reporting.SPEECH_VERB_WORDS) <= verb.start(), line);
      }
      if (number.matcher(line).find()) {
        numbersSeen++;
        assertTrue(Cues.hasNumber(line), line);
      }
      if (weekday.matcher(line).find()) {
        assertTrue(Cues.hasWord(line, weekdays), line);
      }
    }
    assertTrue(speechSeen > 20 && numbersSeen > 20, "the sample corpus has such sentences");
  }

  @Test
  void theSpeechVerbWordsAreThePatternsAlternatives() {
    Pattern speech = Pattern.compile("^(?:" + Reporting.SPEECH_VERBS + ")$");
    for (String w : Reporting.SPEECH_VERB_WORDS) {
      assertTrue(speech.matcher(w).matches(), w);
    }
    assertTrue(Reporting.SPEECH_VERB_WORDS.containsAll(Set.of("emphasised", "emphasized", "said", "reports")));
  }

  /** The lines of the bundled sample corpus (text, HTML and gzip files, markup and all). */
  private static List<String> sampleLines() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("data/sample"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        byte[] bytes;
        if (f.toString().endsWith(".gz")) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            bytes = in.readAllBytes();
          }
        } else {
          bytes = Files.readAllBytes(f);
        }
        out.addAll(new String(bytes, StandardCharsets.UTF_8).lines().toList());
      }
    }
    return out;
  }
}
