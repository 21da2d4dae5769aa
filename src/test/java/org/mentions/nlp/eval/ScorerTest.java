package org.mentions.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static List<Labeled> gold(String tsv) throws IOException {
    return GoldFiles.parse(tsv, "test.tsv");
  }

  @Test
  void strictCountsEqualTextsOnceEachAndLenientCountsContainment() throws IOException {
    List<Labeled> g = gold("# comment\nperson\tBoris Johnson\nperson\tJohnson\nlocation\tUnited States\ndate\tMonday\n");
    List<Labeled> p = List.of(Labeled.of("person", "Johnson"), Labeled.of("person", "Johnson"),
        Labeled.of("location", "the United States"), Labeled.of("organization", "NATO"));
    Evaluation e = new Scorer().score(Map.of("a", g), Map.of("a", p));
    Counts person = e.byType().get("person");
    assertEquals(new Counts(2, 2, 1, 2), person);
    assertEquals(new Counts(1, 1, 0, 1), e.byType().get("location"));
    assertEquals(new Counts(1, 0, 0, 0), e.byType().get("organization"));
    Counts micro = e.micro();
    assertEquals(new Counts(4, 3, 1, 3), micro);
    assertEquals(0.25, micro.precision(false), 1e-9);
    assertEquals(1.0 / 3, micro.recall(false), 1e-9);
    assertEquals(2 * 0.25 / 3 / (0.25 + 1.0 / 3), micro.f1(false), 1e-9);
    assertEquals(0.75, micro.precision(true), 1e-9);
  }

  @Test
  void lenientMatchingDoesNotDependOnOrder() {
    // "Security Council" could pair with either gold; a greedy match taking the first would strand "UN"
    List<Labeled> g = List.of(Labeled.of("organization", "UN Security Council"), Labeled.of("organization", "UN"));
    List<Labeled> p1 = List.of(Labeled.of("organization", "UN"), Labeled.of("organization", "Security Council"));
    List<Labeled> p2 = List.of(Labeled.of("organization", "Security Council"), Labeled.of("organization", "UN"));
    for (List<Labeled> p : List.of(p1, p2)) {
      assertEquals(2, new Scorer().score(Map.of("a", g), Map.of("a", p)).micro().lenient());
    }
  }

  @Test
  void errorsListMissesAndFalseAlarmsWithTheirLenientPartner() {
    List<Labeled> g = List.of(Labeled.of("organization", "Russian Foreign Ministry"), Labeled.of("person", "Putin"));
    List<Labeled> p = List.of(Labeled.of("organization", "Foreign Ministry"), Labeled.of("person", "Putin"),
        Labeled.of("location", "West"));
    List<Evaluation.Error> errors = new Scorer().score(Map.of("d", g), Map.of("d", p)).errors();
    assertEquals(List.of(
        new Evaluation.Error("d", Evaluation.Kind.FALSE_ALARM, "location", "West", ""),
        new Evaluation.Error("d", Evaluation.Kind.MISS, "organization", "Russian Foreign Ministry", "Foreign Ministry"),
        new Evaluation.Error("d", Evaluation.Kind.FALSE_ALARM, "organization", "Foreign Ministry",
            "Russian Foreign Ministry")), errors);
  }

  @Test
  void aDocumentWithoutPredictionsIsAllMisses() {
    Evaluation e = new Scorer().score(Map.of("a", List.of(Labeled.of("person", "X Y"))), Map.of());
    assertEquals(new Counts(0, 1, 0, 0), e.micro());
    assertEquals(0.0, e.micro().f1(false));
  }
}
