package org.mentions.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an {@link Annotation}'s raw names into {@link Mention}s: each span is cleaned ({@link SpanCleaner}: no
 * leading article, trailing possessive, or punctuation and quotes at the ends) and dropped if nothing is left;
 * where cleaned spans overlap, the earlier recogniser wins (exact duplicates are dropped the same way). Mentions
 * come back in reading order.
 */
public final class MentionBuilder {
  private final List<String> recognizerOrder;
  private final EntityNamer namer;

  /** Recogniser priority = order of first appearance in the annotation (the {@link Annotator}'s list order). */
  public MentionBuilder() {
    this(List.of(), EntityNamer.whitespaceCollapsed());
  }

  public MentionBuilder(EntityNamer namer) {
    this(List.of(), namer);
  }

  /**
   * @param recognizerOrder recogniser names, highest priority first; recognisers not listed rank after these, in
   *     order of first appearance in the annotation
   */
  public MentionBuilder(List<String> recognizerOrder, EntityNamer namer) {
    this.recognizerOrder = List.copyOf(recognizerOrder);
    this.namer = namer;
  }

  public List<Mention> build(String text, Annotation annotation) {
    Map<String, Integer> rank = ranks(annotation);
    List<Candidate> candidates = new ArrayList<>();
    for (Annotation.RawName raw : annotation.names()) {
      Candidate c = candidate(text, annotation.sentences().get(raw.sentence()), raw);
      if (c != null) candidates.add(new Candidate(rank.get(raw.recognizer()), c.raw, c.start, c.end, c.chars));
    }
    candidates.sort(Comparator.comparingInt(Candidate::rank)
        .thenComparingInt(c -> c.raw.sentence()).thenComparingInt(Candidate::start));
    Map<Integer, List<Candidate>> kept = new HashMap<>();
    List<Candidate> accepted = new ArrayList<>();
    for (Candidate c : candidates) {
      List<Candidate> inSentence = kept.computeIfAbsent(c.raw.sentence(), k -> new ArrayList<>());
      boolean overlaps = false;
      for (Candidate k : inSentence) overlaps |= c.start < k.end && k.start < c.end;
      if (overlaps) continue;
      inSentence.add(c);
      accepted.add(c);
    }
    accepted.sort(Comparator.comparingInt((Candidate c) -> c.raw.sentence())
        .thenComparingInt(Candidate::start).thenComparingInt(Candidate::end));
    List<Mention> mentions = new ArrayList<>(accepted.size());
    for (Candidate c : accepted) {
      String mentionText = text.substring(c.chars[0], c.chars[1]);
      String type = EntityTypes.coarse(c.raw.label());
      mentions.add(new Mention(c.raw.sentence(), c.start, c.end, c.chars[0], c.chars[1], mentionText, type,
          c.raw.label(), namer.entity(mentionText, type)));
    }
    return mentions;
  }

  private Map<String, Integer> ranks(Annotation annotation) {
    Map<String, Integer> rank = new LinkedHashMap<>();
    for (String name : recognizerOrder) rank.putIfAbsent(name, rank.size());
    for (Annotation.RawName raw : annotation.names()) rank.putIfAbsent(raw.recognizer(), rank.size());
    return rank;
  }

  private static Candidate candidate(String text, Sentence sentence, Annotation.RawName raw) {
    List<Token> tokens = sentence.tokens();
    int[] span = SpanCleaner.tokens(tokens, raw.start(), Math.min(raw.end(), tokens.size()));
    if (span == null) return null;
    int[] chars = SpanCleaner.chars(text, tokens.get(span[0]).start(), tokens.get(span[1] - 1).end());
    if (chars == null) return null;
    return new Candidate(0, raw, span[0], span[1], chars);
  }

  private record Candidate(int rank, Annotation.RawName raw, int start, int end, int[] chars) {}
}
