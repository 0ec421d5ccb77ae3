package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementFinderTest {

  private static List<Claim> find(String sentence, ClaimContext ctx) {
    return StatementFinder.find(sentence, ctx);
  }

  private static Claim only(String sentence, ClaimContext ctx) {
    List<Claim> found = find(sentence, ctx);
    assertEquals(1, found.size(), () -> "claims: " + found);
    return found.get(0);
  }

  @Test
  void aCapitalThatActsIsItsCountrysGovernment() {
    Claim c = only("According to the Herald, Washington has recently floated the idea of a ceasefire in Ostland.",
        ClaimContext.empty());
    assertEquals("statement", c.kind());
    assertEquals("statement:United States", c.slot());
    assertEquals("floated the idea of a ceasefire in Ostland", c.value().substring(c.value().indexOf("floated")));
  }

  @Test
  void aCountryWithAuxiliaryAndNegation() {
    Claim c = only("“Vesnia will not legally recognise the annexation of the islands.", ClaimContext.empty());
    assertEquals("statement:Vesnia", c.slot());
    assertTrue(c.value().startsWith("will not legally recognise"), c.value());
  }

  @Test
  void aPronounIsThePersonNamedBefore() {
    ClaimContext ctx = new ClaimContext(null, "Marek Holm spoke to reporters on Monday.", List.of("Marek Holm"));
    Claim c = only("Recently, he expressed frustration over the slow pace of the talks.", ctx);
    assertEquals("statement:Marek Holm", c.slot());
  }

  @Test
  void aTitledNameAfterThatIsTheSubject() {
    Claim c = only("She added that Prime Minister Anna Berg has been 'continually frustrated with both sides.'",
        ClaimContext.empty());
    assertEquals("statement:Anna Berg", c.slot());
  }

  @Test
  void aNameAfterAPrepositionOrObjectVerbIsNoActor() {
    assertEquals(List.of(), find("The envoy met Anna Berg, who rejected the plan outright.", ClaimContext.empty()));
    assertEquals(List.of(), find("Talks with Vesnia rejected nothing.", ClaimContext.empty()));
  }

  @Test
  void meetingsAndSpeechAreNotStatements() {
    assertEquals(List.of(), find("Anna Berg met Marek Holm in Kadrovo on Friday.", ClaimContext.empty()));
    assertEquals(List.of(), find("Anna Berg said the talks were useful.", ClaimContext.empty()));
  }

  @Test
  void superlativesCompareWithANormalisedReference() {
    Claim a = only("It is the most mortal war in Europe since World War II.", ClaimContext.empty());
    Claim b = only("Rubio spoke of Europe’s bloodiest conflict since the Second World War.", ClaimContext.empty());
    assertEquals("since:World War II", a.slot());
    assertEquals(a.slot(), b.slot());
    Claim c = only("It was the deadliest flood since the First World War.", ClaimContext.empty());
    assertEquals("since:World War I", c.slot(), "another war is another reference");
  }

  @Test
  void wordsEndingInEstAreNotAlwaysSuperlatives() {
    assertEquals(List.of(), find("The largest protest since 2019 was peaceful.", ClaimContext.empty()).stream()
        .filter(c -> c.value().startsWith("protest")).toList());
    assertEquals(List.of(), find("Interest since 2019 has grown.", ClaimContext.empty()));
  }

  private static List<Claim> descriptions(String sentence, ClaimContext ctx) {
    return find(sentence, ctx).stream().filter(c -> c.kind().equals("description")).toList();
  }

  @Test
  void aDescriptionRunsFromItsVerbToTheEndOfItsClause() {
    List<Claim> a = descriptions("Anna Berg has become Vesnia’s chief negotiator with the rebels while the army "
        + "presses on, officials said.", ClaimContext.empty());
    assertEquals(1, a.size(), () -> "claims: " + a);
    assertEquals("description:Anna Berg", a.get(0).slot());
    assertEquals("has become Vesnia’s chief negotiator with the rebels", a.get(0).value());
    List<Claim> b = descriptions("According to the Herald, Berg is now a key figure in the talks between the two "
        + "capitals amid fears of a new offensive.", new ClaimContext(null, "", List.of("Anna Berg")));
    assertEquals("description:Anna Berg", b.get(0).slot(), "a surname is the person the article names in full");
    assertEquals("is now a key figure in the talks between the two capitals", b.get(0).value());
    Claim c = descriptions("He remains the party's leader.", new ClaimContext(null, "Marek Holm spoke on Monday.",
        List.of("Marek Holm"))).get(0);
    assertEquals("description:Marek Holm", c.slot());
    assertEquals("remains the party's leader", c.value());
  }

  @Test
  void aPlainDefinitionOrAnObjectIsNoDescription() {
    assertEquals(List.of(), descriptions("Anna Berg is a lawyer from Kadrovo.", ClaimContext.empty()),
        "who someone is, not what the story made of them");
    assertEquals(List.of(), descriptions("The envoy met Anna Berg, who has become the chief negotiator.",
        ClaimContext.empty()));
    assertEquals(List.of(), descriptions("Anna Berg has become the, well, face of it.", ClaimContext.empty()),
        "a determiner and nothing after it");
    assertEquals(List.of(), descriptions("Anna Berg is now expected to resign.", ClaimContext.empty()));
  }
}
