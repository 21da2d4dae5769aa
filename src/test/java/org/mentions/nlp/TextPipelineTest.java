package org.mentions.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TextPipelineTest {
  private final TextPipeline pipeline = SharedModels.pipeline();

  private static List<String> words(Sentence s) {
    return List.of(s.words());
  }

  private static void assertOffsetsRoundTrip(String text, List<Sentence> sentences) {
    int previousEnd = 0;
    for (Sentence s : sentences) {
      assertTrue(s.start() >= previousEnd, "sentences in order, not overlapping");
      String sentence = text.substring(s.start(), s.end());
      assertEquals(sentence.strip(), sentence, "sentence trimmed");
      assertFalse(s.tokens().isEmpty());
      for (Token t : s.tokens()) {
        assertEquals(t.word(), text.substring(t.start(), t.end()));
        assertTrue(t.start() >= s.start() && t.end() <= s.end(), "token inside its sentence");
        assertFalse(t.lemma().isEmpty());
        assertFalse(t.pos().isEmpty());
      }
      previousEnd = s.end();
    }
  }

  @Test
  void offsetsRoundTripOnTheSeeds() {
    for (String name : SharedModels.seedNames()) {
      String text = SharedModels.seed(name);
      List<Sentence> sentences = pipeline.analyse(text);
      assertTrue(sentences.size() > 20, name);
      assertOffsetsRoundTrip(text, sentences);
    }
  }

  @Test
  void blankLineEndsASentence() {
    String text = "Putin won't stop\n\nWASHINGTON (AFP) - Talks resumed on Monday. They ended late.";
    List<Sentence> sentences = pipeline.analyse(text);
    assertOffsetsRoundTrip(text, sentences);
    assertEquals("Putin won't stop", text.substring(sentences.get(0).start(), sentences.get(0).end()));
    assertEquals(3, sentences.size());
    assertEquals(List.of("They", "ended", "late", "."), words(sentences.get(2)));
  }

  @Test
  void lineBreakEndsAParagraphUnlessTheTextIsHardWrapped() {
    String perLine = "Live Briefing: Ukraine In The Crosshairs\n"
        + "The conversation is set to be the first direct dialogue between the top diplomats since Washington "
        + "submitted its written responses last week.";
    assertEquals(2, pipeline.analyse(perLine).size());

    String wrapped = "The conversation is set to be the first direct dialogue between\n"
        + "the top diplomats since Washington submitted its written responses\n"
        + "last week. It is expected to be brief.";
    List<Sentence> sentences = pipeline.analyse(wrapped);
    assertOffsetsRoundTrip(wrapped, sentences);
    assertEquals(2, sentences.size());
    assertTrue(words(sentences.get(0)).containsAll(List.of("between", "the", "responses", "last")));
  }

  @Test
  void hyphenatedCompoundsAreOneToken() {
    String text = "U.S. Ambassador Linda Thomas-Greenfield praised the Franco-German plan.";
    List<Sentence> sentences = pipeline.analyse(text);
    assertEquals(1, sentences.size(), "no sentence break after U.S.");
    List<String> words = words(sentences.get(0));
    assertTrue(words.contains("Thomas-Greenfield"), words::toString);
    assertTrue(words.contains("Franco-German"), words::toString);
    assertEquals("U.S.", words.get(0));
  }

  @Test
  void possessivesAreSplitOff() {
    String text = "Russia's demands, Britain’s move and the States' reply worried NATO.";
    Sentence s = pipeline.analyse(text).get(0);
    assertOffsetsRoundTrip(text, List.of(s));
    List<String> words = words(s);
    assertEquals(List.of("Russia", "'s", "demands", ",", "Britain", "’s", "move", "and", "the", "States", "'",
        "reply", "worried", "NATO", "."), words);
  }

  @Test
  void curlyQuotesAndCliticsAreSeparateTokens() {
    String text = "“We’re ready,” she said. ‘Putin won’t stop’";
    List<Sentence> sentences = pipeline.analyse(text);
    assertOffsetsRoundTrip(text, sentences);
    List<String> all = new ArrayList<>();
    for (Sentence s : sentences) all.addAll(words(s));
    assertTrue(all.containsAll(List.of("“", "We", "’re", "”", "‘", "Putin", "’")), all::toString);
  }

  @Test
  void dottedInitialismKeepsItsStop() {
    List<String> words = words(pipeline.analyse("As a partner, the U.K. will continue to help.").get(0));
    assertTrue(words.contains("U.K."), words::toString);
  }

  @Test
  void lemmasAndUniversalTags() {
    Sentence s = pipeline.analyse("The diplomats were holding talks in Geneva.").get(0);
    assertEquals("diplomat", s.tokens().get(1).lemma());
    assertEquals("be", s.tokens().get(2).lemma());
    assertEquals("NOUN", s.tokens().get(1).pos());
    assertEquals("PROPN", s.tokens().get(6).pos());
  }

  @Test
  void emptyAndBlankTextsHaveNoSentences() {
    assertTrue(pipeline.analyse("").isEmpty());
    assertTrue(pipeline.analyse(" \n\n \t").isEmpty());
  }

  @Test
  void modelVersionNamesTheModels() {
    String v = TextPipeline.modelVersion();
    assertTrue(v.contains("2.5.6") && v.contains("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"), v);
  }

  @Test
  void threadsGetTheSameAnswers() throws Exception {
    String text = SharedModels.seed(SharedModels.seedNames().get(0));
    List<Sentence> expected = pipeline.analyse(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Sentence>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) results.add(pool.submit(() -> pipeline.analyse(text)));
      for (Future<List<Sentence>> f : results) assertEquals(expected, f.get());
    } finally {
      pool.shutdownNow();
    }
  }
}
