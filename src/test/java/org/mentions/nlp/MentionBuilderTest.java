package org.mentions.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionBuilderTest {
  private final TextPipeline pipeline = SharedModels.pipeline();

  /** A recogniser that returns fixed token spans, as a statistical one might (spans with noise around names). */
  private record FixedSpans(String name, Map<String, String> phraseToLabel) implements Recognizer {
    @Override
    public RecognizerInfo info() {
      return new RecognizerInfo(name, "test", "1", "none", List.of());
    }

    @Override
    public List<NameSpan> find(Sentence sentence) {
      return new DictionaryRecognizer(phraseToLabel).find(sentence);
    }
  }

  private List<Mention> mentions(String text, Recognizer... recognizers) {
    Annotation a = new Annotator(pipeline, List.of(recognizers)).annotate(text);
    List<Mention> mentions = new MentionBuilder().build(text, a);
    for (Mention m : mentions) {
      assertEquals(m.text(), text.substring(m.charStart(), m.charEnd()));
      assertEquals(m.charStart(), a.sentences().get(m.sentence()).tokens().get(m.start()).start());
    }
    return mentions;
  }

  private static List<String> summary(List<Mention> mentions) {
    return mentions.stream().map(m -> m.text() + "/" + m.type() + "/" + m.fineType()).toList();
  }

  @Test
  void spansLoseArticlesPossessivesAndPunctuation() {
    String text = "Officials in the United States said \"Russia's\" demands, reported by the BBC, came from Moscow.";
    var noisy = new FixedSpans("noisy", Map.of(
        "the United States", "GPE", "\"Russia's\"", "GPE", "the BBC,", "ORG", "Moscow.", "GPE"));
    assertEquals(List.of("United States/location/GPE", "Russia/location/GPE", "BBC/organization/ORG",
        "Moscow/location/GPE"), summary(mentions(text, noisy)));
  }

  @Test
  void spansThatAreOnlyNoiseAreDropped() {
    String text = "He said \"the\" was enough.";
    var noisy = new FixedSpans("noisy", Map.of("\"the\"", "ORG"));
    assertEquals(List.of(), mentions(text, noisy));
  }

  @Test
  void earlierRecognizerWinsOverlapsAndDuplicatesGo() {
    String text = "The UN Security Council met in New York, in Manhattan.";
    var first = new FixedSpans("first", Map.of("Security Council", "organization", "New York", "location"));
    var second = new FixedSpans("second", Map.of("UN Security Council", "ORG", "New York", "GPE",
        "Manhattan", "GPE"));
    List<Mention> mentions = mentions(text, first, second);
    assertEquals(List.of("Security Council/organization/organization", "New York/location/location",
        "Manhattan/location/GPE"), summary(mentions));
  }

  @Test
  void explicitOrderOverridesAppearanceOrder() {
    String text = "The UN Security Council met.";
    var first = new FixedSpans("first", Map.of("Security Council", "ORG"));
    var second = new FixedSpans("second", Map.of("UN Security Council", "ORG"));
    Annotation a = new Annotator(pipeline, List.of(first, second)).annotate(text);
    var builder = new MentionBuilder(List.of("second"), EntityNamer.whitespaceCollapsed());
    assertEquals(List.of("UN Security Council/organization/ORG"), summary(builder.build(text, a)));
  }

  @Test
  void entityIsTheTextWithWhitespaceCollapsed() {
    String text = "Talks with Antony\n  Blinken resumed.";
    var dict = new DictionaryRecognizer(Map.of("Antony Blinken", "PERSON"));
    Mention m = mentions(text, dict).get(0);
    assertEquals("Antony\n  Blinken", m.text());
    assertEquals("Antony Blinken", m.entity());
    assertEquals("person", m.type());
  }

  @Test
  void hyphenatedNamesStayWhole() {
    String text = "U.S. Ambassador Linda Thomas-Greenfield's remarks. Thomas-Greenfield’s aide spoke.";
    var dict = new DictionaryRecognizer(Map.of("Linda Thomas-Greenfield's", "PERSON",
        "Thomas-Greenfield", "PERSON"));
    List<Mention> mentions = mentions(text, dict);
    assertEquals(List.of("Linda Thomas-Greenfield/person/PERSON", "Thomas-Greenfield/person/PERSON"),
        summary(mentions));
    assertTrue(mentions.get(1).sentence() == 1);
  }
}
