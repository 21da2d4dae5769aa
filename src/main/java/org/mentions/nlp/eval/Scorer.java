package org.mentions.nlp.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentions.nlp.EntityTypes;

/**
 * Scores predicted mentions against gold ones, document by document, as the development set's README defines it:
 * per document and type a one-to-one match ignoring order; strict = equal text, lenient = one text contains the
 * other; precision, recall and F1 per type and micro-averaged. Works on anything {@link Labeled}, so any
 * recogniser, clean-up or outside system can be scored the same way.
 */
public final class Scorer {
  /** The types the development set scores. */
  public static final List<String> SCORED_TYPES =
      List.of(EntityTypes.PERSON, EntityTypes.LOCATION, EntityTypes.ORGANIZATION);

  private final List<String> types;

  public Scorer() {
    this(SCORED_TYPES);
  }

  public Scorer(List<String> types) {
    this.types = List.copyOf(types);
  }

  /**
   * @param gold gold mentions by document
   * @param predicted predicted mentions by document; documents without gold are not scored
   */
  public Evaluation score(Map<String, ? extends List<? extends Labeled>> gold,
      Map<String, ? extends List<? extends Labeled>> predicted) {
    Map<String, Counts> byType = new LinkedHashMap<>();
    for (String t : types) byType.put(t, Counts.ZERO);
    List<Evaluation.Error> errors = new ArrayList<>();
    for (Map.Entry<String, ? extends List<? extends Labeled>> e : gold.entrySet()) {
      String doc = e.getKey();
      List<? extends Labeled> predictedInDoc = predicted.containsKey(doc) ? predicted.get(doc) : List.of();
      for (String type : types) {
        List<String> g = texts(e.getValue(), type);
        List<String> p = texts(predictedInDoc, type);
        List<int[]> strict = Matcher.match(p, g, Matcher::strict);
        List<int[]> lenient = Matcher.match(p, g, Matcher::lenient);
        byType.merge(type, new Counts(p.size(), g.size(), strict.size(), lenient.size()), Counts::plus);
        errors.addAll(errors(doc, type, p, g, strict, lenient));
      }
    }
    return new Evaluation(byType, errors, gold.size());
  }

  private static List<String> texts(List<? extends Labeled> mentions, String type) {
    List<String> out = new ArrayList<>();
    for (Labeled m : mentions) if (m.type().equals(type)) out.add(m.text());
    return out;
  }

  private static List<Evaluation.Error> errors(String doc, String type, List<String> p, List<String> g,
      List<int[]> strict, List<int[]> lenient) {
    boolean[] predictedMatched = new boolean[p.size()];
    boolean[] goldMatched = new boolean[g.size()];
    for (int[] pair : strict) {
      predictedMatched[pair[0]] = true;
      goldMatched[pair[1]] = true;
    }
    String[] nearOfPredicted = new String[p.size()];
    String[] nearOfGold = new String[g.size()];
    for (int[] pair : lenient) {
      if (p.get(pair[0]).equals(g.get(pair[1]))) continue;
      nearOfPredicted[pair[0]] = g.get(pair[1]);
      nearOfGold[pair[1]] = p.get(pair[0]);
    }
    List<Evaluation.Error> out = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      if (!goldMatched[i]) out.add(new Evaluation.Error(doc, Evaluation.Kind.MISS, type, g.get(i), orEmpty(nearOfGold[i])));
    }
    for (int i = 0; i < p.size(); i++) {
      if (!predictedMatched[i]) {
        out.add(new Evaluation.Error(doc, Evaluation.Kind.FALSE_ALARM, type, p.get(i), orEmpty(nearOfPredicted[i])));
      }
    }
    return out;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
