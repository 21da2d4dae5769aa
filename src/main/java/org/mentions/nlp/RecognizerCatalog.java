package org.mentions.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The recognisers a session uses, in priority order: rule recognisers that outrank the rest (credit lines), the
 * annotating recognisers (NLP4J), recognisers the user added (OpenNLP models), and rule recognisers that only
 * fill gaps (dates, money, percentages). Added recognisers run on cached sentences and their spans are stored in
 * a cache layer of their own ({@link #addedKey}), so adding one does not re-run the others.
 */
public final class RecognizerCatalog {
  /** A recogniser as {@code models} lists it: what it is, and how its spans rank. */
  public record Entry(RecognizerInfo info, String role) {}

  private final List<RecognizerInfo> annotating;
  private final List<Recognizer> rulesBefore;
  private final List<Recognizer> rulesAfter;
  private final List<Recognizer> added = new CopyOnWriteArrayList<>();

  public RecognizerCatalog(List<RecognizerInfo> annotating, List<Recognizer> rulesBefore,
      List<Recognizer> rulesAfter) {
    this.annotating = List.copyOf(annotating);
    this.rulesBefore = List.copyOf(rulesBefore);
    this.rulesAfter = List.copyOf(rulesAfter);
  }

  /** No recognisers listed, none added yet. */
  public static RecognizerCatalog empty() {
    return new RecognizerCatalog(List.of(), List.of(), List.of());
  }

  /** Every recogniser in priority order, highest first. */
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    for (Recognizer r : rulesBefore) out.add(new Entry(r.info(), "rules, before the others"));
    for (RecognizerInfo i : annotating) out.add(new Entry(i, "statistical (default)"));
    for (Recognizer r : added) out.add(new Entry(r.info(), "added; below the default where spans overlap"));
    for (Recognizer r : rulesAfter) out.add(new Entry(r.info(), "rules, where nothing else found a name"));
    return out;
  }

  /** Adds a recogniser after those already added; one of the same name replaces it. */
  public synchronized void add(Recognizer r) {
    added.removeIf(old -> old.info().name().equals(r.info().name()));
    added.add(r);
  }

  public List<Recognizer> added() {
    return List.copyOf(added);
  }

  /** Names and versions of the added recognisers, for cache keys; empty when none were added. */
  public String addedKey() {
    StringBuilder b = new StringBuilder();
    for (Recognizer r : added) b.append('|').append(r.info().name()).append(':').append(r.info().version());
    return b.toString();
  }

  /** The annotation with the added recognisers' names appended (they rank after the annotation's own). */
  public Annotation extend(Annotation base) {
    if (added.isEmpty()) return base;
    List<Annotation.RawName> names = new ArrayList<>(base.names());
    for (Recognizer r : added) {
      String name = r.info().name();
      for (int i = 0; i < base.sentences().size(); i++) {
        List<NameSpan> found;
        synchronized (r) {
          found = r.find(base.sentences().get(i));
        }
        for (NameSpan s : found) names.add(new Annotation.RawName(i, s.start(), s.end(), s.label(), name));
      }
    }
    return new Annotation(base.sentences(), names);
  }
}
