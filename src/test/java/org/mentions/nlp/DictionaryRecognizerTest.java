package org.mentions.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DictionaryRecognizerTest {
  private final TextPipeline pipeline = SharedModels.pipeline();

  private static List<String> texts(String text, Sentence s, List<NameSpan> spans) {
    return spans.stream()
        .map(n -> text.substring(s.tokens().get(n.start()).start(), s.tokens().get(n.end() - 1).end()) + "/"
            + n.label())
        .toList();
  }

  @Test
  void longestMatchFirstAndCaseSensitive() {
    var dict = new DictionaryRecognizer(Map.of(
        "Security Council", "ORG", "UN Security Council", "ORG", "UN", "ORG", "Russia", "GPE"));
    String text = "At the UN Security Council, the UN envoy said russia and Russia disagreed.";
    Sentence s = pipeline.analyse(text).get(0);
    assertEquals(List.of("UN Security Council/ORG", "UN/ORG", "Russia/GPE"), texts(text, s, dict.find(s)));
  }

  @Test
  void phrasesMatchHoweverTheTokenizerCutThem() {
    var dict = new DictionaryRecognizer(Map.of(
        "Linda  Thomas-Greenfield", "person", "RFE/RL", "organization", "U.S.", "location"));
    String text = "RFE/RL's reporter asked U.S. envoy Linda Thomas-Greenfield.";
    Sentence s = pipeline.analyse(text).get(0);
    assertEquals(List.of("RFE/RL/organization", "U.S./location", "Linda Thomas-Greenfield/person"),
        texts(text, s, dict.find(s)));
  }

  @Test
  void readsLabelTabPhraseLines() throws IOException {
    var dict = DictionaryRecognizer.fromTsv("places", new StringReader(
        "# comment\nlocation\tKyiv\n\norganization\tWhite House\n"));
    assertEquals(2, dict.size());
    assertEquals("places", dict.info().name());
    assertEquals(List.of("location", "organization"), dict.info().types());
    assertThrows(IOException.class, () -> DictionaryRecognizer.fromTsv("bad", new StringReader("no tab here\n")));
  }
}
