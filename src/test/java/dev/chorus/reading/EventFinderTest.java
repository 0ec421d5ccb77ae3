package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventFinderTest {

  private static List<String> values(String sentence, String slot, boolean meetingLength) {
    return EventFinder.find(sentence, ClaimContext.empty(), meetingLength).stream()
        .filter(c -> c.slot().equals(slot)).map(Claim::value).toList();
  }

  @Test
  void metAndHeldAMeetingNameTheSameSortedPair() {
    String a = "Vesnian President Ilya Vostrin met Ostland envoy Marek Holm in Kadrin.";
    String b = "Ostland Special Envoy Marek Holm held a high-level meeting with President Ilya Vostrin.";
    assertEquals(List.of("Ilya Vostrin; Marek Holm"), values(a, "meeting.participants", false));
    assertEquals(List.of("Ilya Vostrin; Marek Holm"), values(b, "meeting.participants", false));
  }

  @Test
  void subjectAfterAnAppositive() {
    String s = "Ostland President Dana Rook's special envoy, Marek Holm, met President Ilya Vostrin.";
    assertEquals(List.of("Ilya Vostrin; Marek Holm"), values(s, "meeting.participants", false));
  }

  @Test
  void namesAreResolvedThroughTheContext() {
    ClaimContext ctx = new ClaimContext(null, null, List.of("Ilya Vostrin", "Marek Holm"));
    List<Claim> found = EventFinder.find("Holm and Vostrin met again on Friday.", ctx, false);
    assertEquals("Ilya Vostrin; Marek Holm", found.get(0).value());
  }

  @Test
  void withForAMeetingLengthIsAMeetingEvenWithoutVerb() {
    String s = "The envoy, Marek Holm, with President Ilya Vostrin for three hours in Kadrin.";
    assertEquals(List.of("Ilya Vostrin; Marek Holm"), values(s, "meeting.participants", true));
    assertTrue(values(s, "meeting.participants", false).isEmpty());
  }

  @Test
  void attendeesOnePerClaimStoppingAtDescriptions() {
    String s = "The meeting was also attended by Presidential Aide Yury Sarvin and Kiril Dobrev, "
        + "CEO of the Vesnian Development Fund and Vostrin's envoy for investment.";
    assertEquals(List.of("Yury Sarvin", "Kiril Dobrev"), values(s, "meeting.attendee", false));
  }

  @Test
  void hypotheticalMeetingsAreNoEvents() {
    assertTrue(EventFinder.find("Sarvin said they had not discussed a meeting between Vostrin and "
        + "Chancellor Irena Dal.", ClaimContext.empty(), false).isEmpty());
    assertTrue(EventFinder.find("Rook and Vostrin have yet to meet in person.", ClaimContext.empty(),
        false).isEmpty());
  }
}
