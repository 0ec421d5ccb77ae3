package dev.chorus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNamesTest {

  private static List<List<Mention>> article(String... sentences) {
    List<List<Mention>> out = new ArrayList<>();
    for (String s : sentences) {
      out.add(MentionFinder.find(s));
    }
    return out;
  }

  private static List<String> texts(List<List<Mention>> resolved) {
    List<String> out = new ArrayList<>();
    resolved.forEach(s -> s.forEach(m -> out.add(m.text())));
    return out;
  }

  @Test
  void surnameTakesTheFullNameGivenEarlierOrLater() {
    List<List<Mention>> resolved = ArticleNames.resolve(article(
        "Varnitsky said the plan was ready.",
        "The harbour aide Oleg Varnitsky met the envoy.",
        "Later, Varnitsky's office confirmed it."));
    assertEquals(List.of("Oleg Varnitsky", "Oleg Varnitsky", "Oleg Varnitsky"), texts(resolved));
    Mention first = resolved.get(0).get(0);
    assertEquals(new Mention("Oleg Varnitsky", "person", null, 0, 9), first);
  }

  @Test
  void ambiguousSurnameStaysAsWritten() {
    List<List<Mention>> resolved = ArticleNames.resolve(article(
        "Anna Berg, who leads the party, spoke first.",
        "Her brother Tomas Berg, who runs the port, disagreed.",
        "Berg said the vote was close."));
    assertEquals(List.of("Anna Berg", "Tomas Berg", "Berg"), texts(resolved));
  }

  @Test
  void firstNameInAQuoteTakesTheFullNameOfATitledPerson() {
    List<List<Mention>> resolved = ArticleNames.resolve(article(
        "President Ivo Stramm met the envoy.",
        "\u201CIvo, hold on!\u201D the envoy wrote."));
    assertEquals(List.of("Ivo Stramm", "Ivo Stramm"), texts(resolved));
    assertEquals("person", resolved.get(1).get(0).kind());
  }

  @Test
  void spellingVariantsOfOnePersonDoNotMakeTheSurnameAmbiguous() {
    List<List<Mention>> resolved = ArticleNames.resolve(article(
        "Presidential aide Yury Kolp attended.",
        "Kolp said little.",
        "A later statement named Yuri Kolp as the author, and Kolp agreed."));
    assertEquals(List.of("Yury Kolp", "Yury Kolp", "Yuri Kolp", "Yuri Kolp"), texts(resolved));
  }

  @Test
  void hashtagOfASurnameResolves() {
    List<List<Mention>> resolved = ArticleNames.resolve(article(
        "Mayor Hedda Quarn opened the bridge.",
        "Many residents posted #Quarn photos."));
    assertEquals(List.of("Hedda Quarn", "Hedda Quarn"), texts(resolved));
    assertEquals(22, resolved.get(1).get(0).begin());
  }

  @Test
  void aHashtagIsNoFullNameForAWordItStartsWith() {
    List<List<Mention>> resolved = ArticleNames.resolve(List.of(
        List.of(new Mention("#QuarnKills", "person", null, 12, 23)),
        List.of(new Mention("Quarn", "person", null, 0, 5))));
    assertEquals(List.of("#QuarnKills", "Quarn"), texts(resolved));
  }

  @Test
  void toleratesNullsAndEmptyInput() {
    assertEquals(List.of(), ArticleNames.resolve(null));
    assertEquals(List.of(List.of(), List.of()), ArticleNames.resolve(Arrays.asList(null, List.of())));
    assertEquals(List.of(List.of()), ArticleNames.resolve(List.of(Arrays.asList((Mention) null))));
  }
}
