package org.mentions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives one clear problem naming the file, and the good file beside it still loads. */
class BadInputTest {
  @TempDir Path dir;

  private LoadProblem onlyProblemBesideAGoodFile(String badFile, String... paths) {
    Fixtures.write(dir, "in/good.txt", "Good article\n");
    String[] all = paths.length == 0 ? new String[] {"in"} : paths;
    LoadBatch batch = Fixtures.load(dir, all);
    assertTrue(Fixtures.ids(batch).contains("good.txt"), "good file should load: " + Fixtures.ids(batch));
    assertEquals(1, batch.problems().size(), batch.problems().toString());
    return Fixtures.problemFor(batch, badFile);
  }

  private static void assertSays(LoadProblem problem, String... words) {
    for (String word : words) {
      assertTrue(problem.message().contains(word), "'" + problem.message() + "' should mention " + word);
    }
    assertTrue(problem.message().lines().count() == 1, "one line: " + problem.message());
  }

  @Test
  void missingPathSuggestsASimilarName() {
    Fixtures.write(dir, "in/articel_01.txt", "x\n");
    LoadProblem problem = onlyProblemBesideAGoodFile("in/article_01.txt", "in", "in/article_01.txt");
    assertSays(problem, "no such file", "did you mean in/articel_01.txt?");
  }

  @Test
  void missingFolderInThePathIsSuggestedToo() {
    LoadProblem problem = onlyProblemBesideAGoodFile("inn/good.txt", "inn/good.txt", "in");
    assertSays(problem, "no such file", "did you mean in/good.txt?");
  }

  @Test
  void missingPathWithNothingSimilarSaysSo() {
    LoadProblem problem = onlyProblemBesideAGoodFile("zzzzzz.txt", "zzzzzz.txt", "in");
    assertEquals("no such file or folder", problem.message());
  }

  @Test
  void globMatchingNothing() {
    assertSays(onlyProblemBesideAGoodFile("in/*.jsonl", "in/*.jsonl", "in"), "no files match");
  }

  @Test
  void globUnderAMissingFolder() {
    assertSays(onlyProblemBesideAGoodFile("nope/*.txt", "nope/*.txt", "in"), "no files match", "nope",
        "does not exist");
  }

  @Test
  void explicitFileWithUnknownExtension() {
    Fixtures.write(dir, "in/notes.xyz", "text");
    assertSays(onlyProblemBesideAGoodFile("in/notes.xyz", "in/notes.xyz", "in"),
        "unknown format .xyz; known: .txt, .md, .jsonl, .csv");
  }

  @Test
  void binaryFileWithNulBytes() {
    Fixtures.write(dir, "in/photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    assertSays(onlyProblemBesideAGoodFile("in/photo.txt"), "binary");
  }

  @Test
  void binaryFileWithMostlyControlBytes() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (1 + i % 8);
    Fixtures.write(dir, "in/blob.md", bytes);
    assertSays(onlyProblemBesideAGoodFile("in/blob.md"), "binary");
  }

  @Test
  void utf16FileIsNamedAsSuch() {
    Fixtures.write(dir, "in/wide.txt", "\uFEFFHello".getBytes(StandardCharsets.UTF_16LE));
    assertSays(onlyProblemBesideAGoodFile("in/wide.txt"), "UTF-16", "UTF-8");
  }

  @Test
  void emptyFile() {
    Fixtures.write(dir, "in/empty.txt", "");
    assertSays(onlyProblemBesideAGoodFile("in/empty.txt"), "empty");
  }

  @Test
  void whitespaceOnlyFile() {
    Fixtures.write(dir, "in/blank.md", "  \n\t\n \n");
    assertSays(onlyProblemBesideAGoodFile("in/blank.md"), "only whitespace");
  }

  @Test
  void whitespaceOnlyJsonl() {
    Fixtures.write(dir, "in/blank.jsonl", "\n \n");
    assertSays(onlyProblemBesideAGoodFile("in/blank.jsonl"), "only whitespace");
  }

  @Test
  void invalidUtf8SaysWhere() {
    byte[] latin1 = "Line one\nCaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
    Fixtures.write(dir, "in/latin1.txt", latin1);
    assertSays(onlyProblemBesideAGoodFile("in/latin1.txt"), "not valid UTF-8", "offset 12", "line 2");
  }

  @Test
  void invalidUtf8InAJsonlLine() {
    byte[] head = "{\"text\": \"ok\"}\n{\"text\": \"caf".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
    bytes[head.length] = (byte) 0xE9;
    bytes[head.length + 1] = '"';
    bytes[head.length + 2] = '}';
    Fixtures.write(dir, "in/bad.jsonl", bytes);
    LoadProblem problem = onlyProblemBesideAGoodFile("in/bad.jsonl");
    assertSays(problem, "not valid UTF-8", "offset " + head.length, "line 2");
  }

  @Test
  void invalidUtf8InACsvRowKeepsTheRowsBefore() {
    byte[] head = "text\nfirst row\nsecond r".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = (byte) 0xFF;
    bytes[head.length + 1] = '\n';
    Fixtures.write(dir, "in/bad.csv", bytes);
    Fixtures.write(dir, "in/good.txt", "Good article\n");
    LoadBatch batch = Fixtures.load(dir, "in");
    assertEquals(List.of("bad.csv#1", "good.txt"), Fixtures.ids(batch));
    assertSays(Fixtures.problemFor(batch, "in/bad.csv"), "not valid UTF-8", "offset " + head.length, "line 3");
  }

  @Test
  void csvWithoutTextColumnListsItsColumnsAndMentionsTheOption() {
    Fixtures.write(dir, "in/table.csv", "Headline,Story,Date\nA,some story,2022-01-01\n");
    assertSays(onlyProblemBesideAGoodFile("in/table.csv"), "no text column", "text, body, content",
        "headline, story, date", "--text");
  }

  @Test
  void csvWithAMissingTextOptionColumn() {
    Fixtures.write(dir, "in/good.txt", "Good article\n");
    Fixtures.write(dir, "in/table.csv", "title,text\nA,some story\n");
    LoadBatch batch = Fixtures.load(dir, new ReadOptions("story"), "in");
    assertEquals(List.of("good.txt"), Fixtures.ids(batch));
    assertSays(Fixtures.problemFor(batch, "in/table.csv"), "no column 'story'", "title, text");
  }

  @Test
  void semicolonCsvGetsAHint() {
    Fixtures.write(dir, "in/semi.csv", "title;text\nA;b\n");
    assertSays(onlyProblemBesideAGoodFile("in/semi.csv"), "';'");
  }

  @Test
  void csvWithAnUnclosedQuote() {
    Fixtures.write(dir, "in/q.csv", "text\nfine\n\"never closed\nmore\n");
    Fixtures.write(dir, "in/good.txt", "Good article\n");
    LoadBatch batch = Fixtures.load(dir, "in");
    assertEquals(List.of("good.txt", "q.csv#1"), Fixtures.ids(batch));
    assertSays(Fixtures.problemFor(batch, "in/q.csv"), "quote", "line 3");
  }

  @Test
  void malformedJsonlLineGivesItsNumberAndOtherLinesLoad() {
    Fixtures.write(dir, "in/good.txt", "Good article\n");
    Fixtures.write(dir, "in/r.jsonl", "{\"text\": \"one\"}\n{\"text\": \"two\",\n[1, 2]\n{\"text\": \"four\"}\n");
    LoadBatch batch = Fixtures.load(dir, "in");
    assertEquals(List.of("good.txt", "r.jsonl#1", "r.jsonl#4"), Fixtures.ids(batch));
    List<LoadProblem> problems = batch.problems();
    assertEquals(2, problems.size(), problems.toString());
    assertEquals("in/r.jsonl", problems.get(0).file());
    assertTrue(problems.get(0).message().startsWith("line 2 is not valid JSON"), problems.get(0).message());
    assertTrue(problems.get(1).message().startsWith("line 3 is a JSON array, not an object"),
        problems.get(1).message());
  }

  @Test
  void textFileOverTheSizeLimitIsRefused() throws IOException {
    Path big = dir.resolve("in/huge.txt");
    Files.createDirectories(big.getParent());
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024);
    }
    assertSays(onlyProblemBesideAGoodFile("in/huge.txt"), "50 MB", "20 MB limit", "split");
  }

  @Test
  void bigJsonlFileIsStreamedAndAnOverlongRecordIsRefused() throws IOException {
    Path big = dir.resolve("in/big.jsonl");
    Files.createDirectories(big.getParent());
    String body = "word ".repeat(2000);
    int records = (int) (TextFiles.MAX_TEXT_FILE_BYTES / body.length()) + 100;
    try (BufferedWriter out = Files.newBufferedWriter(big)) {
      for (int i = 1; i <= records; i++) {
        if (i == 3) {
          out.write("{\"text\": \"" + "x".repeat(TextFiles.MAX_RECORD_CHARS) + "\"}\n");
        } else {
          out.write("{\"id\": \"n" + i + "\", \"text\": \"" + body + "\"}\n");
        }
      }
    }
    assertTrue(Files.size(big) > TextFiles.MAX_TEXT_FILE_BYTES);
    LoadProblem problem = onlyProblemBesideAGoodFile("in/big.jsonl");
    assertSays(problem, "line 3", "longer than");
    LoadBatch batch = Fixtures.load(dir, "in/big.jsonl");
    assertEquals(records - 1, batch.documents().size());
    assertEquals("n" + records, batch.documents().get(records - 2).id());
  }

  @Test
  void unreadableFile() throws IOException {
    Path secret = Fixtures.write(dir, "in/secret.txt", "secret\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(secret), "running as a user who can read anything (root)");
    assertSays(onlyProblemBesideAGoodFile("in/secret.txt"), "cannot be read", "permission denied");
  }

  @Test
  void nothingToLoad() {
    LoadBatch batch = new CorpusSource().read(dir, List.of(), ReadOptions.DEFAULTS);
    assertEquals(1, batch.problems().size());
    assertTrue(batch.problems().get(0).message().contains("nothing to load"));
  }

  @Test
  void folderWithNoArticles() {
    Fixtures.write(dir, "pics/a.png", "x");
    LoadBatch batch = Fixtures.load(dir, "pics");
    assertSays(Fixtures.problemFor(batch, "pics"), "no .txt, .md, .jsonl, .csv files", "1 other files skipped");
  }
}
