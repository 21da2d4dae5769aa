package org.mentions.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens, UD part-of-speech tags and lemmas with the OpenNLP UD English models. The models are loaded
 * once per JVM, on first use; each thread gets its own OpenNLP runners, so one instance may be used from several
 * threads at once.
 */
public final class TextPipeline {
  static final String OPENNLP_VERSION = "2.5.6";
  static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  /** Bump when the block splitting or token fix-ups change what {@link #analyse} returns. */
  private static final int FIXUPS_REVISION = 2;

  private static final ThreadLocal<Runners> RUNNERS = ThreadLocal.withInitial(Runners::new);

  /** Names the model files, OpenNLP version and fix-up revision; part of the annotation cache key. */
  public static String modelVersion() {
    return "opennlp-" + OPENNLP_VERSION + "/" + SENTENCE_MODEL + "," + TOKEN_MODEL + "," + POS_MODEL + ","
        + LEMMA_MODEL + "/fixups-" + FIXUPS_REVISION;
  }

  /** Loads the models now (they are otherwise loaded on first use); returns this pipeline. */
  public TextPipeline warmUp() {
    RUNNERS.get();
    return this;
  }

  /** Sentences of {@code text} with their tokens; offsets are into {@code text}. */
  public List<Sentence> analyse(String text) {
    Runners r = RUNNERS.get();
    List<Sentence> sentences = new ArrayList<>();
    for (int[] block : TextBlocks.split(text)) {
      String blockText = plain(text.substring(block[0], block[1]));
      int[] pending = null;
      for (Span s : r.sentences.sentPosDetect(blockText)) {
        int start = block[0] + s.getStart();
        int end = block[0] + s.getEnd();
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (start >= end) continue;
        if (pending != null && isStrandedAbbreviation(text.substring(pending[0], pending[1]))) {
          pending[1] = end;
        } else {
          if (pending != null) sentences.add(sentence(r, text, pending[0], pending[1]));
          pending = new int[] {start, end};
        }
      }
      if (pending != null) sentences.add(sentence(r, text, pending[0], pending[1]));
    }
    return sentences;
  }

  /**
   * The sentence detector sometimes ends a sentence after a dotted initialism ("U.S. | President Joe Biden said");
   * a piece of at most two words ending in one is never a sentence of its own.
   */
  private static boolean isStrandedAbbreviation(String piece) {
    return STRANDED_ABBREVIATION.matcher(piece).matches();
  }

  private static final Pattern STRANDED_ABBREVIATION =
      Pattern.compile("(?:\\S+\\s+)?(?:\\p{L}\\.){2,}");

  /**
   * The text with typographic quotes and apostrophes replaced one for one by ASCII ones, which the UD models know
   * better; same length, so offsets stay valid.
   */
  static String plain(String s) {
    if (isPlain(s)) return s;
    char[] cs = s.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      switch (cs[i]) {
        case '\u2018', '\u2019', '\u201B', '\u2032' -> cs[i] = '\'';
        case '\u201C', '\u201D', '\u201F', '\u2033' -> cs[i] = '"';
        default -> { }
      }
    }
    return new String(cs);
  }

  private static boolean isPlain(String s) {
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '\u2018', '\u2019', '\u201B', '\u2032', '\u201C', '\u201D', '\u201F', '\u2033' -> {
          return false;
        }
        default -> { }
      }
    }
    return true;
  }

  private static Sentence sentence(Runners r, String text, int start, int end) {
    List<int[]> spans = new ArrayList<>();
    for (Span t : r.tokens.tokenizePos(plain(text.substring(start, end)))) {
      spans.add(new int[] {start + t.getStart(), start + t.getEnd()});
    }
    spans = TokenFixups.apply(text, spans);
    String[] words = new String[spans.size()];
    String[] plainWords = new String[spans.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = Interner.intern(text.substring(spans.get(i)[0], spans.get(i)[1]));
      plainWords[i] = plain(words[i]);
    }
    String[] tags = r.pos.tag(plainWords);
    String[] lemmas = r.lemmas.lemmatize(plainWords, tags);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String lemma = lemmas[i];
      if (lemma == null || lemma.isEmpty() || lemma.equals("O")) lemma = words[i].toLowerCase(Locale.ROOT);
      tokens.add(new Token(words[i], Interner.intern(lemma), tags[i], spans.get(i)[0], spans.get(i)[1]));
    }
    return new Sentence(start, end, tokens);
  }

  /** The immutable, thread-safe models, loaded when this class is first touched. */
  private static final class Models {
    static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
    static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
    static final POSModel POS = load(POS_MODEL, POSModel::new);
    static final LemmatizerModel LEMMAS = load(LEMMA_MODEL, CachedLemmatizerModel::new);

    private interface Reader<M> {
      M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, Reader<M> reader) {
      try (InputStream in = TextPipeline.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) throw new IllegalStateException("OpenNLP model not on the classpath: " + resource);
        return reader.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
      }
    }
  }

  /** One thread's OpenNLP runners (not thread-safe themselves). */
  private static final class Runners {
    final SentenceDetectorME sentences = new SentenceDetectorME(Models.SENTENCES);
    final TokenizerME tokens = new TokenizerME(Models.TOKENS);
    final POSTaggerME pos = new POSTaggerME(Models.POS, POSTagFormat.UD);
    final LemmatizerME lemmas = new LemmatizerME(Models.LEMMAS);
  }
}
