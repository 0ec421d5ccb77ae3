package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

  private static final ClaimContext MARCH_7 = new ClaimContext("2025-03-07", null, List.of());

  private static Optional<Claim> first(List<Claim> claims, String kind) {
    return claims.stream().filter(c -> c.kind().equals(kind)).findFirst();
  }

  private static List<Claim> ofKind(List<Claim> claims, String kind) {
    return claims.stream().filter(c -> c.kind().equals(kind)).toList();
  }

  @Test
  void leadSentenceYieldsEveryKindOfFact() {
    List<Claim> claims = ClaimExtractor.extract("Ostland's special envoy Marek Holm met Vesnian "
        + "President Ilya Vostrin for nearly five hours at the Granite Hall in Kadrin on Thursday.",
        MARCH_7);
    Claim d = first(claims, "duration").orElseThrow();
    assertEquals("meeting.duration", d.slot());
    assertEquals("PT5H", d.value());
    assertEquals("about", d.qualifier());
    Claim date = first(claims, "date_time").orElseThrow();
    assertEquals("meeting.date", date.slot());
    assertEquals("2025-03-06", date.value());
    assertEquals(List.of("Granite Hall", "Kadrin"), ofKind(claims, "place").stream().map(Claim::value).toList());
    assertEquals("Ilya Vostrin; Marek Holm", first(claims, "event").orElseThrow().value());
    assertEquals(List.of("role:Marek Holm=envoy", "role:Ilya Vostrin=president"),
        ofKind(claims, "person_role").stream().map(c -> c.slot() + "=" + c.value()).toList());
  }

  @Test
  void twoWordingsOfOneMeetingAgreeOnSlotAndValue() {
    List<Claim> a = ClaimExtractor.extract("The three-hour-long meeting was also attended by Aide Yury Sarvin.", MARCH_7);
    List<Claim> b = ClaimExtractor.extract("Holm talked with Vostrin for three hours in Kadrin.", MARCH_7);
    Claim da = first(a, "duration").orElseThrow();
    Claim db = first(b, "duration").orElseThrow();
    assertEquals(da.slot(), db.slot());
    assertEquals(da.value(), db.value());
    assertEquals("Yury Sarvin", first(a, "event").orElseThrow().value());
  }

  @Test
  void surnameAndPronounResolveThroughContext() {
    ClaimContext ctx = new ClaimContext(null, "Presidential aide Yury Sarvin spoke after the talks.",
        List.of("Marek Holm", "Yury Sarvin"));
    Claim surname = first(ClaimExtractor.extract("“It was useful,” Sarvin noted.", ctx), "quote").orElseThrow();
    Claim pronoun = first(ClaimExtractor.extract("“It was useful,” he said.", ctx), "quote").orElseThrow();
    assertEquals("quote:Yury Sarvin", surname.slot());
    assertEquals("quote:Yury Sarvin", pronoun.slot());
    assertEquals("It was useful", pronoun.value());
  }

  @Test
  void hashtagsAndHandlesStillNamePeopleAndOffsetsStayValid() {
    String s = "“On April 25, President of Vesnia Ilya #Vostrin met in the Palace with Envoy Marek Holm.”";
    List<Claim> claims = ClaimExtractor.extract(s, new ClaimContext(null, "The ministry posted:", List.of()));
    assertTrue(claims.stream().anyMatch(c -> c.slot().equals("role:Ilya Vostrin")), claims::toString);
    for (Claim c : claims) {
      assertTrue(0 <= c.begin() && c.begin() <= c.end() && c.end() <= s.length(), c::toString);
    }
  }

  @Test
  void yearsAndAgoAreNoQuantities() {
    List<Claim> claims = ClaimExtractor.extract(
        "“If Dorn wanted the valley, he should have fought for it 11 years ago in 2014,” Rook wrote.",
        ClaimContext.empty());
    assertTrue(ofKind(claims, "quantity").isEmpty(), claims::toString);
    assertTrue(ofKind(claims, "duration").isEmpty(), claims::toString);
    assertEquals("Rook", first(claims, "quote").orElseThrow().speaker());
  }

  @Test
  void datelineIsNeitherPlaceNorDate() {
    List<Claim> claims = ClaimExtractor.extract(
        "Kadrin [Vesnia], April 12 (NPA): The envoy arrived for talks.", MARCH_7);
    assertTrue(ofKind(claims, "place").isEmpty(), claims::toString);
    assertTrue(ofKind(claims, "date_time").isEmpty(), claims::toString);
  }

  @Test
  void neverThrowsAndReturnsNothingForJunk() {
    assertEquals(List.of(), ClaimExtractor.extract(null, null));
    assertEquals(List.of(), ClaimExtractor.extract("", ClaimContext.empty()));
    assertEquals(List.of(), ClaimExtractor.extract("   \n\t", null));
    assertEquals(List.of(), ClaimExtractor.extract("x".repeat(100_000), null));
    String weird = "“”‘’\"' #@ 🙂🙂 \u0000 \uD800 Ž Š – — … 1,,, $€ -hour 0-hour ,” said.";
    ClaimExtractor.extract(weird, new ClaimContext("not-a-date", weird, null));
    ClaimExtractor.extract("On February 30, they met.", new ClaimContext("2025-13-45", null, List.of()));
    String many = "Holm met Vostrin, ".repeat(100) + "for 3 hours.";
    ClaimExtractor.extract(many, ClaimContext.empty());
  }

  @Test
  void deterministic() {
    String s = "Dmitri Pell, a spokesman for the Vesnian government, told journalists that talks "
        + "with Envoy Marek Holm on Friday lasted more than four hours.";
    assertEquals(ClaimExtractor.extract(s, MARCH_7), ClaimExtractor.extract(s, MARCH_7));
  }

  @Test
  void personNamesDropTitlesAndHeadlines() {
    assertEquals(List.of("Ilya Vostrin", "Marek Holm"),
        ClaimExtractor.personNames("Vesnian President Ilya Vostrin met Special Envoy Marek Holm."));
    assertEquals(List.of(), ClaimExtractor.personNames("Valley Talks Back on the Table?"));
    assertEquals(List.of(), ClaimExtractor.personNames(null));
  }

  @Test
  void aLookBackAtAnEarlierMeetingIsNotThisMeetingsSetting() {
    List<Claim> claims = ClaimExtractor.extract(
        "The envoy met the president at the Stone Hall, three weeks after their first meeting in Velgrad.",
        ClaimContext.empty());
    List<String> places = claims.stream().filter(c -> c.kind().equals("place"))
        .map(c -> c.slot() + "=" + c.value()).toList();
    assertEquals(List.of("meeting.place=Stone Hall", "earlier_meeting.place=Velgrad"), places);
  }
}
