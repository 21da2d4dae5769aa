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
 * where cleaned spans overlap, the higher-priority recogniser wins (exact duplicates are dropped the same way).
 * The standard builder then runs rule recognisers on the cached tokens, the {@link DocumentRules} over the whole
 * document, and names entities ({@link EntityNamer}, {@link ShortForms}). Everything here works from the raw
 * annotation, so changing it never needs re-annotation. Mentions come back in reading order.
 */
public final class MentionBuilder {
  private final List<String> recognizerOrder;
  private final EntityNamer namer;
  private final List<Recognizer> before;
  private final List<Recognizer> after;
  private final List<DocumentRule> rules;
  private final boolean shortForms;

  /** Recogniser priority = order of first appearance in the annotation (the {@link Annotator}'s list order). */
  public MentionBuilder() {
    this(List.of(), EntityNamer.whitespaceCollapsed());
  }

  public MentionBuilder(EntityNamer namer) {
    this(List.of(), namer);
  }

  /**
   * A builder without rules: spans cleaned and merged, nothing else.
   *
   * @param recognizerOrder recogniser names, highest priority first; recognisers not listed rank after these, in
   *     order of first appearance in the annotation
   */
  public MentionBuilder(List<String> recognizerOrder, EntityNamer namer) {
    this(recognizerOrder, namer, List.of(), List.of(), List.of(), false);
  }

  /**
   * @param before rule recognisers run at build time whose spans outrank every annotated recogniser's
   * @param after rule recognisers run at build time whose spans rank below every other
   */
  public MentionBuilder(List<String> recognizerOrder, EntityNamer namer, List<Recognizer> before,
      List<Recognizer> after, List<DocumentRule> rules, boolean shortForms) {
    this.recognizerOrder = List.copyOf(recognizerOrder);
    this.namer = namer;
    this.before = List.copyOf(before);
    this.after = List.copyOf(after);
    this.rules = List.copyOf(rules);
    this.shortForms = shortForms;
  }

  /**
   * The project's standard clean-up: credit lines before the statistical recognisers, dates, money and
   * percentages by regular expression after them, the document rules, and canonical entity names.
   */
  public static MentionBuilder standard() {
    return new MentionBuilder(List.of(), EntityNamer.standard(), List.of(new CreditLineRecognizer()),
        List.of(new RegexRecognizer()), DocumentRules.standard(), true);
  }

  /** Rule recognisers this builder runs itself on cached tokens, whose spans outrank every other. */
  public List<Recognizer> rulesBefore() {
    return before;
  }

  /** Rule recognisers this builder runs itself on cached tokens, whose spans rank below every other. */
  public List<Recognizer> rulesAfter() {
    return after;
  }

  public List<Mention> build(String text, Annotation annotation) {
    List<Annotation.RawName> raws = new ArrayList<>();
    raws.addAll(ruleNames(before, annotation));
    raws.addAll(annotation.names());
    raws.addAll(ruleNames(after, annotation));
    Map<String, Integer> rank = ranks(raws);
    List<Candidate> candidates = new ArrayList<>();
    for (Annotation.RawName raw : raws) {
      Candidate c = candidate(text, annotation.sentences().get(raw.sentence()), raw);
      if (c != null) candidates.add(new Candidate(rank.get(raw.recognizer()), c.raw, c.start, c.end, c.chars));
    }
    candidates.sort(Comparator.comparingInt(Candidate::rank)
        .thenComparingInt(c -> c.raw.sentence()).thenComparingInt(Candidate::start));
    Map<Integer, List<Candidate>> kept = new HashMap<>();
    List<Draft> drafts = new ArrayList<>();
    for (Candidate c : candidates) {
      List<Candidate> inSentence = kept.computeIfAbsent(c.raw.sentence(), k -> new ArrayList<>());
      boolean overlaps = false;
      for (Candidate k : inSentence) overlaps |= c.start < k.end && k.start < c.end;
      if (overlaps) continue;
      inSentence.add(c);
      drafts.add(new Draft(c.raw.sentence(), c.start, c.end, EntityTypes.coarse(c.raw.label()), c.raw.label(),
          c.raw.recognizer()));
    }
    DocumentMentions doc = new DocumentMentions(text, annotation.sentences(), drafts);
    doc.sort();
    for (DocumentRule rule : rules) rule.apply(doc);
    doc.sort();
    List<Mention> mentions = new ArrayList<>(doc.drafts.size());
    for (Draft d : doc.drafts) {
      List<Token> tokens = annotation.sentences().get(d.sentence).tokens();
      int[] chars = SpanCleaner.chars(text, tokens.get(d.start).start(), tokens.get(d.end - 1).end());
      if (chars == null) continue;
      String mentionText = text.substring(chars[0], chars[1]);
      mentions.add(new Mention(d.sentence, d.start, d.end, chars[0], chars[1], mentionText, d.type, d.fineType,
          namer.entity(mentionText, d.type)));
    }
    return shortForms ? ShortForms.apply(mentions) : mentions;
  }

  private static List<Annotation.RawName> ruleNames(List<Recognizer> recognizers, Annotation annotation) {
    List<Annotation.RawName> out = new ArrayList<>();
    for (Recognizer r : recognizers) {
      String name = r.info().name();
      for (int i = 0; i < annotation.sentences().size(); i++) {
        for (NameSpan span : r.find(annotation.sentences().get(i))) {
          out.add(new Annotation.RawName(i, span.start(), span.end(), span.label(), name));
        }
      }
    }
    return out;
  }

  private Map<String, Integer> ranks(List<Annotation.RawName> raws) {
    Map<String, Integer> rank = new LinkedHashMap<>();
    for (Recognizer r : before) rank.putIfAbsent(r.info().name(), rank.size());
    for (String name : recognizerOrder) rank.putIfAbsent(name, rank.size());
    for (Annotation.RawName raw : raws) {
      if (after.stream().noneMatch(r -> r.info().name().equals(raw.recognizer()))) {
        rank.putIfAbsent(raw.recognizer(), rank.size());
      }
    }
    for (Recognizer r : after) rank.putIfAbsent(r.info().name(), rank.size());
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
