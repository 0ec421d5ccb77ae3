package dev.chorus.util;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_min;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connected components of a graph (copies, events, claims), in Spark, without collecting the graph:
 * the alternating large-star / small-star algorithm of Kiveris et al., "Connected Components in
 * MapReduce and Beyond" (SoCC 2014). Each round rewires every node to the smallest node it can see,
 * so the rounds grow with the logarithm of a component's size, not with its longest chain as
 * min-label propagation does (one round per hop: a chain of copies of copies took one Spark job per
 * link). It is also how MinHash deduplication runs at web scale (bigcode-dataset, text-dedup).
 */
public final class Components {

  private static final Logger LOG = LoggerFactory.getLogger(Components.class);

  /**
   * Rounds after which the job fails instead of returning labels that are not final. The algorithm
   * converges in O(log^2 n) rounds in the worst case and in about log n in practice (a chain of a
   * million nodes: 20); 60 is reached only by a bug, never by a graph.
   */
  static final int MAX_ROUNDS = 60;
  private static final String NOT_STARS = "not_stars";

  private Components() {}

  /** Each node's component, named by its smallest node id, and the rounds it took. */
  record Result(Dataset<Row> components, int rounds) {}

  /**
   * Every node labelled with the smallest {@code rank} of its connected component.
   *
   * @param nodes rows with a non-null {@code id} and an orderable {@code rank}
   * @param edges rows with {@code a} and {@code b}, node ids, in either direction
   * @return (id, label), one row per node, where label is the component's smallest rank
   * @throws IllegalStateException when the components did not converge in {@value #MAX_ROUNDS} rounds
   */
  public static Dataset<Row> minLabel(Dataset<Row> nodes, Dataset<Row> edges) {
    Dataset<Row> parents = components(edges).components();
    // a node in no edge is a component of its own; the smallest rank is found per component with a
    // window, one shuffle, instead of an aggregation joined back
    Dataset<Row> labelled = nodes.join(parents, nodes.col("id").equalTo(parents.col("node")), "left")
        .select(col("id"), col("rank"), coalesce(col("root"), col("id")).as("component"))
        .select(col("id"), min("rank").over(Window.partitionBy("component")).as("label"));
    return OneJob.run(nodes.sparkSession(), labelled::localCheckpoint);
  }

  /**
   * (node, root) for every node in an edge, root being the smallest node id of its component.
   *
   * @throws IllegalStateException when not converged in {@value #MAX_ROUNDS} rounds
   */
  static Result components(Dataset<Row> edges) {
    return components(edges, MAX_ROUNDS);
  }

  static Result components(Dataset<Row> edges, int maxRounds) {
    // (child, parent) with parent < child: the undirected edges once each, without self-loops;
    // cached, not checkpointed: the first round reads them twice and fills the cache, so that they
    // cost no Spark job of their own
    SparkSession spark = edges.sparkSession();
    Dataset<Row> graph = OneJob.cache(edges.filter(col("a").notEqual(col("b")))
        .select(greatest(col("a"), col("b")).as("child"), least(col("a"), col("b")).as("parent")));
    for (int round = 0; round < maxRounds; round++) {
      // each round is one job, which also counts whether its input was the fixed point already
      // (then its output is the same stars): no test of its own per round. A checkpoint per round
      // keeps every round's plan as small as the first one.
      Observation input = new Observation();
      Dataset<Row> next = OneJob.checkpoint(smallStar(largeStar(neighbours(graph), input)));
      if (notStars(input) == 0) {
        return converged(graph, round);
      }
      graph = next;
    }
    // the last round's output, tested on its own: never more rounds than allowed
    Dataset<Row> last = graph;
    if (OneJob.run(spark, () -> isStars(last))) {
      return converged(graph, maxRounds);
    }
    throw new IllegalStateException("connected components did not converge in " + maxRounds
        + " rounds (large-star/small-star converges in O(log^2 n)): a bug, not a property of the graph");
  }

  private static Result converged(Dataset<Row> graph, int rounds) {
    LOG.info("connected components converged in {} round(s)", rounds);
    return new Result(graph.groupBy("child").agg(min("parent").as("root"))
        .select(col("child").as("node"), col("root")), rounds);
  }

  /** The nodes that break the fixed point, as a round counted them in its input (0 for no nodes). */
  private static long notStars(Observation observation) {
    try {
      Object n = observation.getAsJava().get(NOT_STARS);
      return n == null ? 0 : ((Number) n).longValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for a components round's metrics", e);
    }
  }

  /** (u, nbrs): every node of the graph with all its neighbours. */
  static Dataset<Row> neighbours(Dataset<Row> graph) {
    Dataset<Row> both = graph.select(col("child").as("u"), col("parent").as("v"))
        .union(graph.select(col("parent").as("u"), col("child").as("v")));
    return both.groupBy("u").agg(collect_set("v").as("nbrs"));
  }

  /**
   * Large-star over {@link #neighbours}: every node u links each larger neighbour to the smallest of
   * u and its neighbours. Edges toward nodes at most u are dropped; they reappear from the other
   * side. Counts into {@code observation} the nodes that break the fixed point {@link #isStars}
   * tests: a node with two smaller neighbours (two parents), or with a smaller and a larger one (a
   * child that is a parent).
   */
  static Dataset<Row> largeStar(Dataset<Row> neighbours, Observation observation) {
    Column smaller = size(filter(col("nbrs"), v -> v.lt(col("u"))));
    Column larger = size(filter(col("nbrs"), v -> v.gt(col("u"))));
    Column breaks = smaller.gt(1).or(smaller.gt(0).and(larger.gt(0)));
    return neighbours.observe(observation, sum(when(breaks, 1L).otherwise(0L)).as(NOT_STARS))
        .select(col("u"), least(col("u"), array_min(col("nbrs"))).as("m"), explode(col("nbrs")).as("v"))
        .filter(col("v").gt(col("u")))
        .select(col("v").as("child"), col("m").as("parent"));
  }

  /**
   * Small-star: every node u links itself and each smaller neighbour to the smallest of them.
   * Every edge it returns points from a node to a smaller one.
   */
  static Dataset<Row> smallStar(Dataset<Row> graph) {
    Dataset<Row> down = graph.select(greatest(col("child"), col("parent")).as("u"),
        least(col("child"), col("parent")).as("v")).filter(col("u").notEqual(col("v")));
    return down.groupBy("u").agg(collect_set("v").as("nbrs"))
        .select(array_min(col("nbrs")).as("m"), explode(array_union(col("nbrs"), array(col("u")))).as("w"))
        .filter(col("w").notEqual(col("m")))
        .select(col("w").as("child"), col("m").as("parent"));
  }

  /**
   * The fixed point: every child has one parent, and no parent is itself a child. Then each
   * component is one star around its smallest node, and another round would change nothing. One
   * aggregation over the round's checkpoint.
   */
  static boolean isStars(Dataset<Row> graph) {
    Dataset<Row> roles = graph.select(col("child").as("node"), col("parent"), lit(1).as("is_child"),
            lit(0).as("is_parent"))
        .union(graph.select(col("parent").as("node"), lit(null).cast(graph.schema().apply("parent").dataType()),
            lit(0), lit(1)));
    return roles.groupBy("node")
        .agg(count_distinct(col("parent")).as("parents"), max("is_child").as("c"), max("is_parent").as("p"))
        .filter(col("c").equalTo(1).and(col("parents").gt(1).or(col("p").equalTo(1))))
        .isEmpty();
  }
}
