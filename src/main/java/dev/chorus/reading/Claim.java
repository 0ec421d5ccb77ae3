package dev.chorus.reading;

/**
 * One typed assertion found in a sentence; begin/end are char offsets into the sentence (end
 * exclusive) of the span that states it.
 */
public record Claim(
    String kind,
    String slot,
    String subject,
    String value,
    Double valueNum,
    String unit,
    String qualifier,
    String speaker,
    int begin,
    int end) {}
