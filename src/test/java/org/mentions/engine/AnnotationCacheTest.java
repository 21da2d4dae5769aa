package org.mentions.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.result.Event;
import org.mentions.result.MessageResult;

/** The on-disk annotation cache: a second load skips annotation; a corrupted or stale entry is rebuilt. */
class AnnotationCacheTest {
  @TempDir Path base;
  @TempDir Path cache;

  private static final Map<String, String> NAMES = Map.of("Ada Lovelace", "PERSON", "London", "GPE");

  private void writeCorpus() throws Exception {
    Files.createDirectories(base.resolve("news"));
    Files.writeString(base.resolve("news/a.txt"), "Ada Lovelace lived in London.\nShe wrote notes.\n");
    Files.writeString(base.resolve("news/b.txt"), "London is large. Ada Lovelace was born there.\n");
  }

  private static String csv(TestEngines.Counted e) {
    Event ev = e.engine().execute("show mentions").get(0);
    return e.engine().workspace().find("mentions").orElseThrow().printAll();
  }

  @Test
  void secondLoadComesFromTheCacheWithTheSameTables() throws Exception {
    writeCorpus();
    TestEngines.Counted first = TestEngines.dictionary(base, cache, NAMES);
    first.engine().execute("load news/");
    assertEquals(2, first.annotations().get());

    TestEngines.Counted second = TestEngines.dictionary(base, cache, NAMES);
    Event load = second.engine().execute("load news/").get(0);
    assertEquals(0, second.annotations().get(), "a cached corpus is not annotated again");
    assertTrue(((MessageResult) load.result()).text().contains("2 from cache"), load.result().toString());
    assertEquals(csv(first), csv(second));
  }

  @Test
  void freshReannotatesEvenWhenCached() throws Exception {
    writeCorpus();
    TestEngines.dictionary(base, cache, NAMES).engine().execute("load news/");
    TestEngines.Counted again = TestEngines.dictionary(base, cache, NAMES);
    again.engine().execute("load news/ --fresh");
    assertEquals(2, again.annotations().get());
  }

  private void corruptOne(String suffix) throws Exception {
    try (Stream<Path> files = Files.walk(cache)) {
      Path entry = files.filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
      byte[] bytes = Files.readAllBytes(entry);
      bytes[bytes.length / 2] ^= 0x5a;
      Files.write(entry, bytes);
    }
  }

  private void deleteAll(String suffix) throws Exception {
    try (Stream<Path> files = Files.walk(cache)) {
      for (Path p : files.filter(p -> p.toString().endsWith(suffix)).toList()) Files.delete(p);
    }
  }

  @Test
  void aCorruptedSnapshotFallsBackToTheDocumentCache() throws Exception {
    writeCorpus();
    TestEngines.Counted first = TestEngines.dictionary(base, cache, NAMES);
    first.engine().execute("load news/");
    corruptOne(".snap");
    TestEngines.Counted second = TestEngines.dictionary(base, cache, NAMES);
    Event load = second.engine().execute("load news/").get(0);
    assertFalse(load.failed(), load.result().toString());
    assertEquals(0, second.annotations().get(), "the per-document entries are still good");
    assertEquals(csv(first), csv(second));
  }

  @Test
  void aCorruptedEntryIsRebuiltNotACrash() throws Exception {
    writeCorpus();
    TestEngines.Counted first = TestEngines.dictionary(base, cache, NAMES);
    first.engine().execute("load news/");
    deleteAll(".snap");
    corruptOne(".ann");
    TestEngines.Counted second = TestEngines.dictionary(base, cache, NAMES);
    Event load = second.engine().execute("load news/").get(0);
    assertFalse(load.failed(), load.result().toString());
    assertEquals(1, second.annotations().get(), "only the corrupted entry is annotated again");
    assertTrue(((MessageResult) load.result()).text().contains("rebuilt"), load.result().toString());
    assertEquals(csv(first), csv(second));
  }

  @Test
  void addingToALoadedCorpusUsesTheDocumentCache() throws Exception {
    writeCorpus();
    TestEngines.dictionary(base, cache, NAMES).engine().execute("load news/");
    TestEngines.Counted second = TestEngines.dictionary(base, cache, NAMES);
    second.engine().execute("load news/a.txt");
    second.engine().execute("load news/b.txt");
    assertEquals(0, second.annotations().get());
    assertEquals(2, second.engine().workspace().find("docs").orElseThrow().rowCount());
  }

  @Test
  void aRestoredCorpusTakesMoreDocuments() throws Exception {
    writeCorpus();
    TestEngines.dictionary(base, cache, NAMES).engine().execute("load news/");
    Files.writeString(base.resolve("c.txt"), "London, London and Ada Lovelace.\n");
    TestEngines.Counted second = TestEngines.dictionary(base, cache, NAMES);
    second.engine().execute("load news/");
    second.engine().execute("load c.txt");
    assertEquals(1, second.annotations().get(), "only the new document is annotated");
    var mentions = second.engine().workspace().find("mentions").orElseThrow();
    assertEquals(7, mentions.rowCount());
    assertEquals(4, mentions.stringColumn("entity").isEqualTo("London").size());
    assertEquals(3, mentions.where(mentions.stringColumn("doc").isEqualTo("c.txt")).rowCount());
  }

  @Test
  void aRestoredCorpusFollowsTheAliasesOfTodayNotOfTheSnapshot() throws Exception {
    writeCorpus();
    TestEngines.dictionary(base, cache, NAMES).engine().execute("load news/");
    Files.writeString(base.resolve("news/aliases.tsv"), "London\tLondres\n");
    TestEngines.Counted second = TestEngines.dictionary(base, cache, NAMES);
    second.engine().execute("load news/");
    assertEquals(0, second.annotations().get(), "restored, not annotated");
    var entity = second.engine().workspace().find("mentions").orElseThrow().stringColumn("entity");
    assertEquals(2, entity.isEqualTo("Londres").size());
    assertEquals(0, entity.isEqualTo("London").size());
  }

  @Test
  void anEntryFromAnotherPipelineIsStale() throws Exception {
    writeCorpus();
    TestEngines.dictionary(base, cache, NAMES).engine().execute("load news/");
    TestEngines.Counted other = TestEngines.dictionary(base, cache, Map.of("London", "GPE"));
    other.engine().execute("load news/");
    assertEquals(2, other.annotations().get(), "other models make other annotations");
    assertEquals(2, other.engine().workspace().find("mentions").orElseThrow().rowCount());
  }
}
