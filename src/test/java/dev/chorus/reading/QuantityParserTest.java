package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.text.NumberWords;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityParserTest {

  private static Claim only(String sentence) {
    List<Claim> found = QuantityParser.find(sentence);
    assertEquals(1, found.size(), () -> "claims: " + found);
    return found.get(0);
  }

  @Test
  void deathsInWordsAndDigitsShareOneSlot() {
    Claim words = only("Nineteen people died when the Marl river burst its banks.");
    Claim digits = only("The floods in Tessary killed 19 people overnight.");
    assertEquals("count:people_killed", words.slot());
    assertEquals("count:people_killed", digits.slot());
    assertEquals(19.0, words.valueNum());
    assertEquals("19", digits.value());
    assertEquals("people", words.unit());
  }

  @Test
  void residentsAreCountedAsPeopleWithTheirQualifier() {
    Claim c = only("More than 2,300 residents were evacuated from Lenby.");
    assertEquals("count:people_evacuated", c.slot());
    assertEquals(2300.0, c.valueNum());
    assertEquals("more_than", c.qualifier());
    assertEquals("about", only("About 2,300 people were evacuated.").qualifier());
    assertEquals("at_least", only("At least six residents are still missing.").qualifier());
  }

  @Test
  void countedNounIsTheSlotAndItsSingularTheUnit() {
    Claim c = only("The deal frees forty-eight detainees held in Marrow.");
    assertEquals("count:detainees", c.slot());
    assertEquals("detainee", c.unit());
    assertEquals(48.0, c.valueNum());
    assertEquals("count:officials", only("Two officials familiar with the talks agreed.").slot());
  }

  @Test
  void hyphenatedUnitCountsTheThingItQualifies() {
    Claim c = only("Envoy Dara Quill brought a 12-point plan to Velm.");
    assertEquals("count:plan_points", c.slot());
    assertEquals("point", c.unit());
    assertEquals(12.0, c.valueNum());
  }

  @Test
  void moneyInTwoCurrenciesIsOneClaimInThePrimaryCurrency() {
    Claim c = only("Ostland offered a €4 billion ($4.3 billion) reconstruction credit.");
    assertEquals("amount:credit", c.slot());
    assertEquals(4e9, c.valueNum());
    assertEquals("EUR", c.unit());
    Claim after = only("It offered a reconstruction credit of €4 billion for the valley.");
    assertEquals("amount:credit", after.slot());
    assertEquals(4e9, after.valueNum());
  }

  @Test
  void deathTollWithoutNounCountsPeopleKilled() {
    Claim c = only("The death toll rose to 19 on Monday.");
    assertEquals("count:people_killed", c.slot());
  }

  @Test
  void yearsDatesTimesAndDurationsAreNoCounts() {
    assertTrue(QuantityParser.find("The war began in 2022.").isEmpty());
    assertTrue(QuantityParser.find("He should have fought 11 years ago.").isEmpty());
    assertTrue(QuantityParser.find("The strike on April 4 shocked the town.").isEmpty());
    assertTrue(QuantityParser.find("The vote closed at 10:30 sharp.").isEmpty());
    assertTrue(QuantityParser.find("They talked for three hours.").isEmpty());
    assertTrue(QuantityParser.find("One thing is certain.").isEmpty());
  }

  @Test
  void longNumberWordsAreNotCutShort() {
    assertEquals(14.0, only("Fourteen people were injured.").valueNum());
    assertEquals("count:people_injured", only("Fourteen people were injured.").slot());
  }

  @Test
  void eachCountTakesTheCasualtyVerbOfItsOwnClauseWhateverItsNoun() {
    List<Claim> found = QuantityParser.find("A dozen miners were killed and 27 people injured in the collapse.");
    assertEquals(2, found.size(), () -> "claims: " + found);
    assertEquals("count:people_killed", found.get(0).slot());
    assertEquals(12.0, found.get(0).valueNum());
    assertEquals("count:people_injured", found.get(1).slot());
    assertEquals(27.0, found.get(1).valueNum());
    Claim digits = only("The collapse killed 12 miners.");
    assertEquals("count:people_killed", digits.slot());
  }

  @Test
  void aCountWithTheCasualtyVerbRightAfterItCountsPeople() {
    List<Claim> found = QuantityParser.find("Nine people died and 14 injured after the bridge gave way.");
    assertEquals(List.of("count:people_killed", "count:people_injured"), found.stream().map(Claim::slot).toList());
    assertEquals(14.0, found.get(1).valueNum());
  }

  @Test
  void thingsReleasedAreNoPeople() {
    // a weight now, in kilograms; what matters here is that no people are counted
    assertEquals("measure:weight", only("The leak released 20 tonnes of chlorine.").slot());
  }

  @Test
  void aSecondCountAfterTheFirstNounIsFoundToo() {
    List<Claim> found = QuantityParser.find("Two men drowned and five people were hurt when the ferry capsized.");
    assertTrue(found.stream().anyMatch(c -> c.valueNum() == 5.0 && c.slot().equals("count:people_injured")),
        () -> "claims: " + found);
    assertTrue(found.stream().anyMatch(c -> c.valueNum() == 2.0), () -> "claims: " + found);
  }

  @Test
  void aBareCountTakesTheCasualtyVerbBeforeIt() {
    List<Claim> found = QuantityParser.find("The landslide buried a bus, killing 7 passengers and injuring 22, police said.");
    assertTrue(found.stream().anyMatch(c -> c.valueNum() == 22.0 && c.slot().equals("count:people_injured")),
        () -> "claims: " + found);
    Claim eight = only("The blast in the mill killed the foreman and injured eight.");
    assertEquals("count:people_injured", eight.slot());
    assertEquals(8.0, eight.valueNum());
  }

  @Test
  void aRelativeClauseAboutAnotherNounLendsNoVerb() {
    Claim c = only("The firm will pay 40,000 francs to the family of each miner who died.");
    assertEquals("count:francs", c.slot());
    Claim own = only("The 14 miners who died were buried on Sunday.");
    assertEquals("count:people_killed", own.slot());
  }

  @Test
  void twelveAndTwelveInDigitsAndADozenAreOneNumber() {
    Claim digits = only("The storm killed 12 fishermen.");
    Claim words = only("The storm killed twelve fishermen.");
    Claim dozen = only("The storm killed a dozen fishermen.");
    assertEquals(12.0, digits.valueNum());
    assertEquals(12.0, words.valueNum());
    assertEquals(12.0, dozen.valueNum());
    assertEquals(digits.slot(), dozen.slot());
    assertEquals(digits.value(), dozen.value());
  }

  @Test
  void distancesAreMetresHoweverWritten() {
    Claim attached = only("The village lies 25km from the dam.");
    Claim spelt = only("The village lies 25 kilometres from the dam.");
    Claim american = only("The village lies 25 kilometers from the dam.");
    assertEquals("measure:distance", attached.slot());
    assertEquals(25000.0, attached.valueNum());
    assertEquals("m", attached.unit());
    assertEquals(attached.valueNum(), spelt.valueNum());
    assertEquals(attached.valueNum(), american.valueNum());
    assertEquals(1200.0, only("The convoy was stopped 1.2 km short of the border.").valueNum());
    Claim radius = only("Everyone within a 3-km radius was told to leave.");
    assertEquals("measure:distance", radius.slot());
    assertEquals(3000.0, radius.valueNum());
  }

  @Test
  void areasWeightsVolumesAndPercentagesHaveTheirBaseUnit() {
    Claim area = only("The fire burned 40 hectares of forest.");
    assertEquals("measure:area", area.slot());
    assertEquals(400000.0, area.valueNum());
    assertEquals(2e6, only("Floods covered 2 square kilometres of farmland.").valueNum());
    Claim weight = only("The depot held about 220 tonnes of fertiliser.");
    assertEquals("measure:weight", weight.slot());
    assertEquals(220000.0, weight.valueNum());
    assertEquals("about", weight.qualifier());
    Claim volume = only("Some 5,000 litres of diesel leaked into the canal.");
    assertEquals("measure:volume", volume.slot());
    assertEquals(5000.0, volume.valueNum());
    Claim sign = only("Turnout fell to 41.5% on Sunday.");
    Claim words = only("Turnout fell to 41.5 per cent on Sunday.");
    assertEquals("percent", sign.slot());
    assertEquals(41.5, sign.valueNum());
    assertEquals(sign.valueNum(), words.valueNum());
    assertEquals(sign.slot(), words.slot());
  }

  @Test
  void aMillionIsStillAMillion() {
    Claim c = only("The club paid £5m for the striker.");
    assertEquals(5e6, c.valueNum());
    assertEquals("GBP", c.unit());
  }

  @Test
  void partitiveCountsWhatFollowsOf() {
    Claim c = only("Nine of the miners were rescued on Sunday.");
    assertEquals("count:miners", c.slot());
    assertEquals(9.0, c.valueNum());
    Claim pronoun = only("Three of them died in hospital.");
    assertEquals("count:people_killed", pronoun.slot());
    assertEquals(3.0, pronoun.valueNum());
    assertTrue(QuantityParser.find("Four of them waited outside.").isEmpty());
  }

  @Test
  void anAsideBetweenCommasDoesNotHideTheVerb() {
    Claim c = only("Eleven of our drivers, most of them on the early route, lost their lives.");
    assertEquals("count:people_killed", c.slot());
    assertEquals(11.0, c.valueNum());
    assertEquals("count:people_injured", only("Forty passengers, the operator said, were hurt.").slot());
    // a list is no aside: the verb after it belongs to the last item
    List<Claim> list = QuantityParser.find("Six guards, two cooks, were detained.");
    assertEquals("count:guards", list.get(0).slot());
  }
}
