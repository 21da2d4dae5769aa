package org.mentions.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** NLP4J on the seed articles; the recogniser is loaded once per JVM by {@link SharedModels}. */
class Nlp4jRecognizerTest {
  private static final List<String> SCORED = List.of("person", "location", "organization");

  private static List<Mention> mentions(String seed) {
    String text = SharedModels.seed(seed);
    return new MentionBuilder().build(text, SharedModels.nlp4jAnnotator().annotate(text));
  }

  private static boolean has(List<Mention> mentions, String text, String type) {
    return mentions.stream().anyMatch(m -> m.text().equals(text) && m.type().equals(type));
  }

  @Test
  void findsPeopleAndPlacesInTheFirstSeed() {
    List<Mention> mentions = mentions("000_a3e7e297ff0f1dc3.txt");
    assertTrue(has(mentions, "Sergei Lavrov", "person"), mentions::toString);
    assertTrue(has(mentions, "Ukraine", "location"), mentions::toString);
    assertTrue(has(mentions, "Linda Thomas-Greenfield", "person"), mentions::toString);
    assertTrue(has(mentions, "United States", "location"), "leading 'the' is cleaned off");
    assertTrue(mentions.stream().noneMatch(m -> m.text().endsWith("'s") || m.text().endsWith("’s")));
  }

  @Test
  void infoAndVersion() {
    RecognizerInfo info = SharedModels.nlp4j().info();
    assertEquals("nlp4j", info.name());
    assertEquals("edu.emory.mathcs.nlp:nlp4j-english", info.artifact());
    assertEquals("Apache-2.0", info.licence());
    assertTrue(info.types().containsAll(List.of("PERSON", "GPE", "ORG")));
    assertTrue(SharedModels.nlp4j().threadSafe());
    assertTrue(Nlp4jRecognizer.version().contains("1.1.3"));
  }

  @Test
  void configurationWithoutEmbeddingsLeavesThemOut() {
    assertTrue(Nlp4jRecognizer.configXml(true).contains("en-word-embeddings-undigitalized.xz"));
    assertTrue(!Nlp4jRecognizer.configXml(false).contains("word_embeddings"));
    assertTrue(!Nlp4jRecognizer.version(false).equals(Nlp4jRecognizer.version(true)));
  }

  /** Strict multiset match per document and type, as /work/shared/eval/README.md describes. */
  @Test
  void strictScoresOnTheSeedsStayHigh() throws IOException {
    Path goldDir = Path.of(System.getProperty("mentions.seedsGold", "/work/shared/eval/seeds-gold"));
    Assumptions.assumeTrue(Files.isDirectory(goldDir), "no gold directory (set -Dmentions.seedsGold)");
    Map<String, int[]> counts = new HashMap<>(); // predicted, gold, matched
    for (String type : SCORED) counts.put(type, new int[3]);
    for (String seed : SharedModels.seedNames()) {
      Path gold = goldDir.resolve(seed.replace(".txt", ".tsv"));
      if (!Files.exists(gold)) continue;
      Map<String, List<String>> goldTexts = new HashMap<>();
      for (String line : Files.readAllLines(gold)) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] parts = line.split("\t", 2);
        goldTexts.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
      }
      List<Mention> mentions = mentions(seed);
      for (String type : SCORED) {
        List<String> unmatched = new ArrayList<>(goldTexts.getOrDefault(type, List.of()));
        int[] c = counts.get(type);
        c[1] += unmatched.size();
        for (Mention m : mentions) {
          if (!m.type().equals(type)) continue;
          c[0]++;
          if (unmatched.remove(m.text())) c[2]++;
        }
      }
    }
    int[] all = new int[3];
    StringBuilder report = new StringBuilder("strict scores on the seeds:");
    for (String type : SCORED) {
      int[] c = counts.get(type);
      for (int i = 0; i < 3; i++) all[i] += c[i];
      report.append(String.format(" %s F1=%.3f", type, f1(c)));
    }
    report.append(String.format(" micro F1=%.3f", f1(all)));
    System.err.println(report);
    assertTrue(f1(all) >= 0.88, report::toString);
  }

  private static double f1(int[] c) {
    if (c[0] == 0 || c[1] == 0 || c[2] == 0) return 0;
    double p = (double) c[2] / c[0];
    double r = (double) c[2] / c[1];
    return 2 * p * r / (p + r);
  }
}
