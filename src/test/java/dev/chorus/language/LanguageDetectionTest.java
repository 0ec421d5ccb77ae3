package dev.chorus.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.testing.Languages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

  @Test
  void eachParagraphIsFoundInItsOwnLanguageAsAnIso6391Code() {
    for (Map.Entry<String, String> e : Languages.BY_CODE.entrySet()) {
      assertEquals(e.getKey(), LanguageDetection.language(null, e.getValue(), null), e.getValue());
    }
  }

  @Test
  void theTextOverrulesAWrongDeclaration() {
    // a CMS template's lang="en" on a German article
    assertEquals("de", LanguageDetection.language("Neuer Haushalt beschlossen", Languages.GERMAN, "en"));
    assertEquals("ru", LanguageDetection.language(null, Languages.RUSSIAN, "en-US"));
  }

  @Test
  void theDeclarationBreaksATieOnATextTooShortToTell() {
    String shortText = "Envoy Marek Halloran told reporters";
    String undeclared = LanguageDetection.language(null, shortText, null);
    assertNotEquals("en", undeclared, "the premise: alone, the detector gets this short text wrong");
    assertEquals("en", LanguageDetection.language(null, shortText, "en-GB"),
        "declared en wins a near tie (alone the detector says " + undeclared + ")");
  }

  @Test
  void aParagraphHasOneCandidateAndAHeadlineTooShortToTellSeveral() {
    for (String code : List.of("en", "de", "fr", "es", "ru")) {
      assertEquals(List.of(code), LanguageDetection.candidates(null, Languages.BY_CODE.get(code), null), code);
    }
    // kanji make a Japanese paragraph near Chinese: both are listed, Japanese first
    assertEquals("ja", LanguageDetection.candidates(null, Languages.JAPANESE, null).get(0));
    String headline = "Envoy Marek Halloran told reporters";
    List<String> undeclared = LanguageDetection.candidates(headline, null, null);
    assertTrue(undeclared.size() > 1 && undeclared.contains("en") && !undeclared.get(0).equals("en"),
        "English is a candidate, not the first: " + undeclared);
    assertEquals(List.of("en"), LanguageDetection.candidates(headline, null, "en"), "a declaration settles it");
  }

  @Test
  void declaredLanguagesAreNormalisedToIso6391() {
    assertEquals("en", LanguageDetection.normalise("en-GB"));
    assertEquals("pt", LanguageDetection.normalise("PT_br"));
    assertEquals("de", LanguageDetection.normalise("deu"));
    assertNull(LanguageDetection.normalise("english"));
    assertNull(LanguageDetection.normalise(null));
  }

  @Test
  void modelCodesWithoutAnIso6391FormMapToTheirMacrolanguageOrStayIso6393() {
    assertEquals("zh", LanguageDetection.iso1("cmn"));
    assertEquals("fa", LanguageDetection.iso1("pes"));
    assertEquals("ru", LanguageDetection.iso1("rus"));
    assertEquals("ceb", LanguageDetection.iso1("ceb"));
  }

  @Test
  void aTextWithoutLettersHasOnlyItsDeclaredLanguage() {
    assertNull(LanguageDetection.language(null, "12 345 — 67.8 %", null));
    assertEquals(List.of(), LanguageDetection.candidates(null, "12 345", null));
    assertEquals("fr", LanguageDetection.language(null, "12 345", "fr"));
  }
}
