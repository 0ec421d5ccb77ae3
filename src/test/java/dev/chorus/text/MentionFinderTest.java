package dev.chorus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionFinderTest {

  private static Mention m(String sentence, String text, String kind, String role) {
    int begin = sentence.indexOf(text);
    return new Mention(text, kind, role, begin, begin + text.length());
  }

  @Test
  void titleBeforeNameIsTheRoleAndPlaceAfterInIsAPlace() {
    String s = "US Special Envoy Dario Vell met President Ilsa Marrow in Kestrel City on Thursday.";
    assertEquals(List.of(
        m(s, "Dario Vell", "person", "US Special Envoy"),
        m(s, "Ilsa Marrow", "person", "President"),
        m(s, "Kestrel City", "place", null)), MentionFinder.find(s));
  }

  @Test
  void appositionAfterNameIsTheRoleAndFundIsAnOrganisation() {
    String s = "Arno Pelt, CEO of the Norvane Development Fund, declined to comment.";
    assertEquals(List.of(
        m(s, "Arno Pelt", "person", "CEO of the Norvane Development Fund"),
        m(s, "Norvane Development Fund", "org", null)), MentionFinder.find(s));
  }

  @Test
  void aCountryOrCapitalWithAPersonCueIsStillAPlace() {
    String s = "Norway's envoy Lars Quint said Estonia would join, and Oslo said so too.";
    Map<String, String> kinds = new HashMap<>();
    // by the words written: a capital acting is given as its country ("Oslo" → "Norway")
    MentionFinder.find(s).forEach(m -> kinds.put(s.substring(m.begin(), m.end()), m.kind()));
    assertEquals("place", kinds.get("Norway"));
    assertEquals("place", kinds.get("Estonia"));
    assertEquals("place", kinds.get("Oslo"));
    assertEquals("person", kinds.get("Lars Quint"));
  }

  @Test
  void twoCapitalisedWordsWithAWordNoPersonsNameHoldsAreAPlaceOrAnOrganisation() {
    String s = "Fans from North Dalmark cheered as Tidewater Weekly reported that Lars Quint had won.";
    Map<String, String> kinds = new HashMap<>();
    MentionFinder.find(s).forEach(m -> kinds.put(m.text(), m.kind()));
    assertEquals("place", kinds.get("North Dalmark"));
    assertEquals("org", kinds.get("Tidewater Weekly"));
    assertEquals("person", kinds.get("Lars Quint"));
  }

  @Test
  void aTitleBeforeTheNextNameIsNoAppositionOfThePreviousOne() {
    String s = "The club offered a contract to Lars Quint, general manager Tom Avery said Friday night.";
    List<Mention> found = MentionFinder.find(s);
    assertEquals(m(s, "Tom Avery", "person", "general manager"), found.get(found.size() - 1));
    assertEquals(null, found.stream().filter(x -> x.text().equals("Lars Quint")).findFirst().orElseThrow().role());
    String t = "The fund was praised by Arno Pelt, Secretary General of the Norvane Council, on Monday.";
    assertEquals("Secretary General of the Norvane Council",
        MentionFinder.find(t).stream().filter(x -> x.text().equals("Arno Pelt")).findFirst().orElseThrow().role());
  }

  @Test
  void lowerCaseRoleAndSentenceInitialWordsAndWeekdays() {
    String s = "The former foreign minister Lena Okri arrived in Dalvik on Monday.";
    assertEquals(List.of(
        m(s, "Lena Okri", "person", "former foreign minister"),
        m(s, "Dalvik", "place", null)), MentionFinder.find(s));
  }

  @Test
  void capitalisedRoleWordsBeforeALowerCaseTitle() {
    String s = "Citing Harbour Office aide Oleg Varnitsky, the agency said the talks were useful.";
    assertEquals(m(s, "Oleg Varnitsky", "person", "Harbour Office aide"), MentionFinder.find(s).get(1));
  }

  @Test
  void titleWithOfComplementInsideTheRun() {
    String s = "Secretary of State Pia Norrell travelled between Kestrel and Dalvik.";
    assertEquals(List.of(
        m(s, "Pia Norrell", "person", "Secretary of State"),
        m(s, "Kestrel", "place", null),
        m(s, "Dalvik", "place", null)), MentionFinder.find(s));
  }

  @Test
  void ministriesAndAcronymsAreOrganisations() {
    String s = "However, the Ministry of Coastal Affairs and the NRVA issued a statement.";
    assertEquals(List.of(
        m(s, "Ministry of Coastal Affairs", "org", null),
        m(s, "NRVA", "org", null)), MentionFinder.find(s));
  }

  @Test
  void hashtagsAndHandlesAreMentionsOfTheirOwn() {
    String s = "Fans shared #Harlan and @JonaBrisk posts.";
    List<Mention> found = MentionFinder.find(s);
    assertEquals(m(s, "#Harlan", "place", null), found.get(1));
    assertEquals(m(s, "@JonaBrisk", "person", null), found.get(2));
  }

  @Test
  void particlesHyphensAndDiacriticsStayInsideNames() {
    String s = "Talks with Jean-Luc van der Moot and Zofia Łęczyńska ended.";
    List<Mention> found = MentionFinder.find(s);
    assertEquals(m(s, "Jean-Luc van der Moot", "person", null), found.get(1));
    assertEquals(m(s, "Zofia Łęczyńska", "person", null), found.get(2));
  }

  @Test
  void aHyphenatedPairIsTwoNamesButAHyphenatedSurnameOne() {
    String pair = "The Ostland-Vesnia talks resumed.";
    assertEquals(List.of("Ostland", "Vesnia"), MentionFinder.find(pair).stream().map(Mention::text).toList());
    String surname = "Yesterday Anna Berg-Holm bought the paper.";
    assertEquals(List.of("Anna Berg-Holm"), MentionFinder.find(surname).stream().map(Mention::text).toList());
  }

  @Test
  void possessiveIsNotPartOfTheNameAndMarksAPersonBeforeATitle() {
    String s = "Marrow's spokesperson, Bea Lund, said the Vesk-Drava talks would resume.";
    List<Mention> found = MentionFinder.find(s);
    assertEquals(m(s, "Marrow", "person", null), found.get(0));
    assertEquals(m(s, "Bea Lund", "person", "spokesperson"), found.get(1));
    assertEquals("Vesk", found.get(2).text());
    assertEquals("Drava", found.get(3).text());
  }

  @Test
  void abbreviatedAndShoutedPlaceNames() {
    String s = "ST. EDRA, May 2 - The team flew from St. Edra to Saint Edra.";
    List<Mention> found = MentionFinder.find(s);
    assertEquals(List.of("ST. EDRA", "St. Edra", "Saint Edra"), found.stream().map(Mention::text).toList());
    assertTrue(found.stream().allMatch(x -> x.kind().equals("place")));
  }

  @Test
  void personCuesAfterTheName() {
    String s = "Later, Quist said the Kremora would wait.";
    assertEquals(List.of(
        m(s, "Quist", "person", null),
        m(s, "Kremora", "org", null)), MentionFinder.find(s));
  }

  @Test
  void headlineCaseGivesNothingAndABareTitleOnlyALocalDescription() {
    assertEquals(List.of(), MentionFinder.find("Envoy Meets Marrow To Discuss Harbour Deal"));
    // no person: a description without a country ("*|"), which EntityStage resolves only to the one
    // holder of that title in the same article or event
    assertEquals(List.of(new Mention("*|president", "description", null, 0, 13)),
        MentionFinder.find("The President spoke on Friday in March."));
  }

  @Test
  void neverThrows() {
    for (String s : new String[] {null, "", " ", "#", "@", "’s", "St.", "....", "Ž'", "A", "- -", "\u0000\uFFFF",
        "#@#", "X, CEO", "President of", "Ministry of the"}) {
      assertTrue(MentionFinder.find(s).size() <= 2, String.valueOf(s));
    }
  }

  @Test
  void aCountryAcronymNamesTheCountryAndAnActingCapitalItsGovernment() {
    String s = "Officials in Kadrovo said U.S. envoys will come, and Washington has floated a plan.";
    List<Mention> found = MentionFinder.find(s);
    assertTrue(found.contains(new Mention("United States", "place", null, s.indexOf("U.S."), s.indexOf("U.S.") + 4)),
        found::toString);
    int w = s.indexOf("Washington");
    assertTrue(found.contains(new Mention("United States", "place", null, w, w + 10)), found::toString);
  }

  @Test
  void aCapitalAsAPlaceStaysTheCity() {
    String s = "Dmitri Orlov recently visited Washington for talks.";
    assertTrue(MentionFinder.find(s).stream().anyMatch(x -> x.text().equals("Washington")));
  }

  @Test
  void aNumberedWarIsOneEventWhateverItsSpelling() {
    String s = "It is the bloodiest conflict since the Second World War.";
    int b = s.indexOf("the Second");
    assertTrue(MentionFinder.find(s).contains(new Mention("World War II", "event", null, b, s.length() - 1)));
    String t = "The First World War ended in 1918.";
    assertTrue(MentionFinder.find(t).stream().anyMatch(x -> x.text().equals("World War I")));
  }

  @Test
  void aSentenceInitialGivenNameEndingInLyStartsAName() {
    String s = "Anatoly Lesnik, the plant's former director, was questioned on Thursday.";
    assertEquals(m(s, "Anatoly Lesnik", "person", null), MentionFinder.find(s).get(0));
    // an adverb of that shape still is no name
    String t = "Recently Ostrava hosted the talks.";
    assertTrue(MentionFinder.find(t).stream().noneMatch(x -> x.text().startsWith("Recently")));
  }

  @Test
  void aLowerCaseAdministrativeAreaIsPartOfThePlaceName() {
    String s = "She declared a day of mourning in the Vardo region on Wednesday.";
    assertEquals(List.of(m(s, "Vardo region", "place", null)), MentionFinder.find(s));
    // not after an organisation or a title
    String t = "The Vardo Council region office closed.";
    assertTrue(MentionFinder.find(t).stream().noneMatch(x -> x.text().endsWith("region")));
  }

  @Test
  void aSeatOfGovernmentNamedForItselfIsAnOrganisationNotATitleModifier() {
    String s = "The envoy was received at the Kremlin on Friday.";
    assertEquals(List.of(m(s, "Kremlin", "org", null)), MentionFinder.find(s));
    String t = "Citing Kremlin aide Oleg Varnitsky, the agency said the talks were useful.";
    assertTrue(MentionFinder.find(t).stream().noneMatch(x -> x.text().equals("Kremlin")));
  }

  @Test
  void theHonorificIsTheWordRightBeforeTheName() {
    String s = "Talks between Mr. Holm and Ms  Berg, Ms. Vail's aide and Mr's Kade went on (Mrs Lund).";
    assertEquals("Mr.", MentionFinder.honorificBefore(s, s.indexOf("Holm")));
    assertEquals("Ms", MentionFinder.honorificBefore(s, s.indexOf("Berg")), "two spaces between");
    assertEquals("Ms.", MentionFinder.honorificBefore(s, s.indexOf("Vail")));
    assertEquals(null, MentionFinder.honorificBefore(s, s.indexOf("Kade")), "a possessive is no honorific");
    assertEquals("Mrs", MentionFinder.honorificBefore(s, s.indexOf("Lund")), "after a bracket");
    assertEquals(null, MentionFinder.honorificBefore(s, s.indexOf("Talks")));
    assertEquals(null, MentionFinder.honorificBefore(s, s.indexOf("and")));
  }
}
