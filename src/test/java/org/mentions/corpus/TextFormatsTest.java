package org.mentions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFormatsTest {
  @TempDir Path dir;

  @Test
  void txtTitleIsFirstNonEmptyLineAndTextIsWholeFile() {
    String text = "\n\n  Lavrov meets Blinken  \nGENEVA - The two met on Friday.\n";
    Fixtures.write(dir, "a.txt", text);
    LoadBatch batch = Fixtures.load(dir, "a.txt");
    assertEquals(List.of(), batch.problems());
    Document doc = Fixtures.doc(batch, "a.txt");
    assertEquals("Lavrov meets Blinken", doc.title());
    assertEquals(text, doc.text());
    assertEquals("a.txt", doc.path());
    assertTrue(doc.metadata().isEmpty());
  }

  @Test
  void windowsLineEndingsBecomeNewlines() {
    Fixtures.write(dir, "crlf.txt", "Title\r\nBody line\r\n");
    Document doc = Fixtures.doc(Fixtures.load(dir, "crlf.txt"), "crlf.txt");
    assertEquals("Title\nBody line\n", doc.text());
    assertEquals("Title", doc.title());
  }

  @Test
  void markdownHeadingMarksAreStrippedFromTheTitleOnly() {
    Fixtures.write(dir, "notes/b.md", "# Talks in *Geneva* #\n\nSome **text**.\n");
    LoadBatch batch = Fixtures.load(dir, "notes");
    Document doc = Fixtures.doc(batch, "b.md");
    assertEquals("Talks in *Geneva*", doc.title());
    assertTrue(doc.text().startsWith("# Talks"));
    assertEquals("notes/b.md", doc.path());
  }

  @Test
  void markdownTitleWithoutHeadingIsTheLineItself() {
    Fixtures.write(dir, "c.md", "Plain first line\nmore\n");
    assertEquals("Plain first line", Fixtures.doc(Fixtures.load(dir, "c.md"), "c.md").title());
  }

  @Test
  void byteOrderMarkIsDropped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', '\n'};
    Fixtures.write(dir, "bom.txt", bom);
    assertEquals("Hi\n", Fixtures.doc(Fixtures.load(dir, "bom.txt"), "bom.txt").text());
  }
}
