package org.mentions.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * A poor man's profiler: every few milliseconds, looks at the stacks of the threads whose name starts with a
 * prefix and counts which annotation stage each is in. Enough to see where annotation time goes without an agent.
 */
final class StackSampler implements AutoCloseable {
  private static final String[][] STAGES = {
      {"opennlp.tools.sentdetect.", "sentences (OpenNLP)"},
      {"opennlp.tools.tokenize.", "tokens (OpenNLP)"},
      {"opennlp.tools.postag.", "POS (OpenNLP)"},
      {"opennlp.tools.lemmatizer.", "lemmas (OpenNLP)"},
      {"edu.emory.mathcs.nlp.", "POS+NER (NLP4J)"},
      {"org.mentions.nlp.TokenFixups", "token fix-ups"},
      {"org.mentions.nlp.TextBlocks", "block split"},
      {"org.mentions.nlp.MentionBuilder", "mention building"},
      {"org.mentions.table.AnnotationStore", "cache write/read"},
      {"org.mentions.table.CorpusTables", "table rows"},
  };

  private final String prefix;
  private final Map<String, Integer> counts = new TreeMap<>();
  private final Thread thread;
  private volatile boolean running = true;
  private int samples;

  StackSampler(String threadPrefix) {
    this.prefix = threadPrefix;
    thread = new Thread(this::loop, "bench-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
        Thread t = e.getKey();
        if (!t.getName().startsWith(prefix) || t.getState() == Thread.State.WAITING) continue;
        String stage = stage(e.getValue(), t.getState());
        if (t.getState() == Thread.State.BLOCKED) stage = "(blocked) " + stage;
        synchronized (counts) {
          counts.merge(stage, 1, Integer::sum);
          samples++;
        }
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException ex) {
        return;
      }
    }
  }

  private static String stage(StackTraceElement[] stack, Thread.State state) {
    for (StackTraceElement f : stack) {
      for (String[] s : STAGES) {
        if (f.getClassName().startsWith(s[0])) return s[1];
      }
    }
    if (state == Thread.State.BLOCKED) return "blocked on a lock";
    return stack.length == 0 ? "(no stack)" : "other: " + stack[0].getClassName() + "." + stack[0].getMethodName();
  }

  /** Shares of the samples, largest first, as lines. */
  String report() {
    StringBuilder b = new StringBuilder();
    synchronized (counts) {
      int total = Math.max(1, samples);
      counts.entrySet().stream()
          .sorted((a, c) -> c.getValue() - a.getValue())
          .limit(12)
          .forEach(e -> b.append(String.format(java.util.Locale.ROOT, "    %5.1f%%  %s%n",
              100.0 * e.getValue() / total, e.getKey())));
      b.append(String.format(java.util.Locale.ROOT, "    (%d samples)", samples));
    }
    return b.toString();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
