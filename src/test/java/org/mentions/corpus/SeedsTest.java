package org.mentions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the repository's own seed corpus. */
class SeedsTest {
  private static final Path PROJECT = Path.of(System.getProperty("basedir", "."));

  @Test
  void seedsFolderLoadsBothArticlesWithTheirSidecarMetadata() throws IOException {
    LoadBatch batch = new CorpusSource().read(PROJECT, List.of("seeds"), ReadOptions.DEFAULTS);
    assertEquals(List.of(), batch.problems());
    assertEquals(List.of("000_a3e7e297ff0f1dc3.txt", "001_0b36b266ebb3a66e.txt"), Fixtures.ids(batch));
    Document first = batch.documents().get(0);
    assertEquals("seeds/000_a3e7e297ff0f1dc3.txt", first.path());
    assertEquals("RFE/RL", first.metadata().get("source"));
    assertEquals("2022-02-01", first.metadata().get("date"));
    assertEquals("en", first.metadata().get("language"));
    assertTrue(first.title().startsWith("Lavrov and Blinken"), first.title());
    assertEquals(Files.readString(PROJECT.resolve("seeds/000_a3e7e297ff0f1dc3.txt")), first.text());
    Document second = batch.documents().get(1);
    assertEquals("2022-01-31", second.metadata().get("date"));
    assertFalse(second.text().isBlank());
  }
}
