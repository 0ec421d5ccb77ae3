package dev.chorus.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Short forms of given names that share too few letters with the full form for a spelling rule
 * ("Bill" for "William", "Sasha" for "Alexander"): general English and Slavic naming knowledge, no
 * person's name. Forms are compared after {@link NameFold#looseWord}, as the names are.
 */
final class GivenNames {

  /** Full form, then its short forms; none shared by two full forms of different people ("Pat"). */
  private static final String[][] FORMS = {
      {"william", "bill", "billy", "will", "willy"}, {"robert", "bob", "bobby", "rob", "robbie", "bert"},
      {"richard", "dick", "rick", "ricky", "rich"}, {"james", "jim", "jimmy", "jamie"},
      {"michael", "mike", "mick", "mickey"}, {"thomas", "tom", "tommy"}, {"anthony", "tony"},
      {"edward", "ted", "teddy", "ed", "eddie", "ned"}, {"margaret", "peggy", "maggie", "meg", "greta"},
      {"elizabeth", "liz", "beth", "betty", "lisa", "eliza", "libby"}, {"katherine", "kate", "katie", "kathy"},
      {"catherine", "cathy", "kate", "katie"}, {"john", "jack", "johnny"}, {"joseph", "joe", "joey"},
      {"charles", "charlie", "chuck"}, {"henry", "harry", "hank"}, {"lawrence", "larry"},
      {"nicholas", "nick", "nicky"}, {"patrick", "paddy"}, {"patricia", "patty", "trish"},
      {"rebecca", "becky"}, {"susan", "sue", "suzy"}, {"deborah", "debbie", "deb"},
      {"christopher", "chris"}, {"benjamin", "ben"}, {"samuel", "sam"}, {"daniel", "dan", "danny"},
      {"matthew", "matt"}, {"andrew", "andy", "drew"}, {"steven", "steve"}, {"stephen", "steve"},
      {"alexander", "sasha"},
      {"vladimir", "volodya", "vova"}, {"volodymyr", "volodya"}, {"dmitry", "dima"}, {"dmytro", "dima"},
      {"konstantin", "kostya"}, {"kostiantyn", "kostya"}, {"mikhail", "misha"}, {"mykhailo", "misha"},
      {"nikolai", "kolya"}, {"mykola", "kolya"}, {"yevgeny", "zhenya"}, {"sergei", "seryozha"},
      {"anastasia", "nastya"}, {"ekaterina", "katya"}, {"kateryna", "katya"}, {"tatiana", "tanya"},
      {"natalia", "natasha"}, {"maria", "masha"}, {"olga", "olya"}, {"svetlana", "sveta"},
      {"yekaterina", "katya"}, {"pavel", "pasha"}, {"ivan", "vanya"}, {"anatoly", "tolya"}};

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
