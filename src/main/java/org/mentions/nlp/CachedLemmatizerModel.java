package org.mentions.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;

/**
 * The OpenNLP lemmatizer model with its classifier's answers remembered. The UD lemma model scores 860 edit
 * scripts per token and per beam (three), which made lemmas more than half of all annotation time; but its
 * features depend only on the word, its tag and the previous decision, which repeat endlessly in news. So each
 * distinct feature set is scored once, and the beam search is given the same scores again afterwards.
 *
 * <p>Exact: OpenNLP's {@link BeamSearch} (2.5.x) only follows outcomes scoring at least the beam-size-th best
 * score (the lemmatizer's sequence validator accepts every outcome), so keeping those scores and zero for the
 * rest leads it to the same sequences with the same scores. Shared by all threads; each thread still gets its own
 * beam search (they are not thread-safe). Stops remembering after {@link #MAX_ENTRIES} feature sets.
 */
final class CachedLemmatizerModel extends LemmatizerModel {
  static final int MAX_ENTRIES = 150_000;
  private static final String MODEL_ENTRY = "lemmatizer.model";
  private volatile Remembering remembering;

  CachedLemmatizerModel(InputStream in) throws IOException {
    super(in);
  }

  @Override
  public SequenceClassificationModel getLemmatizerSequenceModel() {
    Object artifact = getArtifact(MODEL_ENTRY);
    String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    if (!(artifact instanceof MaxentModel maxent) || beam == null) return super.getLemmatizerSequenceModel();
    int beamSize = Integer.parseInt(beam);
    if (remembering == null) {
      synchronized (this) {
        if (remembering == null) remembering = new Remembering(maxent, beamSize);
      }
    }
    return new BeamSearch(beamSize, remembering);
  }

  /** Number of distinct feature sets scored so far (for tests and the benchmark). */
  int remembered() {
    return remembering == null ? 0 : remembering.scores.size();
  }

  /** A classifier that answers a feature set it has seen from memory: the top scores, zero elsewhere. */
  static final class Remembering implements MaxentModel {
    private final MaxentModel model;
    private final int keep;
    private final ConcurrentHashMap<String, Top> scores = new ConcurrentHashMap<>();

    private record Top(int[] outcomes, double[] scores) {}

    Remembering(MaxentModel model, int keep) {
      this.model = model;
      this.keep = Math.max(1, keep);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      String key = String.join("\u0001", context);
      Top top = scores.get(key);
      if (top == null) {
        top = top(model.eval(context, new double[model.getNumOutcomes()]));
        if (scores.size() < MAX_ENTRIES) scores.putIfAbsent(key, top);
      }
      double[] out = probs != null && probs.length == model.getNumOutcomes() ? probs : new double[model.getNumOutcomes()];
      Arrays.fill(out, 0);
      for (int k = 0; k < top.outcomes().length; k++) out[top.outcomes()[k]] = top.scores()[k];
      return out;
    }

    /** The outcomes scoring at least the {@code keep}-th best score (ties included). */
    private Top top(double[] all) {
      double[] sorted = all.clone();
      Arrays.sort(sorted);
      double min = sorted[Math.max(0, all.length - keep)];
      int n = 0;
      for (double s : all) if (s >= min) n++;
      int[] outcomes = new int[n];
      double[] values = new double[n];
      int k = 0;
      for (int o = 0; o < all.length; o++) {
        if (all[o] >= min) {
          outcomes[k] = o;
          values[k++] = all[o];
        }
      }
      return new Top(outcomes, values);
    }

    @Override
    public double[] eval(String[] context) {
      return eval(context, (double[]) null);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return model.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
      return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
      return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
      return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
      return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return model.getNumOutcomes();
    }
  }
}
