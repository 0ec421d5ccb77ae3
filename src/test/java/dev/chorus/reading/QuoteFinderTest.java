package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private static final ClaimContext PEOPLE =
      new ClaimContext(null, null, List.of("Marek Holm", "Yury Sarvin", "Ilse Brand"));

  private static Claim only(String sentence, ClaimContext ctx) {
    List<Claim> found = QuoteFinder.find(sentence, ctx);
    assertEquals(1, found.size(), () -> "claims: " + found);
    return found.get(0);
  }

  @Test
  void quoteThenSurnameAndVerbResolvesTheFullName() {
    Claim c = only("“The talks were frank and useful,” Sarvin said.", PEOPLE);
    assertEquals("quote", c.kind());
    assertEquals("quote:Yury Sarvin", c.slot());
    assertEquals("Yury Sarvin", c.speaker());
    assertEquals("The talks were frank and useful", c.value());
  }

  @Test
  void verbBeforeNameAfterTheQuote() {
    Claim c = only("\"We made progress today,\" said envoy Marek Holm.", ClaimContext.empty());
    assertEquals("Marek Holm", c.speaker());
    assertEquals("We made progress today", c.value());
  }

  @Test
  void speakerBeforeTheQuoteWithColonOrComma() {
    assertEquals("Ilse Brand",
        only("Writing on social media, Brand said: “The river has won this round.”", PEOPLE).speaker());
    assertEquals("Marek Holm",
        only("Marek Holm wrote on social networks: “Hold the line!”", ClaimContext.empty()).speaker());
  }

  @Test
  void pronounSpeakerComesFromThePreviousSentence() {
    ClaimContext ctx = new ClaimContext(null,
        "The Vesnian foreign policy aide, Yuri Sarvin, who met Holm on Friday, spoke later.", List.of());
    assertEquals("Yuri Sarvin", only("“This meeting helped,” he told reporters.", ctx).speaker());
  }

  @Test
  void quoteFillingTheSentenceContinuesThePreviousSpeaker() {
    ClaimContext ctx = new ClaimContext(null, "Later Ilse Brand said:", List.of("Ilse Brand"));
    Claim c = only("“We have never seen the water come this fast.”", ctx);
    assertEquals("Ilse Brand", c.speaker());
    ClaimContext prevQuote = new ClaimContext(null, "“It was hard,” Holm said.", PEOPLE.people());
    assertEquals("Marek Holm", only("“But we will rebuild.”", prevQuote).speaker());
  }

  @Test
  void scareQuotedWordWithByAgentAndCitingSource() {
    assertEquals("Tomas Vark",
        only("The meeting was described as “productive” by Vesnian official Tomas Vark.",
            ClaimContext.empty()).speaker());
    List<Claim> cited = QuoteFinder.find(
        "Citing presidential aide Yury Sarvin, the Courier reported that the talks were “useful.”",
        ClaimContext.empty());
    assertTrue(cited.stream().allMatch(c -> c.speaker().equals("Yury Sarvin")), cited::toString);
    // the quoted word is a fragment of the reported clause, which is the claim
    assertEquals(List.of("the talks were useful"), cited.stream().map(Claim::value).toList());
  }

  @Test
  void aFragmentQuotedInsideReportedSpeechIsPartOfTheClause() {
    Claim c = only("Marek Holm, the regional fire chief, said the roof had collapsed “within minutes”, leaving"
        + " his crews outside.", ClaimContext.empty());
    assertEquals("Marek Holm", c.speaker());
    assertEquals("the roof had collapsed within minutes, leaving his crews outside", c.value());
    // a quoted sentence after the clause is still its own quote
    Claim q = only("Ilse Brand said the dam held, adding: “We were lucky.”", ClaimContext.empty());
    assertEquals("We were lucky", q.value());
  }

  @Test
  void aQuoteSplitOverTwoSentencesIsOneQuoteOfTheSpeakerNamedAtItsEnd() {
    ClaimContext straight = new ClaimContext(null, "\"The roof came down within minutes.", PEOPLE.people());
    Claim s = only("My men could not get inside,\" Holm said.", straight);
    assertEquals("Marek Holm", s.speaker());
    assertEquals("The roof came down within minutes. My men could not get inside", s.value());
    ClaimContext curly = new ClaimContext(null, "“Nothing will be hidden.", List.of());
    Claim c = only("We owe the families the truth,” said Ilse Brand, the chief executive.", curly);
    assertEquals("Ilse Brand", c.speaker());
    assertEquals("Nothing will be hidden. We owe the families the truth", c.value());
    // an opening straight mark is not a closing one
    assertEquals("We will rebuild", only("Holm said: \"We will rebuild.\"", PEOPLE).value());
  }

  @Test
  void reportedSpeechToANamedListenerAfterACoordinatedVerbOrAsAView() {
    assertEquals("the bridge would reopen in May",
        only("Marek Holm told Radio Vesna 24 that the bridge would reopen in May.", ClaimContext.empty()).value());
    Claim coordinated = only("Ilse Brand, the mayor, arrived by train at noon and promised that the town would"
        + " hide nothing.", ClaimContext.empty());
    assertEquals("Ilse Brand", coordinated.speaker());
    assertEquals("the town would hide nothing", coordinated.value());
    Claim view = only("Mayor Ilse Brand repeated her view that the floods were „a warning, not bad luck”.",
        ClaimContext.empty());
    assertEquals("Ilse Brand", view.speaker());
    assertEquals("a warning, not bad luck", view.value());
  }

  @Test
  void reportedSpeechWithThat() {
    Claim c = only("Spokesman Dmitri Pell told journalists that the talks would continue.",
        ClaimContext.empty());
    assertEquals("Dmitri Pell", c.speaker());
    assertEquals("the talks would continue", c.value());
  }

  @Test
  void appositiveBetweenSpeakerAndVerbIsSkipped() {
    Claim c = only("Dmitri Pell, a spokesman for the Vesnian government, said that talks would go on.",
        ClaimContext.empty());
    assertEquals("Dmitri Pell", c.speaker());
  }

  @Test
  void describedAsGivesTheAssessment() {
    Claim c = only("The aide, Yuri Sarvin, who sat in on Friday, described the meeting as calm and useful.",
        ClaimContext.empty());
    assertEquals("Yuri Sarvin", c.speaker());
    assertEquals("calm and useful", c.value());
  }

  @Test
  void organisationsSpeakToo() {
    Claim c = only("The Kremlin said the meeting 'focused on the settlement', without elaborating.",
        ClaimContext.empty());
    assertEquals("Kremlin", c.speaker());
    assertEquals("focused on the settlement", c.value());
  }

  @Test
  void aPlaceBeforeTheVerbIsNotTheSpeaker() {
    assertTrue(QuoteFinder.find("Diplomats in Kadrin said the hardest points remained open.",
        ClaimContext.empty()).isEmpty());
  }

  @Test
  void noSpeakerNoClaim() {
    assertTrue(QuoteFinder.find("The slogan “peace now” was painted on walls.", ClaimContext.empty())
        .isEmpty());
  }

  @Test
  void anAnswerCarriesItsQuestionAsQualifier() {
    Claim c = only("When asked if a Holm-Brand meeting was discussed, Sarvin said, “Let’s see.”", PEOPLE);
    assertEquals("Yury Sarvin", c.speaker());
    assertEquals("Let’s see", c.value());
    assertEquals("asked: if a Holm-Brand meeting was discussed", c.qualifier());
  }

  @Test
  void whatASpeakerCalledSomethingIsWhatTheySaid() {
    ClaimContext ctx = new ClaimContext(null, "Mayor Ilse Brand visited the flooded quarter.", List.of());
    Claim c = only("Standing on the bank, she called this the worst flood in living memory.", ctx);
    assertEquals("Ilse Brand", c.speaker());
    assertEquals("the worst flood in living memory", c.value());
    assertEquals("a betrayal of the valley",
        only("Marek Holm called the deal a betrayal of the valley.", PEOPLE).value());
    // a name given, a call for something, a thing being called: no quotes
    assertTrue(QuoteFinder.find("Marek Holm called for a new vote.", PEOPLE).isEmpty());
    assertTrue(QuoteFinder.find("The dog was called the Duke of the valley.", PEOPLE).isEmpty());
  }
}
