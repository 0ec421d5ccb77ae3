# Shared by the jobs/ scripts: repo location, the Java 17 flags Spark needs, and the build step.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JOB_JAR="$REPO/target/chorus-job.jar"
CLASSPATH_FILE="$REPO/target/classpath.txt"

# Spark on Java 17 needs these opens in every JVM it starts (see README, "Java 17").
SPARK_JAVA_OPENS=(
  -XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false
)

# The collector for a batch job, in every JVM that runs Chorus: throughput, not short pauses.
# G1 (Java 17's default) spends CPU on concurrent marking, remembered-set refinement and heavier
# write barriers to keep pauses short, which a batch job does not need; with the Parallel collector
# the 20,000-article bench used 5-13% less JVM CPU (docs/benchmarks.md). CHORUS_GC_FLAGS overrides it
# (e.g. CHORUS_GC_FLAGS=-XX:+UseG1GC for executors with very large heaps, where a full collection of
# the Parallel collector pauses for long).
read -r -a CHORUS_GC_FLAGS <<<"${CHORUS_GC_FLAGS:--XX:+UseParallelGC}"

# When the JIT compiles to its optimising tier (C2): 20 times later than Java's defaults. Spark
# generates and loads new classes for every stage of every query, most of them run for seconds;
# with the defaults C2 compiled them all, and its compile time was a third of the job's CPU
# (JFR: 366 s of 1,006 on 20,000 articles). Later, only code that runs long gets C2; the rest stays
# in C1's code, and the task threads took no longer (docs/benchmarks.md). CHORUS_JIT_FLAGS="" (or
# other flags) overrides it.
read -r -a CHORUS_JIT_FLAGS <<<"${CHORUS_JIT_FLAGS--XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=12000 -XX:Tier4CompileThreshold=300000 -XX:Tier4BackEdgeThreshold=800000}"
# Every JVM a script starts: the collector and the JIT setting above.
CHORUS_JVM_FLAGS=("${CHORUS_GC_FLAGS[@]}" "${CHORUS_JIT_FLAGS[@]}")

# Builds the job jar and the local classpath unless they are newer than every source file.
ensure_built() {
  if [[ -f "$JOB_JAR" && -f "$CLASSPATH_FILE" ]] \
      && [[ -z "$(find "$REPO/src/main" "$REPO/pom.xml" -newer "$JOB_JAR" -print -quit)" ]]; then
    return 0
  fi
  echo "chorus: building (mvn package, tests skipped) ..." >&2
  (cd "$REPO" && mvn -B -q -Dstyle.color=never -DskipTests package) >&2
}
