package dev.chorus.reading;

import dev.chorus.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who met whom ("X met Y", "X and Y held talks") and who attended ("attended by Z"). */
final class EventFinder {

  private static final Pattern MET = Pattern.compile(
      "\\b(?:met|meets|meet|held\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:meeting|talks)"
          + "|held\\s+(?:talks|discussions)|had\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?meeting"
          + "|engaged\\s+in\\s+(?:discussions|talks)|talked|spoke|hosted|received|sat\\s+down)"
          + "\\b(?:\\s+(?:separately|again|also|briefly|privately))?(?:\\s+(?:with|to))?\\s+");
  private static final Pattern WITH = Pattern.compile("\\p{L},?\\s+with\\s+");
  private static final Pattern BETWEEN = Pattern.compile("\\b(?:meeting|talks)\\s+between\\s+");
  private static final Pattern ATTENDED = Pattern.compile(
      "\\b(?:attended|joined)\\s+by\\s+(.+)$");
  private static final Pattern LIST_SPLIT = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");
  private static final Pattern HYPOTHETICAL = Pattern.compile(
      "(?i)\\b(?:not|no|never|yet|possible|possibility|potential|proposed|future|planned|would"
          + "|could|might|may|will|hopes?|wants?|refused)\\b|n't");
  private static final int REACH = 70;

  private EventFinder() {}

  static List<Claim> find(String s, ClaimContext ctx, boolean meetingLength) {
    List<Claim> out = new ArrayList<>();
    Matcher m = MET.matcher(s);
    if (m.find()) {
      if (!hypothetical(s, m.start())) {
        pair(s, m.start(), m.end(), ctx, out);
      }
    } else if (meetingLength) {
      Matcher w = WITH.matcher(s);
      if (w.find()) {
        pair(s, w.start() + 1, w.end(), ctx, out);
      }
    }
    Matcher b = BETWEEN.matcher(s);
    if (out.isEmpty() && b.find() && !hypothetical(s, b.start())) {
      between(s, b.end(), ctx, out);
    }
    attendees(s, ctx, out);
    return out;
  }

  /** "had not discussed a meeting between", "might meet": no meeting took place. */
  private static boolean hypothetical(String s, int at) {
    return HYPOTHETICAL.matcher(s.substring(Math.max(0, at - 45), at)).find();
  }

  private static void pair(String s, int verbStart, int verbEnd, ClaimContext ctx, List<Claim> out) {
    TreeSet<String> who = new TreeSet<>();
    String subject = Speakers.before(s, verbStart, ctx);
    String head = s.substring(0, verbStart).stripTrailing();
    int and = head.lastIndexOf(" and ");
    if (subject != null && and >= 0 && head.length() - and < 60
        && head.endsWith(subject.substring(subject.lastIndexOf(' ') + 1))) {
      addPerson(who, Speakers.nameAtEnd(head.substring(0, and), ctx));
    }
    addPerson(who, subject);
    addPerson(who, firstPerson(s.substring(verbEnd), ctx));
    if (who.size() >= 2) {
      out.add(new Claim("event", "meeting.participants", null, String.join("; ", who), null, null,
          null, null, 0, s.length()));
    }
  }

  private static void between(String s, int from, ClaimContext ctx, List<Claim> out) {
    TreeSet<String> who = new TreeSet<>();
    String rest = s.substring(from);
    String[] parts = rest.split("\\s+and\\s+", 2);
    if (parts.length == 2) {
      addPerson(who, firstPerson(parts[0], ctx));
      addPerson(who, firstPerson(parts[1], ctx));
    }
    if (who.size() == 2) {
      out.add(new Claim("event", "meeting.participants", null, String.join("; ", who), null, null,
          null, null, 0, s.length()));
    }
  }

  private static void attendees(String s, ClaimContext ctx, List<Claim> out) {
    Matcher a = ATTENDED.matcher(s);
    if (!a.find()) {
      return;
    }
    int offset = a.start(1);
    for (String part : LIST_SPLIT.split(a.group(1))) {
      List<Names.Name> names = Names.find(part);
      if (names.isEmpty() || names.get(0).possessive() || !startsPart(part, names.get(0))) {
        break;
      }
      String person = Names.resolve(names.get(0).text(), ctx.people());
      if (!Names.isPerson(person)) {
        break;
      }
      int begin = s.indexOf(part, offset);
      out.add(new Claim("event", "meeting.attendee", person, person, null, null, null, null,
          Math.max(0, begin), Math.max(0, begin) + part.length()));
    }
  }

  /** A list item is a person when it opens with the name (titles allowed before it). */
  private static boolean startsPart(String part, Names.Name n) {
    String lead = part.substring(0, n.begin()).trim();
    return lead.isEmpty() || Words.bySpaces(lead).length <= 4 && !lead.contains(",")
        && !lead.matches("(?i).*\\b(?:of|for|the)\\b.*");
  }

  private static String firstPerson(String text, ClaimContext ctx) {
    for (Names.Name n : Names.find(text)) {
      if (n.begin() > REACH) {
        return null;
      }
      if (n.possessive() || Names.afterPlacePreposition(text, n.begin()) || Names.modifiesTitle(text, n)) {
        continue;
      }
      String p = Names.resolve(n.text(), ctx.people());
      if (Names.isPerson(p)) {
        return p;
      }
    }
    return null;
  }

  private static void addPerson(TreeSet<String> who, String name) {
    if (name != null && Names.isPerson(name) && !name.isBlank()) {
      who.add(name);
    }
  }
}
