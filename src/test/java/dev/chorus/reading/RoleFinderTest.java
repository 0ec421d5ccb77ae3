package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleFinderTest {

  private static Claim role(String sentence, String person) {
    return RoleFinder.find(sentence, ClaimContext.empty()).stream()
        .filter(c -> c.slot().equals("role:" + person)).findFirst()
        .orElseThrow(() -> new AssertionError("no role for " + person + " in "
            + RoleFinder.find(sentence, ClaimContext.empty())));
  }

  @Test
  void titleBeforeTheName() {
    Claim c = role("Foreign Minister Anton Lasko arrived late.", "Anton Lasko");
    assertEquals("person_role", c.kind());
    assertEquals("foreign minister", c.value());
    assertEquals("Anton Lasko", c.subject());
    assertNull(c.qualifier());
  }

  @Test
  void formerTitleIsQualified() {
    Claim c = role("Talks included former foreign minister Anton Lasko.", "Anton Lasko");
    assertEquals("foreign minister", c.value());
    assertEquals("former", c.qualifier());
    assertEquals("former", role("The row grew as former Ostland President Dana Rook spoke.",
        "Dana Rook").qualifier());
  }

  @Test
  void synonymousTitlesShareOneRole() {
    assertEquals("aide", role("Presidential Aide Yury Sarvin attended.", "Yury Sarvin").value());
    assertEquals("aide", role("The Vesnian foreign policy assistant, Yuri Sarvin, spoke.", "Yuri Sarvin").value());
    assertEquals("spokesperson", role("Kremlin spokesperson Dmitri Pell spoke.", "Dmitri Pell").value());
    assertEquals("spokesperson",
        role("Dmitri Pell, a spokesman for the Vesnian government, spoke.", "Dmitri Pell").value());
    assertEquals("head", role("Kiril Dobrev, CEO of the Vesnian Development Fund, came.", "Kiril Dobrev").value());
    assertEquals("head", role("Kiril Dobrev, leader of Vesnia’s wealth fund, came.", "Kiril Dobrev").value());
  }

  @Test
  void envoyInItsManyWordings() {
    assertEquals("envoy", role("Ostland Special Envoy Marek Holm flew in.", "Marek Holm").value());
    assertEquals("envoy",
        role("The envoy of the president of Ostland, Marek Holm, flew in.", "Marek Holm").value());
    assertEquals("envoy",
        role("Ostland President Dana Rook's special envoy, Marek Holm, met the prime minister.",
            "Marek Holm").value());
    Claim serving = role("On Tuesday, Marek Holm, serving as a special envoy for former President Rook, "
        + "arrived.", "Marek Holm");
    assertEquals("envoy", serving.value());
    assertNull(serving.qualifier());
  }

  @Test
  void bareAppositiveAfterTheName() {
    assertEquals("aide", role("Yury Sarvin, presidential aide, took notes.", "Yury Sarvin").value());
    assertEquals("head",
        role("Witt also met Dobrev—the head of Vesnia’s wealth fund—at a forum.", "Dobrev").value());
  }

  @Test
  void previouslyServedIsAFormerRole() {
    Claim c = role("Yury Sarvin, who previously served as Vesnia’s ambassador to Ostland, spoke.",
        "Yury Sarvin");
    assertEquals("ambassador", c.value());
    assertEquals("former", c.qualifier());
  }

  @Test
  void pluralTitleCoversBothNames() {
    List<Claim> found = RoleFinder.find("It echoed understandings between Presidents Rook and Prann.",
        ClaimContext.empty());
    assertEquals(2, found.size(), found::toString);
    assertTrue(found.stream().allMatch(c -> c.value().equals("president")));
  }

  @Test
  void titleOfCountryBeforeName() {
    assertEquals("president",
        role("On April 25, President of Vesnia Ilya Vostrin met the envoy.", "Ilya Vostrin").value());
  }

  @Test
  void verbsAndRelativesAreNoRoles() {
    assertTrue(RoleFinder.find("Marek Holm, met President Ilya Vostrin in Velm.", ClaimContext.empty())
        .stream().noneMatch(c -> c.slot().equals("role:Marek Holm")));
    assertTrue(RoleFinder.find("Kiril Dobrev visited Ostland, becoming the top Vesnian official there.",
        ClaimContext.empty()).stream().noneMatch(c -> c.value().equals("official")));
  }

  @Test
  void chiefExecutiveInItsWordingsIsTheHead() {
    assertEquals("head", role("Chief executive Marta Ivel said the mill would close.", "Marta Ivel").value());
    assertEquals("head", role("It was signed by Chief Executive Officer Marta Ivel.", "Marta Ivel").value());
    assertEquals("head", role("Marta Ivel, the group's chief executive, flew in.", "Marta Ivel").value());
    assertEquals("head",
        role("The mill belongs to Orrin Foods — a large miller — whose chief executive, Marta Ivel, spoke.",
            "Marta Ivel").value());
    // an executive or an officer is no head
    assertEquals("executive", role("Sales executive Marta Ivel said so.", "Marta Ivel").value());
  }

  @Test
  void whoHeadsNamesTheHead() {
    Claim c = role("Pavel Orsk, who heads the regional water board, said the dam held.", "Pavel Orsk");
    assertEquals("head", c.value());
    assertNull(c.qualifier());
    assertEquals("former", role("Pavel Orsk, who led the water board, spoke.", "Pavel Orsk").qualifier());
  }
}
