package org.mentions.nlp;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.DecodeConfig;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * NLP4J's English named-entity recogniser (OntoNotes types), fed with the pipeline's own tokens. Loading takes
 * tens of seconds and about 1.5 GB of heap (1.2 GB without the word-embedding lexicon), so build one and share
 * it: one decoder was measured safe and faster when shared between threads.
 */
public final class Nlp4jRecognizer implements Recognizer {
  public static final String NAME = "nlp4j";
  public static final String ARTIFACT = "edu.emory.mathcs.nlp:nlp4j-english";
  public static final String NLP4J_VERSION = "1.1.3";

  private static final String LEXICA = "edu/emory/mathcs/nlp/lexica/";
  private static final String MODELS = "edu/emory/mathcs/nlp/models/";

  private final NLPDecoder decoder;
  private final boolean embeddings;
  private final Duration loadTime;

  /** Loads the recogniser with all lexica, word embeddings included (better, slower to load). */
  public Nlp4jRecognizer() {
    this(true);
  }

  /** Loads the recogniser; {@code withEmbeddings=false} leaves out the 185 MB word-embedding lexicon. */
  public Nlp4jRecognizer(boolean withEmbeddings) {
    long t0 = System.nanoTime();
    this.embeddings = withEmbeddings;
    byte[] xml = configXml(withEmbeddings).getBytes(StandardCharsets.UTF_8);
    this.decoder = new NLPDecoder(new DecodeConfig(new ByteArrayInputStream(xml)));
    this.loadTime = Duration.ofNanos(System.nanoTime() - t0);
  }

  /** The recogniser's version for cache keys: artifact version and the lexica used (default configuration). */
  public static String version() {
    return version(true);
  }

  public static String version(boolean withEmbeddings) {
    return "nlp4j-english-" + NLP4J_VERSION + (withEmbeddings ? "+embeddings" : "-embeddings");
  }

  /** The {@code DecodeConfig} XML: tokens in, part-of-speech tagging, then named entities. */
  static String configXml(boolean withEmbeddings) {
    StringBuilder b = new StringBuilder();
    b.append("<configuration>\n")
        .append("  <tsv><column index=\"1\" field=\"form\"/></tsv>\n")
        .append("  <lexica>\n")
        .append(lexicon("ambiguity_classes", "word_form_simplified_lowercase",
            "en-ambiguity-classes-simplified-lowercase.xz"))
        .append(lexicon("word_clusters", "word_form_simplified_lowercase",
            "en-brown-clusters-simplified-lowercase.xz"));
    if (withEmbeddings) {
      b.append(lexicon("word_embeddings", "word_form_undigitalized", "en-word-embeddings-undigitalized.xz"));
    }
    b.append(lexicon("named_entity_gazetteers", "word_form_simplified", "en-named-entity-gazetteers-simplified.xz"))
        .append("  </lexica>\n")
        .append("  <models>\n")
        .append("    <pos>").append(MODELS).append("en-pos.xz</pos>\n")
        .append("    <ner>").append(MODELS).append("en-ner.xz</ner>\n")
        .append("  </models>\n")
        .append("</configuration>\n");
    return b.toString();
  }

  private static String lexicon(String element, String field, String file) {
    return "    <" + element + " field=\"" + field + "\">" + LEXICA + file + "</" + element + ">\n";
  }

  /** How long the constructor took to load the models and lexica. */
  public Duration loadTime() {
    return loadTime;
  }

  public boolean withEmbeddings() {
    return embeddings;
  }

  @Override
  public RecognizerInfo info() {
    return new RecognizerInfo(NAME, ARTIFACT, version(embeddings), "Apache-2.0", EntityTypes.ONTONOTES_TYPES);
  }

  @Override
  public boolean threadSafe() {
    return true;
  }

  @Override
  public List<NameSpan> find(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    if (tokens.isEmpty()) return List.of();
    List<edu.emory.mathcs.nlp.component.tokenizer.token.Token> input = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      input.add(new edu.emory.mathcs.nlp.component.tokenizer.token.Token(
          TextPipeline.plain(t.word()), t.start(), t.end()));
    }
    NLPNode[] nodes = decoder.decode(decoder.toNodeArray(input));
    String[] tags = new String[tokens.size()];
    for (int i = 0; i < tags.length; i++) tags[i] = nodes[i + 1].getNamedEntityTag();
    return Bilou.spans(tags);
  }
}
