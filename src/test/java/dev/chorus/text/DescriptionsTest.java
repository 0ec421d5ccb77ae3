package dev.chorus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptionsTest {

  private static List<String> keys(String sentence) {
    return Descriptions.find(sentence).stream().map(Mention::text).toList();
  }

  @Test
  void aNationalityAndAnOfficeDescribeAPerson() {
    assertEquals(List.of("Russia|leader"), keys("Peskov said the Russian leader might meet him."));
    assertEquals(List.of("United States|leader"), keys("They met after the US leader returned home."));
  }

  @Test
  void anOfficeOfACountryOrOfItsSeatOfGovernment() {
    assertEquals(List.of("Russia|leader"), keys("He had three meetings with the leader of the Kremlin."));
    assertEquals(List.of("United States|president"), keys("The envoy of the president of the United States arrived."));
    assertEquals(List.of("United States|president"), keys("Special Envoy of @POTUS, @AnnaBerg."));
  }

  @Test
  void aTitleBeforeANameIsNoDescription() {
    assertEquals(List.of(), keys("The Russian President Ilya Vostrikov arrived."));
    assertEquals(List.of(), keys("He met the Ostland president Marek Holm."));
  }

  @Test
  void anOrganisationNamedAfterACountryIsNoCountry() {
    assertEquals(List.of(), keys("He met the president of the Russian Direct Investment Fund."));
    assertEquals(List.of(), keys("The head of the Vesnian Rail Company spoke."));
  }

  @Test
  void aPersonsTitleAnswersTheDescriptionsOfItsOfficeUnlessFormer() {
    assertEquals(List.of("Russia|president", "Russia|leader"), Descriptions.keys("Russian President"));
    assertEquals(List.of("Russia|president", "Russia|leader"), Descriptions.keys("President of Russia"));
    assertEquals(List.of("United States|president", "United States|leader"), Descriptions.keys("US President"));
    assertEquals(List.of(), Descriptions.keys("former US President"));
    assertEquals(List.of(), Descriptions.keys("US Special Envoy"));
    assertEquals(List.of(), Descriptions.keys("President of the Russian Direct Investment Fund"));
  }

  @Test
  void aCountryTheLexiconLacksStillMeetsItsAdjective() {
    List<String> desc = keys("Talks with the Vesnian leader resumed.");
    assertEquals(1, desc.size());
    assertEquals(desc.get(0), Descriptions.keys("President of Vesnia").get(1));
    assertEquals(List.of(), Descriptions.keys("President of Ostland").stream().filter(desc::contains).toList());
  }

  @Test
  void countriesByNameAdjectiveAcronymAndSeat() {
    assertEquals("United States", Countries.named("U.S."));
    assertEquals("United States", Countries.named("USA"));
    assertEquals("Russia", Countries.named("the Kremlin"));
    assertEquals("Ukraine", Countries.named("Ukrainian"));
    assertEquals("Ukraine", Countries.named("Ukraine"));
    assertNull(Countries.named("Kadrovo"));
    assertEquals("United States", Countries.actor("Washington"));
    assertEquals("Kadrovo", Countries.actor("Kadrovo"));
  }

  @Test
  void anOfficeStandingAloneIsALocalDescriptionThatItsHolderAnswers() {
    assertEquals(List.of("*|governor"), keys("Later the governor visited the hospital."));
    assertEquals(List.of("*|leader"), keys("The country's leader sent condolences."));
    assertEquals(List.of("*|president"), keys("Officials said the President would visit."));
    assertEquals(List.of(), keys("The governor Ivan Tarkov arrived."));
    assertEquals(List.of(), keys("The governor of the bank spoke."));
    assertEquals(List.of("*|governor"), Descriptions.localKeys("regional governor"));
    assertEquals(List.of("*|governor"), Descriptions.localKeys("governor of the Tarnava region"));
    assertEquals(List.of("*|president", "*|leader"), Descriptions.localKeys("President"));
    assertEquals(List.of(), Descriptions.localKeys("deputy governor"));
    assertEquals(List.of(), Descriptions.localKeys("former President"));
    assertEquals(List.of(), Descriptions.localKeys("President of the Vesnian Rail Company"));
  }

  @Test
  void aPublicBodyInLowerCaseIsDescribedByItsWordsWithoutTheLevel() {
    String s = "The environmental inspectorate says the dust is mostly fertiliser.";
    List<Mention> found = Descriptions.find(s);
    assertEquals(List.of(new Mention("org|environmental inspectorate", Descriptions.KIND, null, 4, 30)), found);
    assertEquals(List.of("org|rescue service"), keys("Ptak, head of the regional rescue service, said so."));
    // one word left after the level is too general: "the regional office"
    assertEquals(List.of(), keys("He called the regional office on Monday."));
  }

  @Test
  void aCapitalsBuildingThatOneSeatOfGovernmentIsNamesTheSeat() {
    String s = "They dined at a restaurant near Moscow’s historic fortress.";
    int b = s.indexOf("Moscow");
    assertEquals(List.of(new Mention("Kremlin", Mention.ORG, null, b, s.length() - 1)), Descriptions.find(s));
    assertEquals(List.of(), keys("They dined near Vesnia’s historic fortress."));
    assertEquals(List.of(), keys("They dined near Moscow’s historic cathedral."));
  }
}
