package org.mentions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarsTest {
  @TempDir Path dir;

  @Test
  void csvSidecarAddsMetadataAndOverridesTitle() {
    Fixtures.write(dir, "c/a.txt", "First line title\nbody\n");
    Fixtures.write(dir, "c/b.txt", "Bee\n");
    Fixtures.write(dir, "c/metadata.csv", "Doc,Title,Source,Date,Language\n"
        + "a.txt,\"Real, title\",RFE/RL,2022-02-01,en\n"
        + "gone.txt,Missing,X,2020-01-01,en\n");
    LoadBatch batch = Fixtures.load(dir, "c");
    assertEquals(List.of(), batch.problems());
    Document a = Fixtures.doc(batch, "a.txt");
    assertEquals("Real, title", a.title());
    assertEquals(Map.of("title", "Real, title", "source", "RFE/RL", "date", "2022-02-01", "language", "en"),
        a.metadata());
    Document b = Fixtures.doc(batch, "b.txt");
    assertEquals("Bee", b.title());
    assertTrue(b.metadata().isEmpty());
  }

  @Test
  void jsonlSidecarWithFileColumnAndNestedNames() {
    Fixtures.write(dir, "j/2022/x.txt", "X\n");
    Fixtures.write(dir, "j/2022/y.txt", "Y\n");
    Fixtures.write(dir, "j/metadata.jsonl", "{\"file\": \"2022/x.txt\", \"source\": \"AP\", \"date\": \"2022-03-04\"}\n"
        + "{\"file\": \"./2022/y.txt\", \"source\": \"AFP\"}\n");
    Fixtures.write(dir, "j/2022/metadata.csv", "id,source\ny.txt,Reuters\n");
    LoadBatch batch = Fixtures.load(dir, "j");
    assertEquals(List.of(), batch.problems());
    assertEquals(Map.of("source", "AP", "date", "2022-03-04"), Fixtures.doc(batch, "2022/x.txt").metadata());
    assertEquals(Map.of("source", "Reuters"), Fixtures.doc(batch, "2022/y.txt").metadata(),
        "the sidecar nearest the file wins");
  }

  @Test
  void sidecarAppliesToAFileNamedDirectly() {
    Fixtures.write(dir, "d/a.txt", "A\n");
    Fixtures.write(dir, "d/metadata.csv", "doc,source\na.txt,AP\n");
    assertEquals(Map.of("source", "AP"), Fixtures.doc(Fixtures.load(dir, "d/a.txt"), "a.txt").metadata());
  }

  @Test
  void sidecarForARecordFileFillsGapsWithoutOverridingRecords() {
    Fixtures.write(dir, "r/n.jsonl", "{\"text\": \"one\", \"source\": \"own\"}\n{\"text\": \"two\"}\n");
    Fixtures.write(dir, "r/metadata.csv", "doc,source,title,language\nn.jsonl,dump,Dump title,en\n");
    LoadBatch batch = Fixtures.load(dir, "r");
    assertEquals(Map.of("source", "own", "language", "en"), Fixtures.doc(batch, "n.jsonl#1").metadata());
    assertEquals(Map.of("source", "dump", "language", "en"), Fixtures.doc(batch, "n.jsonl#2").metadata());
    assertEquals("two", Fixtures.doc(batch, "n.jsonl#2").title());
  }

  @Test
  void sidecarWithoutKeyColumnIsAProblemButFilesLoad() {
    Fixtures.write(dir, "k/a.txt", "A\n");
    Fixtures.write(dir, "k/metadata.csv", "name,source\na.txt,AP\n");
    LoadBatch batch = Fixtures.load(dir, "k");
    assertEquals(List.of("a.txt"), Fixtures.ids(batch));
    LoadProblem problem = Fixtures.problemFor(batch, "k/metadata.csv");
    assertTrue(problem.message().contains("no doc, file or id column") && problem.message().contains("name, source"),
        problem.message());
  }
}
