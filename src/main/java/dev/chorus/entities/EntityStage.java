package dev.chorus.entities;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.chorus.text.Descriptions;
import dev.chorus.text.Mention;
import dev.chorus.text.NameFold;
import dev.chorus.text.NameVariants;
import dev.chorus.text.OrgNames;
import dev.chorus.util.Components;
import dev.chorus.util.Ids;
import dev.chorus.util.OneJob;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Merges the names the corpus uses into entities. Names that may be variants share a blocking key
 * ({@link NameVariants#blockingKey}), so only names within one block are compared: spelling
 * variants ({@link NameVariants#sameName}) always merge; a typo candidate merges only when both
 * forms occur in articles about the same event, where context says they are the same person.
 */
public final class EntityStage {

  /** One row per name the corpus uses: which entity it belongs to. */
  public static final StructType NAME_TO_ENTITY = new StructType()
      .add("kind", DataTypes.StringType)
      .add("name", DataTypes.StringType)
      .add("entity_id", DataTypes.StringType)
      .add("canonical", DataTypes.StringType);

  private EntityStage() {}

  /** The blocking key as a column, for callers that compare names in Spark. */
  public static Column blockingKey(Column name, Column kind) {
    return udf((UDF2<String, String, String>) NameVariants::blockingKey, DataTypes.StringType).apply(name, kind);
  }

  /** {@link NameVariants#personKey} as a column: null for a one-word name. */
  public static Column personKey(Column name) {
    return udf((UDF1<String, String>) NameVariants::personKey, DataTypes.StringType).apply(name);
  }

  /** {@link NameVariants#placeKey} as a column. */
  public static Column placeKey(Column name) {
    return udf((UDF1<String, String>) NameVariants::placeKey, DataTypes.StringType).apply(name);
  }

  /**
   * @param mentions {@code Schemas.MENTIONS} rows joined with the article's event_id
   * @return {@link #NAME_TO_ENTITY} rows
   */
  public static Dataset<Row> resolveNames(Dataset<Row> mentions) {
    // one row per distinct name of a block, with its count and events, not one per mention: a
    // person in the news every day has a mention per article, and a block's row grew with the corpus
    Dataset<Row> named = mentions.filter(col("kind").notEqual(Descriptions.KIND));
    Dataset<Row> bySpelling = OneJob.checkpoint(named
        .withColumn("key", blockingKey(col("name"), col("kind")))
        .groupBy("kind", "key", "name")
        .agg(count(lit(1)).as("uses"), collect_set("event_id").as("events"))
        .groupBy("kind", "key")
        .agg(collect_list(struct(col("name"), col("uses"), col("events"))).as("names"))
        .flatMap((FlatMapFunction<Row, Row>) EntityStage::mergeBlock, Encoders.row(NAME_TO_ENTITY)));
    return mergeWithinEvents(named, bySpelling);
  }

  /** An edge between two entities: names of them in one event are one entity ({@link NameVariants#looseSame}). */
  private static final StructType EDGE = new StructType()
      .add("a", DataTypes.StringType).add("b", DataTypes.StringType);

  /**
   * Joins entities whose names, used in the articles of one event, are looser variants than
   * spelling alone allows ({@link NameVariants#looseSame}): there the setting says who is meant.
   * Names are compared only within (event, kind, {@link NameVariants#looseBlock}); the entities
   * linked so are the connected components, and each merged entity takes the canonical name of all
   * its names.
   */
  static Dataset<Row> mergeWithinEvents(Dataset<Row> named, Dataset<Row> bySpelling) {
    Dataset<Row> inEvents = named.filter(col("event_id").isNotNull())
        .groupBy("event_id", "kind", "name").agg(countDistinct("article_id").as("articles"),
            collect_set("event_id").as("events"))
        .withColumn("block", udf((UDF1<String, String>) NameVariants::looseBlock, DataTypes.StringType)
            .apply(col("name")));
    // across the corpus, the same looseness without typos ("articles" 2: no form counts as rare),
    // in blocks of one loose surname: a transliteration is no less one person in another event
    // organisations in blocks of their first distinctive word ({@link OrgNames#block}), where a
    // bare "X" meets "X Chemical Group"
    Dataset<Row> inCorpus = named.groupBy("kind", "name").agg(collect_set("event_id").as("events"))
        .withColumn("event_id", lit(CORPUS)).withColumn("articles", lit(2L))
        .withColumn("block", udf((UDF2<String, String, String>) (name, kind) -> Mention.ORG.equals(kind)
            ? OrgNames.block(name) : NameVariants.looseKey(name), DataTypes.StringType)
            .apply(col("name"), col("kind")))
        .select("event_id", "kind", "name", "articles", "block", "events");
    Dataset<Row> edges = inEvents.unionByName(inCorpus)
        .join(bySpelling.select("kind", "name", "entity_id"), new String[] {"kind", "name"})
        .groupBy("event_id", "kind", "block")
        .agg(collect_list(struct(col("name"), col("entity_id"), col("articles"), col("events"))).as("names"))
        .flatMap((FlatMapFunction<Row, Row>) EntityStage::looseEdges, Encoders.row(EDGE))
        .distinct();
    Dataset<Row> ids = bySpelling.select(col("entity_id").as("id"), col("entity_id").as("rank")).distinct();
    Dataset<Row> labels = Components.minLabel(ids, edges);
    Dataset<Row> uses = named.groupBy("kind", "name").agg(count(lit(1)).as("uses"));
    return bySpelling.join(labels.withColumnRenamed("id", "entity_id"), "entity_id")
        .join(uses, new String[] {"kind", "name"})
        .groupBy("kind", "label")
        .agg(collect_list(struct(col("name"), col("uses"))).as("names"))
        .flatMap((FlatMapFunction<Row, Row>) EntityStage::renameGroup, Encoders.row(NAME_TO_ENTITY));
  }

  /** The event_id of the corpus-wide blocks of {@link #mergeWithinEvents}. */
  private static final String CORPUS = "-";

  /** One (event, kind, block, [(name, entity_id, articles, events)]) to the entity pairs it links. */
  static Iterator<Row> looseEdges(Row block) {
    String kind = block.getString(1);
    List<Row> names = block.getList(3);
    List<Row> out = new ArrayList<>();
    if (Mention.ORG.equals(kind) && CORPUS.equals(block.getString(0))) {
      out.addAll(shortFormEdges(names));
    }
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        Row a = names.get(i);
        Row b = names.get(j);
        if (!a.getString(1).equals(b.getString(1)) && NameVariants.looseSame(a.getString(0), b.getString(0), kind,
            a.getLong(2) == 1, b.getLong(2) == 1)) {
          out.add(RowFactory.create(a.getString(1), b.getString(1)));
        }
      }
    }
    return out.iterator();
  }

  /**
   * A bare distinctive word used as an organisation ("X") joins the one company whose longer names
   * start with it ("X Chemical Group", "X Chemicals"): only when all those longer names are one
   * entity by spelling or {@link OrgNames#sameStem}, so that "X" between "X Bank" and "X Motors"
   * stays apart, and when the bare word is used in an event that names the company in full (a
   * common word read as an organisation, "the West", meets "West Coast Bank" in no event). Only
   * over a whole corpus's block: within a part of it, one company could seem the only one.
   */
  static List<Row> shortFormEdges(List<Row> names) {
    List<Row> out = new ArrayList<>();
    for (Row s : names) {
      List<Row> longer = new ArrayList<>();
      Set<String> longEvents = new HashSet<>();
      for (Row l : names) {
        if (OrgNames.shortFormOf(s.getString(0), l.getString(0))) {
          longer.add(l);
          longEvents.addAll(l.<String>getList(3));
        }
      }
      longEvents.retainAll(s.<String>getList(3));
      if (!longer.isEmpty() && !longEvents.isEmpty() && oneEntity(longer)) {
        out.add(RowFactory.create(s.getString(1), longer.get(0).getString(1)));
      }
    }
    return out;
  }

  /** True when names (name, entity_id, ...) are one entity or joined by {@link OrgNames#sameStem}. */
  private static boolean oneEntity(List<Row> names) {
    Map<String, String> parent = new HashMap<>();
    for (Row r : names) {
      parent.put(r.getString(1), r.getString(1));
    }
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        if (OrgNames.sameStem(names.get(i).getString(0), names.get(j).getString(0))) {
          parent.put(root(parent, names.get(i).getString(1)), root(parent, names.get(j).getString(1)));
        }
      }
    }
    Set<String> roots = new HashSet<>();
    for (String id : parent.keySet()) {
      roots.add(root(parent, id));
    }
    return roots.size() == 1;
  }

  private static String root(Map<String, String> parent, String id) {
    String r = id;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  /** One merged entity (kind, label, [(name, uses)]) to a {@link #NAME_TO_ENTITY} row per name. */
  static Iterator<Row> renameGroup(Row group) {
    String kind = group.getString(0);
    Map<String, Long> counts = new TreeMap<>();
    for (Row use : group.<Row>getList(2)) {
      counts.put(use.getString(0), use.getLong(1));
    }
    String canonical = NameVariants.canonical(counts);
    String id = Ids.of(kind, canonical);
    List<Row> out = new ArrayList<>();
    for (String name : counts.keySet()) {
      out.add(RowFactory.create(kind, name, id, canonical));
    }
    return out.iterator();
  }

  /**
   * The entities table: every surface form and resolved name of an entity, and in how many
   * articles and sources it appears.
   *
   * @param mentions {@code Schemas.MENTIONS} rows joined with the article's source
   * @param names {@link #NAME_TO_ENTITY} rows
   */
  public static Dataset<Row> table(Dataset<Row> mentions, Dataset<Row> names) {
    Dataset<Row> all = mentions.filter(col("kind").notEqual(Descriptions.KIND))
        .unionByName(described(mentions, names));
    return all.join(names, new String[] {"kind", "name"})
        .groupBy("entity_id")
        .agg(first("canonical").as("canonical"), first("kind").as("kind"),
            array_sort(array_union(collect_set("surface"), collect_set("name"))).as("variants"),
            countDistinct("article_id").cast("int").as("n_articles"),
            countDistinct("source").cast("int").as("n_sources"));
  }

  /**
   * Description mentions ("the Russian leader") resolved to the person whose title answers them
   * ({@link Descriptions#keys}): the one such person in the same article, else in the same event,
   * else in the corpus; a description that fits several people at the nearest level stays unresolved.
   * Returns mention rows (as the input's columns) of kind person named by the person's canonical name.
   */
  static Dataset<Row> described(Dataset<Row> mentions, Dataset<Row> names) {
    Dataset<Row> descriptions = mentions.filter(col("kind").equalTo(Descriptions.KIND));
    Column keys = udf((UDF1<String, List<String>>) role -> {
      List<String> all = new ArrayList<>(Descriptions.keys(role));
      all.addAll(Descriptions.localKeys(role));
      return all;
    }, DataTypes.createArrayType(DataTypes.StringType)).apply(col("role"));
    Dataset<Row> offices = mentions.filter(col("kind").equalTo(Mention.PERSON).and(col("role").isNotNull()))
        .join(names, new String[] {"kind", "name"})
        .select(col("article_id"), col("event_id"), struct(col("entity_id"), col("canonical")).as("person"),
            explode(keys).as("name"));
    // the people each key fits in an article, in an event and in the corpus, joined to the
    // descriptions by key and scope: joining every description to every office of its key compared
    // pairs that grow with the square of the corpus (a title used in every event)
    // an office without a country ("the governor") is looked for in the article and its event only:
    // across a corpus there are many governors
    Column fit = coalesce(col("in_article"), col("in_event"),
        when(not(col("name").startsWith(Descriptions.LOCAL + "|")), col("in_corpus")));
    return descriptions
        .join(fits(offices, "in_article", "article_id"), new String[] {"article_id", "name"}, "left")
        .join(fits(offices, "in_event", "event_id"), new String[] {"event_id", "name"}, "left")
        .join(fits(offices, "in_corpus"), new String[] {"name"}, "left")
        .filter(size(fit).equalTo(1))
        .withColumn("name", element_at(fit, 1).getField("canonical"))
        .withColumn("kind", lit(Mention.PERSON))
        .select(columns(descriptions)).distinct()
        .unionByName(describedOrgs(mentions, names))
        .unionByName(describedBodies(descriptions, names));
  }

  /**
   * "the regional rescue service" resolved to the one organisation of the corpus whose name has the
   * same words once the level of government is set aside ("State Rescue Service",
   * {@link OrgNames#levelCore}); a description that fits several stays unresolved. Returns mention
   * rows (as the input's columns) of kind org named by the organisation's canonical name.
   */
  static Dataset<Row> describedBodies(Dataset<Row> descriptions, Dataset<Row> names) {
    Dataset<Row> bodies = names.filter(col("kind").equalTo(Mention.ORG))
        .withColumn("core", udf((UDF1<String, String>) OrgNames::levelCore, DataTypes.StringType).apply(col("name")))
        .filter(col("core").isNotNull())
        .groupBy("core").agg(collect_set("canonical").as("fit"))
        .filter(size(col("fit")).equalTo(1));
    return descriptions
        .withColumn("core", udf((UDF1<String, String>) Descriptions::orgCore, DataTypes.StringType).apply(col("name")))
        .join(bodies, "core")
        .withColumn("name", element_at(col("fit"), 1))
        .withColumn("kind", lit(Mention.ORG))
        .select(columns(descriptions)).distinct();
  }

  /** Per key ("name") and scope (none: the corpus): the set of people the key fits there, as {@code as}. */
  private static Dataset<Row> fits(Dataset<Row> offices, String as, String... scope) {
    return offices.groupBy("name", scope).agg(collect_set("person").as(as));
  }

  /**
   * "Pavel X, CEO of the Y Fund" in one article and "X, head of the country’s investment fund" in
   * another: an organisation described rather than named is the one named organisation its head
   * heads. Returns mention rows of kind org, the description as surface, the named org as name.
   */
  static Dataset<Row> describedOrgs(Dataset<Row> mentions, Dataset<Row> names) {
    Column org = udf((UDF1<String, String>) Descriptions::headedOrg, DataTypes.StringType).apply(col("role"));
    Column described = udf((UDF1<String, Boolean>) Descriptions::isDescribedOrg, DataTypes.BooleanType)
        .apply(col("org"));
    Dataset<Row> headed = mentions.filter(col("kind").equalTo(Mention.PERSON).and(col("role").isNotNull()))
        .join(names.select("kind", "name", "entity_id"), new String[] {"kind", "name"})
        .withColumn("org", org)
        .filter(col("org").isNotNull());
    Dataset<Row> named = headed.filter(not(described))
        .join(names.filter(col("kind").equalTo(Mention.ORG)).select(col("name").as("org"),
            col("canonical").as("org_name")), "org")
        .groupBy(col("entity_id").as("head")).agg(collect_set("org_name").as("orgs"))
        .filter(size(col("orgs")).equalTo(1))
        .select(col("head"), element_at(col("orgs"), 1).as("org_name"));
    return headed.filter(described)
        .join(named, col("entity_id").equalTo(col("head")))
        .withColumn("surface", col("org"))
        .withColumn("name", col("org_name"))
        .withColumn("kind", lit(Mention.ORG))
        .withColumn("role", lit(null).cast("string"))
        .select(columns(mentions)).distinct();
  }

  private static Column[] columns(Dataset<Row> like) {
    return java.util.Arrays.stream(like.columns()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  /** One block (kind, key, [(name, uses, events)]) to a {@link #NAME_TO_ENTITY} row per name. */
  static Iterator<Row> mergeBlock(Row block) {
    String kind = block.getString(0);
    Map<String, Long> counts = new TreeMap<>();
    Map<String, Set<String>> events = new HashMap<>();
    for (Row use : block.<Row>getList(2)) {
      String name = use.getString(0);
      counts.put(name, use.getLong(1));
      events.put(name, new HashSet<>(use.<String>getList(2)));
    }
    List<String> names = new ArrayList<>(counts.keySet());
    int[] parent = new int[names.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    // a bare surname fits every full name with that surname: joined first, it would chain "Anna
    // Berg", "Berg" and "Tomas Berg" into one entity. Full names (and bare names) merge among
    // themselves first; a bare person name then joins the full names it fits only when they are one
    // person by the loose rules (given-name forms, transliterations), else it stays an entity of its own.
    boolean person = Mention.PERSON.equals(kind);
    boolean[] bare = new boolean[names.size()];
    for (int i = 0; i < names.size(); i++) {
      bare[i] = person && NameFold.foldedTokens(names.get(i)).size() == 1;
    }
    List<int[]> bareFits = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        String a = names.get(i);
        String b = names.get(j);
        if (NameVariants.sameName(a, b, kind) || NameVariants.typoCandidate(a, b) && shareEvent(events, a, b)) {
          if (bare[i] == bare[j]) {
            parent[find(parent, i)] = find(parent, j);
          } else {
            bareFits.add(bare[i] ? new int[] {i, j} : new int[] {j, i});
          }
        }
      }
    }
    joinUnambiguousBareNames(names, parent, bareFits);
    Map<Integer, Map<String, Long>> groups = new TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      groups.computeIfAbsent(find(parent, i), g -> new TreeMap<>()).put(names.get(i), counts.get(names.get(i)));
    }
    List<Row> out = new ArrayList<>();
    for (Map<String, Long> group : groups.values()) {
      String canonical = NameVariants.canonical(group);
      String id = Ids.of(kind, canonical);
      for (String name : new TreeSet<>(group.keySet())) {
        out.add(RowFactory.create(kind, name, id, canonical));
      }
    }
    return out.iterator();
  }

  /**
   * Joins each group of bare names to the full names it fits ({@code fits}: [bare index, full index])
   * when those full names are one person: all in one group already, or pairwise loose variants
   * ({@link NameVariants#looseSame}: "Alexey Sarnov" and "Aleksei Sarnov"). "Berg" beside "Anna Berg"
   * and "Tomas Berg" fits two people and joins neither.
   */
  private static void joinUnambiguousBareNames(List<String> names, int[] parent, List<int[]> fits) {
    Map<Integer, Set<Integer>> fullByBareGroup = new TreeMap<>();
    for (int[] f : fits) {
      fullByBareGroup.computeIfAbsent(find(parent, f[0]), g -> new TreeSet<>()).add(f[1]);
    }
    for (Map.Entry<Integer, Set<Integer>> e : fullByBareGroup.entrySet()) {
      List<Integer> full = new ArrayList<>(e.getValue());
      boolean onePerson = true;
      for (int i = 0; i < full.size() && onePerson; i++) {
        for (int j = i + 1; j < full.size() && onePerson; j++) {
          onePerson = find(parent, full.get(i)) == find(parent, full.get(j)) || NameVariants.looseSame(
              names.get(full.get(i)), names.get(full.get(j)), Mention.PERSON, false, false);
        }
      }
      if (onePerson) {
        for (int f : full) {
          parent[find(parent, f)] = find(parent, e.getKey());
        }
      }
    }
  }

  private static boolean shareEvent(Map<String, Set<String>> events, String a, String b) {
    Set<String> ea = events.getOrDefault(a, Set.of());
    return events.getOrDefault(b, Set.of()).stream().anyMatch(ea::contains);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
