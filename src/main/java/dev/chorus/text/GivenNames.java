package dev.chorus.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Short forms of given names that share too few letters with the full form for a spelling rule
 * ("Bill" for "William", "Misha" for "Mikhail"): general English and Slavic naming knowledge, no
 * person's name. Forms are compared after {@link NameFold#looseWord}, as the names are.
 */
final class GivenNames {

  /**
   * Full form, then its short forms. Left out: a short form of two full names of different people
   * ("Pat": Patrick, Patricia; "Chris", "Sam", "Sasha", "Zhenya", "Ted"), and one that is as often
   * a name of its own ("Jack", "Harry", "Lisa", "Drew"), which would join two people of one surname.
   */
  private static final String[][] FORMS = {
      {"william", "bill", "billy", "will", "willy"}, {"robert", "bob", "bobby", "rob", "robbie"},
      {"richard", "dick", "rick", "ricky"}, {"james", "jim", "jimmy"}, {"michael", "mike", "mick", "mickey"},
      {"thomas", "tom", "tommy"}, {"anthony", "tony"}, {"edward", "eddie", "ned"},
      {"margaret", "peggy", "maggie", "meg"}, {"elizabeth", "liz", "beth", "betty", "eliza", "libby"},
      {"katherine", "kate", "katie", "kathy"}, {"catherine", "cathy", "kate", "katie"}, {"john", "johnny"},
      {"joseph", "joe", "joey"}, {"charles", "charlie", "chuck"}, {"lawrence", "larry"},
      {"nicholas", "nick", "nicky"}, {"patrick", "paddy"}, {"patricia", "patty", "trish"},
      {"rebecca", "becky"}, {"susan", "sue", "suzy"}, {"deborah", "debbie", "deb"},
      {"benjamin", "ben"}, {"daniel", "dan", "danny"}, {"matthew", "matt"},
      {"andrew", "andy"}, {"steven", "steve"}, {"stephen", "steve"},
      {"mikhail", "misha"}, {"mykhailo", "misha"},
      {"nikolai", "kolya"}, {"mykola", "kolya"}, {"anastasia", "nastya"},
      {"ekaterina", "katya"}, {"kateryna", "katya"}, {"yekaterina", "katya"}, {"tatiana", "tanya"},
      {"natalia", "natasha"}, {"maria", "masha"}, {"olga", "olya"}, {"svetlana", "sveta"},
      {"pavel", "pasha"}, {"ivan", "vanya"}};

  private static final Map<String, Set<String>> FULL_OF = build();

  private GivenNames() {}

  private static Map<String, Set<String>> build() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String[] row : FORMS) {
      String full = NameFold.looseWord(row[0]);
      for (int i = 1; i < row.length; i++) {
        out.computeIfAbsent(NameFold.looseWord(row[i]), k -> new HashSet<>()).add(full);
      }
    }
    return out;
  }

  /** True when one loose-folded given name is a known short form of the other. */
  static boolean shortForm(String a, String b) {
    return FULL_OF.getOrDefault(a, Set.of()).contains(b)
        || FULL_OF.getOrDefault(b, Set.of()).contains(a);
  }
}
