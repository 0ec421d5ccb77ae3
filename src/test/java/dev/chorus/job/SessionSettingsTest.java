package dev.chorus.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The static settings the job's session takes, and the user's word over them. */
class SessionSettingsTest {

  @Test
  void aConfWithoutTheSettingGetsTheLargerCodegenCache() {
    Map<String, String> settings = ChorusJob.unlessGiven(new SparkConf(false));
    assertEquals("2000", settings.get(ChorusJob.CODEGEN_CACHE));
  }

  @Test
  void theUsersOwnValueIsKept() {
    SparkConf given = new SparkConf(false).set(ChorusJob.CODEGEN_CACHE, "50");
    assertTrue(ChorusJob.unlessGiven(given).isEmpty());
  }
}
