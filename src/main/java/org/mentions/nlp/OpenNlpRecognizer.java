package org.mentions.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Any OpenNLP {@link TokenNameFinderModel} a user has (the classic {@code en-ner-person.bin}, or one of their own),
 * run on the pipeline's tokens. Its version is a digest of the model file, so a changed file is a new cache key.
 * {@link NameFinderME} is not thread-safe and adapts to what it has seen; the annotator calls it under a lock, and
 * its adaptive data is cleared after each sentence so the output depends on the sentence alone.
 */
public final class OpenNlpRecognizer implements Recognizer {
  private final String name;
  private final Path file;
  private final String digest;
  private final List<String> types;
  private final NameFinderME finder;

  private OpenNlpRecognizer(String name, Path file, String digest, TokenNameFinderModel model) {
    this.name = name;
    this.file = file;
    this.digest = digest;
    this.types = typesOf(model);
    this.finder = new NameFinderME(model);
  }

  /** Loads a model file; the recogniser is named {@code opennlp:FILE-NAME-WITHOUT-.bin}. */
  public static OpenNlpRecognizer load(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    TokenNameFinderModel model;
    try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
      model = new TokenNameFinderModel(in);
    } catch (IOException | RuntimeException e) {
      throw new IOException(file.getFileName() + " is not an OpenNLP name finder model: " + e.getMessage(), e);
    }
    String fileName = file.getFileName().toString();
    String base = fileName.endsWith(".bin") ? fileName.substring(0, fileName.length() - 4) : fileName;
    return new OpenNlpRecognizer("opennlp:" + base, file.toAbsolutePath(), sha256(bytes).substring(0, 16), model);
  }

  /** Entity types the model can output, read from its outcomes ("person-start" → "person"). */
  private static List<String> typesOf(TokenNameFinderModel model) {
    TreeSet<String> types = new TreeSet<>();
    for (String outcome : model.getNameFinderSequenceModel().getOutcomes()) {
      int dash = outcome.lastIndexOf('-');
      if (dash > 0) types.add(outcome.substring(0, dash));
    }
    return List.copyOf(types);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public RecognizerInfo info() {
    return new RecognizerInfo(name, file.toString(), "sha256:" + digest, "as licensed by the model's author",
        types);
  }

  @Override
  public List<NameSpan> find(Sentence sentence) {
    String[] words = sentence.words();
    for (int i = 0; i < words.length; i++) words[i] = TextPipeline.plain(words[i]);
    List<NameSpan> out = new ArrayList<>();
    for (Span s : finder.find(words)) out.add(new NameSpan(s.getStart(), s.getEnd(), s.getType()));
    finder.clearAdaptiveData();
    return out;
  }
}
