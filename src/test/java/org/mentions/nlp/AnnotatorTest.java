package org.mentions.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnnotatorTest {
  /** Not thread-safe on purpose: fails if two threads are inside find() at once. */
  private static final class SingleThreaded implements Recognizer {
    private final DictionaryRecognizer inner = new DictionaryRecognizer("single", Map.of("Russia", "GPE"));
    private final AtomicInteger inside = new AtomicInteger();
    volatile boolean overlapped;

    @Override
    public RecognizerInfo info() {
      return new RecognizerInfo("single", "test", "1", "none", List.of("GPE"));
    }

    @Override
    public List<NameSpan> find(Sentence sentence) {
      if (inside.incrementAndGet() > 1) overlapped = true;
      try {
        Thread.sleep(1);
        return inner.find(sentence);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return List.of();
      } finally {
        inside.decrementAndGet();
      }
    }
  }

  @Test
  void namesAreTaggedWithTheirRecognizerInListOrder() {
    var places = new DictionaryRecognizer("places", Map.of("Moscow", "location", "Kyiv", "location"));
    var people = new DictionaryRecognizer("people", Map.of("Putin", "person"));
    Annotator annotator = new Annotator(SharedModels.pipeline(), List.of(places, people));
    Annotation a = annotator.annotate("Putin flew to Moscow.\n\nKyiv answered Putin.");
    assertEquals(2, a.sentences().size());
    assertEquals(List.of(
        new Annotation.RawName(0, 3, 4, "location", "places"),
        new Annotation.RawName(1, 0, 1, "location", "places"),
        new Annotation.RawName(0, 0, 1, "person", "people"),
        new Annotation.RawName(1, 2, 3, "person", "people")), a.names());
    assertTrue(annotator.version().startsWith(TextPipeline.modelVersion()));
    assertTrue(annotator.version().contains("|places:") && annotator.version().contains("|people:"));
  }

  @Test
  void concurrentCallsSerialiseRecognizersThatAreNotThreadSafe() throws Exception {
    SingleThreaded single = new SingleThreaded();
    Annotator annotator = new Annotator(SharedModels.pipeline(), List.of(single));
    String text = SharedModels.seed(SharedModels.seedNames().get(0));
    Annotation expected = annotator.annotate(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Annotation>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) results.add(pool.submit(() -> annotator.annotate(text)));
      for (Future<Annotation> f : results) assertEquals(expected, f.get());
    } finally {
      pool.shutdownNow();
    }
    assertFalse(single.overlapped, "find() was entered by two threads at once");
    assertFalse(expected.names().isEmpty());
  }
}
