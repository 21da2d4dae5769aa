package org.mentions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
  @TempDir Path dir;

  @Test
  void loadingTheSameFolderTwiceAddsEachDocumentOnce() {
    Fixtures.write(dir, "c/a.txt", "A\n");
    Fixtures.write(dir, "c/b.txt", "B\n");
    Corpus corpus = new Corpus();
    for (Document doc : Fixtures.load(dir, "c").documents()) assertTrue(corpus.add(doc));
    for (Document doc : Fixtures.load(dir, "c").documents()) assertFalse(corpus.add(doc));
    assertEquals(2, corpus.size());
    assertEquals(List.of("a.txt", "b.txt"), corpus.documents().stream().map(Document::id).toList());
  }

  @Test
  void sameIdWithNewTextReplacesAndNewMetadataUpdates() {
    Corpus corpus = new Corpus();
    corpus.add(new Document("a", "a.txt", "A", "old", Map.of()));
    assertFalse(corpus.add(new Document("a", "a.txt", "A", "old", Map.of("source", "AP"))));
    assertEquals(Map.of("source", "AP"), corpus.get("a").metadata());
    assertTrue(corpus.add(new Document("a", "a.txt", "A", "new", Map.of())));
    assertEquals(1, corpus.size());
    assertEquals("new", corpus.get("a").text());
  }
}
