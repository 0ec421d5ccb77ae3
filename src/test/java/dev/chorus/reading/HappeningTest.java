package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HappeningTest {

  /** Whether the first occurrence of value in the sentence dates the sentence's own happening. */
  private static boolean owns(String sentence, String value) {
    int at = sentence.indexOf(value);
    return Happening.owns(sentence, at, at + value.length());
  }

  @Test
  void aTimeOrDateInTheHappeningsClauseIsItsOwn() {
    assertTrue(owns("The blast, at about 5:10 a.m., flattened a grain silo.", "5:10 a.m."));
    assertTrue(owns("A fire broke out at the depot on Sunday, killing two guards.", "Sunday"));
    assertTrue(owns("Four people were hurt when a bus crashed into a wall at 17:25 on Monday.", "17:25"));
    assertTrue(owns("Harbour Ltd says a leak occurred at 09:05 this morning in tank No. 2.", "09:05"));
    assertTrue(owns("A gas explosion killed two and injured five on Friday, officials said.", "Friday"));
  }

  @Test
  void withoutAHappeningWordTheValueIsSomeoneElses() {
    assertFalse(owns("The mayor was questioned by police on Sunday morning.", "Sunday"));
    assertFalse(owns("By 9pm the water level had fallen.", "9pm"));
    assertFalse(owns("Residents heard a bang: neighbours said windows shook shortly after 1 a.m.", "1 a.m."));
  }

  @Test
  void aHappeningCitedAsAReferenceDatesNothing() {
    assertFalse(owns("Inspectors sent after the depot fire visited the mill on 4 May.", "4 May"));
    assertFalse(owns("It came two weeks after a storm that killed nine people on March 3.", "March 3"));
    assertFalse(owns("After last week's blast, the hearing was moved to Friday.", "Friday"));
    assertFalse(owns("The mayor said both accidents were avoidable and declared Monday a day of rest.", "Monday"));
  }

  @Test
  void anotherActOrALimitTakesTheValue() {
    assertFalse(owns("The blaze burned for six hours before crews put it out at about 4pm.", "4pm"));
    assertFalse(owns("The inquiry into the crash will resume on Tuesday.", "Tuesday"));
    assertFalse(owns("The chief, who reached the fire by 6pm, said it was contained.", "6pm"));
    assertFalse(owns("The summit, postponed after the attack, was moved to 12 June.", "12 June"));
    assertFalse(owns("The ministry said it would be briefed by telephone on Saturday and noted the meeting.", "Saturday"));
    assertFalse(owns("Investigators will visit the blast site on Monday.", "Monday"));
  }
}
