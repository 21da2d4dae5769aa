package org.mentions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathsTest {
  @TempDir Path dir;

  @Test
  void folderIsWalkedRecursivelyInSortedOrderSkippingHiddenSidecarsAndUnknownFormats() {
    Fixtures.write(dir, "corpus/b.txt", "B\n");
    Fixtures.write(dir, "corpus/a.md", "# A\n");
    Fixtures.write(dir, "corpus/2022/jan/a.txt", "Jan\n");
    Fixtures.write(dir, "corpus/2022/feb.jsonl", "{\"text\": \"Feb\"}\n");
    Fixtures.write(dir, "corpus/.hidden.txt", "no\n");
    Fixtures.write(dir, "corpus/.git/x.txt", "no\n");
    Fixtures.write(dir, "corpus/metadata.csv", "doc,source\nb.txt,AP\n");
    Fixtures.write(dir, "corpus/sub/metadata.jsonl", "{\"doc\": \"x.txt\"}\n");
    Fixtures.write(dir, "corpus/image.png", "not an article");
    LoadBatch batch = Fixtures.load(dir, "corpus");
    assertEquals(List.of(), batch.problems());
    assertEquals(List.of("2022/feb.jsonl#1", "2022/jan/a.txt", "a.md", "b.txt"), Fixtures.ids(batch));
    assertEquals("corpus/2022/jan/a.txt", Fixtures.doc(batch, "2022/jan/a.txt").path());
  }

  @Test
  void singleFileIdIsItsFileNameAndPathIsRelativeToBase() {
    Fixtures.write(dir, "deep/er/x.txt", "X\n");
    Document doc = Fixtures.doc(Fixtures.load(dir, "deep/er/x.txt"), "x.txt");
    assertEquals("deep/er/x.txt", doc.path());
  }

  @Test
  void absolutePathsWork() {
    Path file = Fixtures.write(dir, "abs.txt", "Abs\n");
    LoadBatch batch = Fixtures.load(Path.of("/"), file.toString());
    assertEquals(List.of("abs.txt"), Fixtures.ids(batch));
  }

  @Test
  void globMatchesFilesInOneFolder() {
    Fixtures.write(dir, "articles/a.txt", "A\n");
    Fixtures.write(dir, "articles/b.txt", "B\n");
    Fixtures.write(dir, "articles/c.md", "C\n");
    Fixtures.write(dir, "articles/sub/d.txt", "D\n");
    LoadBatch batch = Fixtures.load(dir, "articles/*.txt");
    assertEquals(List.of(), batch.problems());
    assertEquals(List.of("a.txt", "b.txt"), Fixtures.ids(batch));
  }

  @Test
  void doubleStarGlobMatchesAtAnyDepthIncludingTheTop() {
    Fixtures.write(dir, "data/top.jsonl", "{\"text\": \"top\"}\n");
    Fixtures.write(dir, "data/2022/jan/x.jsonl", "{\"text\": \"x\"}\n");
    Fixtures.write(dir, "data/2022/jan/y.txt", "Y\n");
    LoadBatch batch = Fixtures.load(dir, "data/**/*.jsonl");
    assertEquals(List.of(), batch.problems());
    assertEquals(List.of("2022/jan/x.jsonl#1", "top.jsonl#1"), Fixtures.ids(batch));
  }

  @Test
  void theSameFileNamedTwiceIsReadOnce() {
    Fixtures.write(dir, "s/a.txt", "A\n");
    LoadBatch batch = Fixtures.load(dir, "s", "s/*.txt", "s/a.txt");
    assertEquals(List.of("a.txt"), Fixtures.ids(batch));
    assertEquals(List.of(), batch.problems());
  }

  @Test
  void sameIdFromTwoFoldersIsReportedAndTheFirstKept() {
    Fixtures.write(dir, "one/a.txt", "first\n");
    Fixtures.write(dir, "two/a.txt", "second\n");
    LoadBatch batch = Fixtures.load(dir, "one", "two");
    assertEquals(List.of("a.txt"), Fixtures.ids(batch));
    assertEquals("first\n", batch.documents().get(0).text());
    LoadProblem problem = Fixtures.problemFor(batch, "two/a.txt");
    assertTrue(problem.message().contains("one/a.txt"), problem.message());
  }

  @Test
  void pathsAreLoadedInTheOrderGiven() {
    Fixtures.write(dir, "z.txt", "Z\n");
    Fixtures.write(dir, "a.txt", "A\n");
    assertEquals(List.of("z.txt", "a.txt"), Fixtures.ids(Fixtures.load(dir, "z.txt", "a.txt")));
  }

  @Test
  void interruptedThreadStopsBetweenFilesAndKeepsTheFlag() {
    Fixtures.write(dir, "a.txt", "A\n");
    Thread.currentThread().interrupt();
    LoadBatch batch;
    try {
      batch = Fixtures.load(dir, "a.txt");
    } finally {
      assertTrue(Thread.interrupted(), "interrupt flag should be restored");
    }
    assertTrue(batch.cancelled());
    assertEquals(List.of(), batch.documents());
    assertEquals(List.of("a.txt"), Fixtures.ids(Fixtures.load(dir, "a.txt")));
  }

  @Test
  void aNewFormatIsARegistration() {
    Fixtures.write(dir, "f/a.rev", "olleh");
    Fixtures.write(dir, "f/b.txt", "B\n");
    ReaderRegistry registry = ReaderRegistry.standard().register(new DocumentReader() {
      @Override
      public List<String> extensions() {
        return List.of("rev");
      }

      @Override
      public LoadBatch read(SourceFile source, ReadOptions options) throws java.io.IOException {
        String text = new StringBuilder(java.nio.file.Files.readString(source.file())).reverse().toString();
        return new LoadBatch(List.of(new Document(source.id(), source.path(), text, text, java.util.Map.of())),
            List.of());
      }
    });
    LoadBatch batch = new CorpusSource(registry).read(dir, List.of("f"), ReadOptions.DEFAULTS);
    assertEquals(List.of("a.rev", "b.txt"), Fixtures.ids(batch));
    assertEquals("hello", batch.documents().get(0).text());
  }
}
