package dev.chorus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameVariantsTest {

  @ParameterizedTest(name = "{0} = {1} ({2})")
  @CsvSource(delimiter = '|', value = {
      "Yury Kolp | Yuri Kolp | person",                       // transliteration y/i
      "Olek Dravensky | Olek Dravenskyy | person",            // -y/-yy
      "Tomas Žalvin | Tomas Zhalvin | person",                // Ž/Zh
      "Tomas Žalvin | Tomas Zalvin | person",                 // diacritic dropped
      "Aleksei Voronin | Alexei Voronin | person",            // ks/x
      "Kolp | Yury Kolp | person",                            // surname only
      "#Kolp | Yury Kolp | person",                           // hashtag of the surname
      "@AnnaBerg | Anna Berg | person",                       // handle of the full name
      "A. Berg | Anna Berg | person",                         // initial
      "St. Edra | Saint Edra | place",                        // abbreviation
      "ST. EDRA | Saint Edra | place",                        // dateline capitals
      "kestrel | Kestrel | place",                            // case
      "Coastal Ministry | Ministry of Coastal Affairs | org", // word order
      "NDF | Norvane Development Fund | org",                 // acronym
      "U.S. | US | org"})
  void variantsAreTheSameNameAndShareABlockingKey(String a, String b, String kind) {
    assertTrue(NameVariants.sameName(a, b, kind));
    assertTrue(NameVariants.sameName(b, a, kind));
    assertEquals(NameVariants.blockingKey(a, kind), NameVariants.blockingKey(b, kind));
  }

  @ParameterizedTest(name = "{0} != {1} ({2})")
  @CsvSource(delimiter = '|', value = {
      "Anna Berg | Tomas Berg | person",                      // same surname, other person
      "Yury Kolp | Yury Kolpin | person",
      "Anna Berg | Berga | person",
      "Saint Edra | Saint Ilva | place",
      "Port Selby | Port Selby Bay | place",                  // a town and its bay
      "Kestrel | Kestrel City | place",
      "Norvane Development Fund | Norvane Development Bank | org",
      "NDF | National Defence Force Command | org",
      "'' | Anna Berg | person"})
  void differentEntitiesAreNotMerged(String a, String b, String kind) {
    assertFalse(NameVariants.sameName(a, b, kind));
    assertFalse(NameVariants.sameName(b, a, kind));
  }

  @Test
  void typosAreCandidatesOnlyForLongEnoughNames() {
    assertTrue(NameVariants.typoCandidate("Pavel Marnikov", "Pavel Manrikov"));   // transposition
    assertTrue(NameVariants.typoCandidate("Marnikov", "Marnilov"));               // substitution
    assertTrue(NameVariants.typoCandidate("Oleksandr Dravenskyy", "Oleksandr Drenskyy"));   // dropped syllable, long name
    assertFalse(NameVariants.typoCandidate("Berg", "Borg"));                      // too short
    assertFalse(NameVariants.typoCandidate("Marnikov", "Marnilova"));             // two edits, short
    assertFalse(NameVariants.typoCandidate("Yury Kolp", "Yuri Kolp"));            // equal once folded: not a typo
    assertFalse(NameVariants.typoCandidate(null, "Marnikov"));
    assertEquals(NameVariants.blockingKey("Marnikov", "person"), NameVariants.blockingKey("Manrikov", "person"));
    assertEquals(NameVariants.blockingKey("Olek Dravenskyy", "person"), NameVariants.blockingKey("Drenskyy", "person"));
  }

  @Test
  void blockingKeysOfPeopleComeFromTheSurname() {
    assertEquals("klp", NameVariants.blockingKey("Yury Kolp", "person"));
    assertEquals("dfn", NameVariants.blockingKey("Norvane Development Fund", "org"));
    assertEquals(NameVariants.blockingKey("Anna Berg", "person"), NameVariants.blockingKey("Tomas Berg", "person"));
    assertEquals("", NameVariants.blockingKey(null, "person"));
    assertEquals("", NameVariants.blockingKey("  ", null));
  }

  @Test
  void personKeysAgreeOnVariantsOfOnePersonAndTellApartPeopleWhoShareABlockingKey() {
    String lavrov = NameVariants.personKey("Sergey Lavrov");
    assertEquals(lavrov, NameVariants.personKey("Sergei Lavroff"), "transliteration");
    assertEquals(lavrov, NameVariants.personKey("Sergey Lavorv"), "transposed letters");
    // blocking keys are three letters: these share "lov", and on a large corpus thousands do
    assertEquals(NameVariants.blockingKey("Vera Lentamov", "person"), NameVariants.blockingKey("Ivan Lov", "person"));
    assertNotEquals(NameVariants.personKey("Vera Lentamov"), NameVariants.personKey("Vera Lotamov"));
    assertNotEquals(lavrov, NameVariants.personKey("Anna Lavrov"), "another first name");
    assertNull(NameVariants.personKey("Kerlenbri"), "a lone word is as often a place as a person");
    assertNull(NameVariants.personKey(null));
  }

  @Test
  void placeKeysAreTheFoldedWords() {
    assertEquals("saint orvel", NameVariants.placeKey("Saint  Orvel"));
    assertNotEquals(NameVariants.placeKey("Saint Orvel"), NameVariants.placeKey("Saint Ilsa"));
    assertEquals(NameVariants.placeKey("Kyiv"), NameVariants.placeKey("KYIV"));
    assertNull(NameVariants.placeKey(" "));
  }

  @Test
  void aTownTransliteratedWithOrWithoutItsFinalIaIsOnePlace() {
    // an invented town, written as three outlets might transliterate it
    String key = NameVariants.placeKey("Vorlitsa");
    assertEquals(key, NameVariants.placeKey("Vorlytsia"));
    assertEquals(key, NameVariants.placeKey("Vorlica"));
    assertEquals(key, NameVariants.placeKey("Vorlitsiya"));
    assertEquals(NameVariants.placeKey("Upper Darnovska"), NameVariants.placeKey("Upper Darnovskaya"));
    // only the last word's ending, and only on words long enough that it is an ending
    assertNotEquals(NameVariants.placeKey("Saint Lia"), NameVariants.placeKey("Saint La"));
    assertEquals("dalia orsk", NameVariants.placeKey("Dalia Orsk"));
    assertNotEquals(NameVariants.placeKey("Vorlitsa"), NameVariants.placeKey("Vorlitso"));
  }

  @Test
  void canonicalIsTheMostFrequentFullForm() {
    Map<String, Long> person = new LinkedHashMap<>();
    person.put("Kolp", 10L);
    person.put("#Kolp", 12L);
    person.put("Yury Kolp", 3L);
    person.put("Yuri Kolp", 3L);
    assertEquals("Yuri Kolp", NameVariants.canonical(person)); // tie on count and length: lexicographic
    assertEquals("Saint Edra", NameVariants.canonical(Map.of("St. Edra", 2L, "Saint Edra", 2L, "SAINT EDRA", 5L)));
    assertEquals("Kestrel", NameVariants.canonical(Map.of("kestrel", 5L, "Kestrel", 1L)));
    Map<String, Long> odd = new HashMap<>();
    odd.put(null, 4L);
    odd.put("Edra", null);
    assertEquals("Edra", NameVariants.canonical(odd));
    assertEquals("", NameVariants.canonical(Map.of()));
    assertEquals("", NameVariants.canonical(null));
  }

  @Test
  void polishSpellingsFoldToTheirEnglishTransliterations() {
    assertTrue(NameVariants.sameName("Jan Kowalczyk", "Jan Kovalchyk", "person"));   // w/v, cz/ch
    assertTrue(NameVariants.sameName("Krasnowiec", "Krasnovets", "place"));          // -wiec/-vets
    assertTrue(NameVariants.sameName("Bielawa", "Belawa", "place"));                 // softened ie/e
    assertTrue(NameVariants.sameName("Zielinski", "Zelinsky", "place"));
    assertFalse(NameVariants.sameName("Krasnowiec", "Krasnopol", "place"));
  }

  @Test
  void looseVariantsOfOneEventCoverGivenNamesInTwoLanguagesAndOneRareMisspelling() {
    assertTrue(NameVariants.looseSame("Halyna Bilous", "Galina Bilous", "person", false, false));      // H/G
    assertTrue(NameVariants.looseSame("Oleksiy Tkach", "Aleksey Tkach", "person", false, false));      // O-/A-
    assertTrue(NameVariants.looseSame("Mariya Zhukovska", "Maria Zhukovskaya", "person", false, false));
    assertTrue(NameVariants.looseSame("Kostiantyn Moroz", "Konstantin Moroz", "person", false, false));
    assertTrue(NameVariants.looseSame("Bohdan Kovalchuk", "Bohdan Kovalchyk", "person", false, true));
    assertFalse(NameVariants.looseSame("Bohdan Kovalchuk", "Bohdan Kovalchyk", "person", false, false),
        "two well-used spellings one letter apart are two names");
    assertFalse(NameVariants.looseSame("Ivan Petrenko", "Oleh Petrenko", "person", false, false));
    assertFalse(NameVariants.looseSame("Ivan Petrenko", "Ivan Petrenko Fund", "org", false, false));
    assertTrue(NameVariants.looseSame("Zarichnia", "Zarichna", "place", false, false));
    assertEquals(NameVariants.looseBlock("Halyna Hrebenko"), NameVariants.looseBlock("Galina Grebenko"));
  }

  @Test
  void anOblastIsTheRegionOfTheSameNameButNotTheTown() {
    assertTrue(NameVariants.sameName("Vardo Oblast", "Vardo region", "place"));
    assertEquals(NameVariants.blockingKey("Vardo Oblast", "place"), NameVariants.blockingKey("Vardo region", "place"));
    assertFalse(NameVariants.sameName("Vardo region", "Vardo", "place"));
    assertFalse(NameVariants.sameName("Vardo region", "Vardo district", "place"));
  }

  @Test
  void companyNamesWithAndWithoutTheirLegalFormAreOneOnlyLoosely() {
    assertTrue(NameVariants.looseSame("Valdor Chemical Group", "Valdor Chemicals", "org", false, false));
    assertFalse(NameVariants.looseSame("Valdor Chemicals", "Valdor Mining", "org", false, false));
  }

  @Test
  void aKnownShortFormOfAGivenNameIsLooselyTheSamePerson() {
    assertTrue(NameVariants.looseSame("Bill Harrow", "William Harrow", "person", false, false));
    assertTrue(NameVariants.looseSame("Misha Harrow", "Mikhail Harrow", "person", false, false));
    assertFalse(NameVariants.looseSame("Bill Harrow", "Robert Harrow", "person", false, false));
    assertFalse(NameVariants.looseSame("Bill Harrow", "William Harlow", "person", false, false));
  }
}
