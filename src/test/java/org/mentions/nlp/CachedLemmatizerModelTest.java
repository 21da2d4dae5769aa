package org.mentions.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import org.junit.jupiter.api.Test;

class CachedLemmatizerModelTest {
  private static InputStream model() {
    return CachedLemmatizerModelTest.class.getClassLoader().getResourceAsStream(TextPipeline.LEMMA_MODEL);
  }

  @Test
  void remembersScoresWithoutChangingALemma() throws IOException {
    LemmatizerME plain;
    CachedLemmatizerModel cachedModel;
    try (InputStream a = model(); InputStream b = model()) {
      plain = new LemmatizerME(new LemmatizerModel(a));
      cachedModel = new CachedLemmatizerModel(b);
    }
    LemmatizerME cached = new LemmatizerME(cachedModel);
    TextPipeline pipeline = SharedModels.pipeline();
    int tokens = 0;
    // twice over the seeds: the second pass is answered from memory and must agree as well
    for (int pass = 0; pass < 2; pass++) {
      for (String name : SharedModels.seedNames()) {
        for (Sentence s : pipeline.analyse(SharedModels.seed(name))) {
          String[] words = new String[s.tokens().size()];
          for (int i = 0; i < words.length; i++) words[i] = TextPipeline.plain(s.tokens().get(i).word());
          String[] tags = s.tags();
          assertArrayEquals(plain.lemmatize(words, tags), cached.lemmatize(words, tags), String.join(" ", words));
          tokens += words.length;
        }
      }
    }
    assertTrue(cachedModel.remembered() > 0 && cachedModel.remembered() < tokens / 2,
        cachedModel.remembered() + " feature sets for " + tokens + " tokens");
  }
}
