package org.mentions.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentions.corpus.AtomicFile;

/**
 * Variant → canonical entity names that the user accepted ("Kiev" → "Kyiv", "Zelenskiy" → "Zelensky"). A name
 * resolves through chains of aliases; a variant inside a longer name is replaced there too ("Volodymyr
 * Zelenskiy" → "Volodymyr Zelensky"), unless the canonical name already contains the variant ("Putin" →
 * "Vladimir Putin" must not turn "Putin" inside "Vladimir Putin" into "Vladimir Vladimir Putin"). Thread-safe.
 */
public final class AliasTable {
  public static final String FILE_NAME = "aliases.tsv";
  private static final int MAX_CHAIN = 32;
  private final Map<String, String> aliases = new LinkedHashMap<>();

  /** The aliases in the order they were added. */
  public synchronized Map<String, String> entries() {
    return new LinkedHashMap<>(aliases);
  }

  public synchronized boolean isEmpty() {
    return aliases.isEmpty();
  }

  /**
   * Adds or replaces {@code variant → canonical}.
   *
   * @throws IllegalArgumentException if either is blank, they are equal, or the alias would make a cycle
   */
  public synchronized void add(String variant, String canonical) {
    String v = variant.strip();
    String c = canonical.strip();
    if (v.isEmpty() || c.isEmpty()) throw new IllegalArgumentException("an alias needs two non-empty names");
    if (v.equals(c)) throw new IllegalArgumentException("'" + v + "' is already its own name");
    if (exact(c).equals(v)) {
      throw new IllegalArgumentException("'" + c + "' already resolves to '" + v + "'; remove that alias first");
    }
    aliases.put(v, c);
  }

  public synchronized boolean remove(String variant) {
    return aliases.remove(variant.strip()) != null;
  }

  public synchronized void clear() {
    aliases.clear();
  }

  /** Adds every alias of {@code other}, later ones replacing earlier ones for the same variant. */
  public synchronized void addAll(Map<String, String> other) {
    other.forEach((v, c) -> {
      if (!exact(c).equals(v) && !v.equals(c)) aliases.put(v, c);
    });
  }

  /** The canonical name for {@code name}: whole-name aliases first, then variants inside it. */
  public synchronized String resolve(String name) {
    if (aliases.isEmpty()) return name;
    String resolved = exact(name);
    if (!resolved.equals(name)) return resolved;
    List<String> variants = new ArrayList<>(aliases.keySet());
    variants.sort(Comparator.comparingInt(String::length).reversed());
    String current = name;
    for (String v : variants) {
      String c = aliases.get(v);
      if (containsWord(c, v) || !containsWord(current, v)) continue;
      current = wordPattern(v).matcher(current).replaceAll(Matcher.quoteReplacement(c));
    }
    return exact(current);
  }

  private String exact(String name) {
    String current = name;
    for (int i = 0; i < MAX_CHAIN && aliases.containsKey(current); i++) current = aliases.get(current);
    return current;
  }

  private static boolean containsWord(String text, String word) {
    return wordPattern(word).matcher(text).find();
  }

  private static Pattern wordPattern(String word) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
  }

  /** Reads {@code variant<TAB>canonical} lines; {@code #} lines and blank lines are skipped. */
  public static Map<String, String> read(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] parts = line.split("\t");
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IOException(file.getFileName() + ":" + lineNo + ": expected variant<TAB>canonical, got: " + line);
      }
      out.put(parts[0].strip(), parts[1].strip());
    }
    return out;
  }

  /** Writes the aliases as {@code variant<TAB>canonical} lines under a comment, replacing the file whole. */
  public synchronized void write(Path file) throws IOException {
    StringBuilder b = new StringBuilder("# mentions aliases: variant<TAB>canonical entity name\n");
    aliases.forEach((v, c) -> b.append(v).append('\t').append(c).append('\n'));
    // saved beside the user's articles, so readable like them rather than owner-only like a temporary file
    AtomicFile.writeText(file, w -> w.write(b.toString()));
  }
}
