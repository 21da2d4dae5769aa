package org.mentions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading the same paths again skips reading files whose stamps (size, time, identity) are unchanged, and notices
 * every change a user makes: an edited, added or removed file, an edited sidecar.
 */
class ReadCacheTest {
  @TempDir Path corpus;
  @TempDir Path cache;
  private CorpusSource source;

  @BeforeEach
  void writeCorpus() throws IOException {
    Fixtures.write(corpus, "a.txt", "Alpha story.\nAnna Berg met Carl Dahl in Oslo.");
    Fixtures.write(corpus, "b.txt", "Beta story.\nThe ministry said nothing.");
    Fixtures.write(corpus, "sub/c.txt", "Gamma story.\nRain in Bergen.");
    Fixtures.write(corpus, "metadata.csv", "file,date,source\na.txt,2022-01-31,Wire\nb.txt,2022-02-01,Post\n");
    age(corpus);
    source = new CorpusSource().withReadCache(cache);
  }

  private LoadBatch load(boolean reread) {
    return source.read(corpus, List.of("."), new ReadOptions(null, reread));
  }

  /** Files written by a test are seconds old; a cache must not trust stamps that young, so they are set back. */
  private static void age(Path root) throws IOException {
    FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.toList()) Files.setLastModifiedTime(p, hourAgo);
    }
  }

  @Test
  void secondLoadGivesTheSameDocumentsWithoutReadingUnchangedFiles() throws IOException {
    LoadBatch first = load(false);
    assertEquals(List.of("a.txt", "b.txt", "sub/c.txt"), Fixtures.ids(first));
    try (Stream<Path> entries = Files.list(cache)) {
      assertEquals(1, entries.filter(p -> p.toString().endsWith(".read")).count(), "one entry for this load");
    }

    // Same length, same time, same file: only reading it could tell, and the second load does not read it.
    Path a = corpus.resolve("a.txt");
    FileTime time = Files.getLastModifiedTime(a);
    Files.writeString(a, "Alpha story.\nAnna Berg met Carl Dahl in Rome.");
    Files.setLastModifiedTime(a, time);
    LoadBatch second = load(false);
    assertEquals(first.documents(), second.documents(), "texts, metadata and hashes as first read");
    assertEquals("Wire", Fixtures.doc(second, "a.txt").metadata().get("source"));

    // --fresh reads every file again
    LoadBatch fresh = load(true);
    assertTrue(Fixtures.doc(fresh, "a.txt").text().endsWith("in Rome."));
    assertEquals(Document.hash(Fixtures.doc(fresh, "a.txt").text()), Fixtures.doc(fresh, "a.txt").contentHash());
  }

  @Test
  void anEditedFileIsReadAgain() throws IOException {
    load(false);
    Fixtures.write(corpus, "b.txt", "Beta story, longer now.\nThe ministry said plenty.");
    Document b = Fixtures.doc(load(false), "b.txt");
    assertTrue(b.text().contains("said plenty"), b.text());
    assertEquals(Document.hash(b.text()), b.contentHash());
  }

  @Test
  void addedAndRemovedFilesAreSeenEvenDeepInTheTree() throws IOException {
    load(false);
    Files.delete(corpus.resolve("b.txt"));
    Fixtures.write(corpus, "sub/deeper/d.txt", "Delta story.\nSnow in Tromsø.");
    age(corpus);
    assertEquals(List.of("a.txt", "sub/c.txt", "sub/deeper/d.txt"), Fixtures.ids(load(false)));
  }

  @Test
  void anEditedSidecarChangesTheMetadata() throws IOException {
    load(false);
    Fixtures.write(corpus, "metadata.csv", "file,date,source\na.txt,2022-01-31,Herald\n");
    age(corpus.resolve("metadata.csv"));
    LoadBatch again = load(false);
    assertEquals("Herald", Fixtures.doc(again, "a.txt").metadata().get("source"));
    assertEquals(Map.of(), Fixtures.doc(again, "b.txt").metadata());
  }

  @Test
  void aDamagedEntryIsIgnored() throws IOException {
    LoadBatch first = load(false);
    try (Stream<Path> entries = Files.list(cache)) {
      Path entry = entries.filter(p -> p.toString().endsWith(".read")).findFirst().orElseThrow();
      byte[] bytes = Files.readAllBytes(entry);
      bytes[bytes.length / 2] ^= 0x5a;
      Files.write(entry, bytes);
    }
    assertEquals(first.documents(), load(false).documents());
  }

  @Test
  void filesChangedMomentsAgoAreNotTrusted() throws IOException {
    Path fresh = corpus.resolve("new");
    Fixtures.write(fresh, "e.txt", "Epsilon story.\nWind in Oslo.");
    CorpusSource reader = new CorpusSource().withReadCache(cache);
    reader.read(fresh, List.of("."), ReadOptions.DEFAULTS);
    // rewritten within the file system's time resolution: same size, same time
    Path e = fresh.resolve("e.txt");
    FileTime time = Files.getLastModifiedTime(e);
    Files.writeString(e, "Epsilon story.\nWind in Bonn.");
    Files.setLastModifiedTime(e, time);
    Document again = Fixtures.doc(reader.read(fresh, List.of("."), ReadOptions.DEFAULTS), "e.txt");
    assertTrue(again.text().endsWith("Bonn."), again.text());
  }
}
