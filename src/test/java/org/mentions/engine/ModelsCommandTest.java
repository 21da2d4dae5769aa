package org.mentions.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.result.ErrorResult;
import org.mentions.result.Event;
import org.mentions.result.TableResult;
import tech.tablesaw.api.Table;

/** models lists the recognisers; models add opennlp plugs in a model this test trains on sentences it writes. */
class ModelsCommandTest {
  @TempDir Path base;
  @TempDir Path cache;

  /** A tiny person model: "Zorblat Quux"-like names before "said". */
  private Path trainModel() throws IOException {
    String[] first = {"Zorblat", "Mirvana", "Quentar", "Oskadi", "Belvor", "Tandrel"};
    String[] last = {"Quux", "Fennick", "Drabov", "Ulmast", "Krenz", "Polvar"};
    StringBuilder lines = new StringBuilder();
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < first.length; i++) {
        String name = first[i] + " " + last[(i + round) % last.length];
        lines.append("<START:person> ").append(name).append(" <END> said the plan was ready .\n");
        lines.append("The board met <START:person> ").append(name).append(" <END> on the day .\n");
        lines.append("The plan was ready , said the board .\n");
      }
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 60);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    TokenNameFinderModel model;
    try (ObjectStream<NameSample> samples = new NameSampleDataStream(new PlainTextByLineStream(
        () -> new java.io.ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8))) {
      model = NameFinderME.train("en", null, samples, params, new TokenNameFinderFactory());
    }
    Path file = base.resolve("people.bin");
    try (OutputStream out = Files.newOutputStream(file)) {
      model.serialize(out);
    }
    return file;
  }

  private static Event run(Engine engine, String command) {
    Event e = engine.execute(command).get(0);
    assertFalse(e.failed(), () -> command + ": " + e.result());
    return e;
  }

  private static List<String> names(Table t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.rowCount(); i++) out.add(t.getString(i, "name"));
    return out;
  }

  @Test
  void listsRecognisersInPriorityOrderWithArtifactVersionLicenceAndTypes() {
    Engine engine = TestEngines.standardDictionary(base, cache, Map.of("Paris", "GPE")).engine();
    Table models = ((TableResult) run(engine, "models").result()).table();
    assertEquals(List.of("priority", "name", "artifact", "version", "licence", "types", "role"), models.columnNames());
    assertEquals(List.of("credits", "dictionary", "regex"), names(models));
    assertEquals("GPE", models.getString(1, "types"));
  }

  @Test
  void anAddedOpenNlpModelFindsNamesBelowTheDefaultAndRunsOnlyItselfOverCachedSentences() throws Exception {
    Path model = trainModel();
    Files.writeString(base.resolve("a.txt"), "Mirvana Fennick said the plan was ready. Belvor Krenz said it too.\n");
    TestEngines.Counted counted = TestEngines.standardDictionary(base, cache, Map.of("Belvor Krenz", "ORG"));
    Engine engine = counted.engine();
    run(engine, "load a.txt");
    assertEquals(1, counted.annotations().get());
    Table before = engine.workspace().find("mentions").orElseThrow();
    assertEquals(1, before.rowCount());

    run(engine, "models add opennlp people.bin");
    assertEquals(1, counted.annotations().get(), "the default recogniser did not run again");
    Table mentions = engine.workspace().find("mentions").orElseThrow();
    List<String> found = new ArrayList<>();
    for (int i = 0; i < mentions.rowCount(); i++) {
      found.add(mentions.getString(i, "text") + "/" + mentions.getString(i, "type"));
    }
    assertTrue(found.contains("Mirvana Fennick/person"), found::toString);
    assertTrue(found.contains("Belvor Krenz/organization"), "the default wins where spans overlap: " + found);
    assertTrue(names(((TableResult) run(engine, "models").result()).table()).contains("opennlp:people"));

    // the model is part of the cache key: a session with the same model reads the extended annotation
    TestEngines.Counted second = TestEngines.standardDictionary(base, cache, Map.of("Belvor Krenz", "ORG"));
    run(second.engine(), "models add opennlp people.bin");
    run(second.engine(), "load a.txt");
    assertEquals(0, second.annotations().get());
    assertEquals(mentions.rowCount(), second.engine().workspace().find("mentions").orElseThrow().rowCount());
  }

  @Test
  void aFileThatIsNotAModelIsAClearError() throws Exception {
    Files.writeString(base.resolve("junk.bin"), "not a model");
    Engine engine = TestEngines.standardDictionary(base, cache, Map.of()).engine();
    Event e = engine.execute("models add opennlp junk.bin").get(0);
    assertTrue(e.result() instanceof ErrorResult);
    assertTrue(((ErrorResult) e.result()).message().contains("not an OpenNLP name finder model"));
    assertTrue(engine.execute("models add opennlp missing.bin").get(0).result() instanceof ErrorResult);
  }
}
