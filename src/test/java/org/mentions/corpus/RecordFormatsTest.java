package org.mentions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFormatsTest {
  @TempDir Path dir;

  @Test
  void jsonlRecordsBecomeDocumentsWithMetadata() {
    Fixtures.write(dir, "news.jsonl", """
        {"id": "r1", "Headline": "Talks", "Body": "Lavrov spoke.\\nThen Blinken.", "Source": "AFP", "words": 4}

        {"body": "Second article\\nmore", "date": "2022-01-31", "tags": ["a", "b"], "note": null}
        """);
    LoadBatch batch = Fixtures.load(dir, "news.jsonl");
    assertEquals(List.of(), batch.problems());
    assertEquals(List.of("r1", "news.jsonl#2"), Fixtures.ids(batch));
    Document first = batch.documents().get(0);
    assertEquals("Lavrov spoke.\nThen Blinken.", first.text());
    assertEquals("Talks", first.title());
    assertEquals(Map.of("headline", "Talks", "source", "AFP", "words", "4"), first.metadata());
    assertEquals("news.jsonl", first.path());
    Document second = batch.documents().get(1);
    assertEquals("Second article", second.title());
    assertEquals(Map.of("date", "2022-01-31", "tags", "[\"a\",\"b\"]"), second.metadata());
  }

  @Test
  void csvWithQuotedFieldsAndLineBreaks() {
    Fixtures.write(dir, "news.csv", "ID,Title,Text,Date\r\n"
        + "x1,\"Envoys, again\",\"He said \"\"no\"\".\nSecond line.\",2022-02-01\r\n"
        + "\r\n"
        + ",,Untitled text here,\n");
    LoadBatch batch = Fixtures.load(dir, "news.csv");
    assertEquals(List.of(), batch.problems());
    assertEquals(List.of("x1", "news.csv#2"), Fixtures.ids(batch));
    Document first = batch.documents().get(0);
    assertEquals("He said \"no\".\nSecond line.", first.text());
    assertEquals("Envoys, again", first.title());
    assertEquals(Map.of("title", "Envoys, again", "date", "2022-02-01"), first.metadata());
    Document second = batch.documents().get(1);
    assertEquals("Untitled text here", second.title());
    assertTrue(second.metadata().isEmpty(), second.metadata().toString());
  }

  @Test
  void defaultTextColumnIsTheFirstOfTextBodyContent() {
    Fixtures.write(dir, "c.csv", "content,body\nthe content,the body\n");
    Document doc = Fixtures.doc(Fixtures.load(dir, "c.csv"), "c.csv#1");
    assertEquals("the body", doc.text());
    assertEquals(Map.of("content", "the content"), doc.metadata());
  }

  @Test
  void textOptionNamesTheColumnIgnoringCase() {
    Fixtures.write(dir, "c.csv", "Article,text\nthe article,short\n");
    Fixtures.write(dir, "d.jsonl", "{\"ARTICLE\": \"json article\"}\n");
    LoadBatch batch = Fixtures.load(dir, new ReadOptions("article"), "c.csv", "d.jsonl");
    assertEquals(List.of(), batch.problems());
    assertEquals("the article", Fixtures.doc(batch, "c.csv#1").text());
    assertEquals(Map.of("text", "short"), Fixtures.doc(batch, "c.csv#1").metadata());
    assertEquals("json article", Fixtures.doc(batch, "d.jsonl#1").text());
  }

  @Test
  void recordIdsInsideAFolderUseTheRelativePath() {
    Fixtures.write(dir, "data/2022/jan.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
    assertEquals(List.of("2022/jan.jsonl#1", "2022/jan.jsonl#2"), Fixtures.ids(Fixtures.load(dir, "data")));
  }

  @Test
  void recordWithEmptyTextIsAProblemAndTheRestLoad() {
    Fixtures.write(dir, "e.csv", "text,title\n,Empty one\nfine text,Fine\n");
    LoadBatch batch = Fixtures.load(dir, "e.csv");
    assertEquals(List.of("e.csv#2"), Fixtures.ids(batch));
    LoadProblem problem = Fixtures.problemFor(batch, "e.csv");
    assertTrue(problem.message().contains("row 1") && problem.message().contains("empty"), problem.message());
  }

  @Test
  void manyBadRecordsAreSummarised() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20; i++) lines.append("not json ").append(i).append('\n');
    lines.append("{\"text\": \"ok\"}\n");
    Fixtures.write(dir, "m.jsonl", lines.toString());
    LoadBatch batch = Fixtures.load(dir, "m.jsonl");
    assertEquals(List.of("m.jsonl#21"), Fixtures.ids(batch));
    assertEquals(RecordMapper.MAX_PROBLEMS_SHOWN + 1, batch.problems().size());
    String last = batch.problems().get(batch.problems().size() - 1).message();
    assertTrue(last.startsWith("15 more problems"), last);
    assertFalse(batch.problems().get(0).message().isBlank());
  }
}
