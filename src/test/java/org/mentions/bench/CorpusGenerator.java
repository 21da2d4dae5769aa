package org.mentions.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.mentions.nlp.Sentence;
import org.mentions.nlp.TextPipeline;
import org.mentions.nlp.Token;

/**
 * A large news-like corpus made from the seed articles: each generated article recombines runs of the seeds'
 * sentences, and swaps the names in them (runs of capitalised proper nouns, titles such as "President" kept) for
 * names drawn from a generated pool with a Zipf distribution, consistently within an article. A few names recur
 * everywhere and a long tail keeps appearing, so the entity vocabulary grows with the corpus as in real news; the
 * recogniser still has to find the names from context. Seeded and deterministic; written once per parameter set
 * and reused.
 */
final class CorpusGenerator {
  /** Bump when the output changes, so an old folder is not reused. */
  static final int REVISION = 1;
  static final int MIN_TOKENS = 250;
  static final int MAX_TOKENS = 450;
  private static final double KEEP_ORIGINAL = 0.35;

  private static final Set<String> TITLES = Set.of("President", "Minister", "Secretary", "Prime", "Foreign",
      "Deputy", "General", "Ambassador", "Chancellor", "Mr.", "Ms.", "Mrs.", "Dr.", "Senator", "Spokesman",
      "Spokeswoman", "Defense", "Defence", "Chief", "Envoy", "Vice", "Secretary-General", "Permanent",
      "Representative", "Press");
  private static final Set<String> KEEP = Set.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "I", "U.S.", "U.K.", "UN", "US", "EU", "NATO", "State", "Security",
      "Council", "Live", "Briefing", "In", "The", "Of", "And");
  private static final String[] FIRST = {"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hassan",
      "Ines", "Jonas", "Karim", "Lena", "Marek", "Nadia", "Oleg", "Petra", "Rafael", "Sofia", "Tomas", "Ursula",
      "Viktor", "Wen", "Yusuf", "Zofia", "Amir", "Beatriz", "Chen", "Dmitri", "Emma", "Felix", "Hanna", "Igor",
      "Julia", "Kofi", "Laura", "Mehmet", "Nina", "Omar", "Pavel", "Rosa", "Sergio", "Tariq", "Vera", "Yuki"};
  private static final String[] ONSET = {"b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br",
      "dr", "kr", "st", "tr", "sh", "ch"};
  private static final String[] VOWEL = {"a", "e", "i", "o", "u", "ai", "ou", "ei"};
  private static final String[] SURNAME_END = {"", "enko", "ov", "sky", "son", "ez", "ini", "mann", "escu", "ic"};
  private static final String[] PLACE_END = {"ia", "stan", "burg", "grad", "ville", "land", "a", "or", "ium", "ka"};
  private static final String[] OUTLETS = {"Wire Service", "Daily Ledger", "Evening Post", "Radio Free Desk",
      "Global Herald", "Morning Standard", "City Tribune", "Continental News"};

  private CorpusGenerator() {}

  /** Marks a finished folder and records how it was made. */
  static final String MARKER = ".bench-corpus";

  /** The folder for these parameters under {@code root}, generated unless a finished one is there. */
  static Path ensure(Path root, Path seeds, int docs, long seed) throws IOException {
    Path dir = root.resolve("corpus-" + docs + "-seed" + seed + "-r" + REVISION);
    String params = "docs=" + docs + " seed=" + seed + " revision=" + REVISION + " tokens=" + MIN_TOKENS + ".."
        + MAX_TOKENS + "\n";
    Path marker = dir.resolve(MARKER);
    if (Files.isRegularFile(marker) && Files.readString(marker).equals(params)) return dir;
    if (Files.exists(dir)) deleteTree(dir);
    Files.createDirectories(dir);
    generate(dir, seeds, docs, seed);
    Files.writeString(marker, params);
    return dir;
  }

  /** A sentence of a seed with the character spans (relative to the sentence) of the names to swap. */
  record Piece(String text, int tokens, List<int[]> names, List<String> originals, List<Boolean> multiWord) {}

  static void generate(Path dir, Path seeds, int docs, long seed) throws IOException {
    List<List<Piece>> articles = seedPieces(seeds);
    Random random = new Random(seed);
    NamePool pool = new NamePool(new Random(seed + 1));
    StringBuilder meta = new StringBuilder("doc,title,source,date\n");
    for (int d = 0; d < docs; d++) {
      String id = String.format("%05d.txt", d);
      Map<String, String> swaps = new HashMap<>();
      List<Piece> seedArticle = articles.get(random.nextInt(articles.size()));
      int target = MIN_TOKENS + random.nextInt(MAX_TOKENS - MIN_TOKENS + 1);
      List<String> sentences = new ArrayList<>();
      int tokens = 0;
      while (tokens < target) {
        // a run of consecutive sentences keeps some of the seed's flow; runs come from either seed
        List<Piece> from = random.nextInt(3) == 0 ? articles.get(random.nextInt(articles.size())) : seedArticle;
        int start = random.nextInt(from.size());
        int run = 2 + random.nextInt(4);
        for (int i = start; i < Math.min(from.size(), start + run) && tokens < target; i++) {
          Piece p = from.get(i);
          sentences.add(swap(p, swaps, pool, random));
          tokens += p.tokens();
        }
      }
      String lead = swaps.values().stream().findFirst().orElse(pool.person());
      String title = lead + " " + HEADLINES[random.nextInt(HEADLINES.length)];
      StringBuilder text = new StringBuilder(title).append("\n\n");
      int i = 0;
      while (i < sentences.size()) {
        int paragraph = 1 + random.nextInt(3);
        for (int k = 0; k < paragraph && i < sentences.size(); k++, i++) {
          text.append(k > 0 ? " " : "").append(sentences.get(i));
        }
        text.append("\n\n");
      }
      Files.writeString(dir.resolve(id), text.toString().strip() + "\n", StandardCharsets.UTF_8);
      String date = java.time.LocalDate.of(2022, 1, 1).plusDays(random.nextInt(365)).toString();
      meta.append(id).append(",\"").append(title.replace("\"", "\"\"")).append("\",")
          .append(OUTLETS[random.nextInt(OUTLETS.length)]).append(',').append(date).append('\n');
    }
    Files.writeString(dir.resolve("metadata.csv"), meta.toString(), StandardCharsets.UTF_8);
  }

  private static final String[] HEADLINES = {"says talks will go on", "warns of new sanctions",
      "meets envoys as tensions rise", "rejects security demands", "calls for restraint", "visits the capital",
      "answers critics after summit", "signals a diplomatic opening"};

  private static String swap(Piece p, Map<String, String> swaps, NamePool pool, Random random) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int k = 0; k < p.names().size(); k++) {
      int[] span = p.names().get(k);
      String original = p.originals().get(k);
      boolean multi = p.multiWord().get(k);
      String replacement = swaps.computeIfAbsent(original, o -> random.nextDouble() < KEEP_ORIGINAL ? o
          : multi ? pool.person() : surnameOf(o, swaps).orElseGet(pool::single));
      out.append(p.text(), at, span[0]).append(replacement);
      at = span[1];
    }
    return out.append(p.text().substring(at)).toString();
  }

  /** "Johnson" after "Boris Johnson" became "Anna Kovenko" in this article: "Kovenko". */
  private static java.util.Optional<String> surnameOf(String single, Map<String, String> swaps) {
    for (Map.Entry<String, String> e : swaps.entrySet()) {
      if (e.getKey().endsWith(" " + single) && e.getValue().contains(" ")) {
        return java.util.Optional.of(e.getValue().substring(e.getValue().lastIndexOf(' ') + 1));
      }
    }
    return java.util.Optional.empty();
  }

  /** Sentences of each seed article (sorted by file name), with their swappable names. */
  static List<List<Piece>> seedPieces(Path seeds) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(f -> f.toString().endsWith(".txt")).sorted(Comparator.naturalOrder()).toList();
    }
    if (files.isEmpty()) throw new IOException("no .txt seed articles in " + seeds);
    TextPipeline pipeline = new TextPipeline();
    List<List<Piece>> out = new ArrayList<>();
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      List<Piece> pieces = new ArrayList<>();
      List<Sentence> sentences = pipeline.analyse(text);
      for (Sentence s : sentences.subList(Math.min(1, sentences.size() - 1), sentences.size())) {
        pieces.add(piece(text, s));
      }
      out.add(pieces);
    }
    return out;
  }

  private static Piece piece(String text, Sentence s) {
    String sentence = text.substring(s.start(), s.end()).replace('\n', ' ');
    List<int[]> names = new ArrayList<>();
    List<String> originals = new ArrayList<>();
    List<Boolean> multi = new ArrayList<>();
    List<Token> ts = s.tokens();
    int i = 0;
    while (i < ts.size()) {
      if (!isName(ts.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < ts.size() && isName(ts.get(j))) j++;
      int from = i;
      while (from < j && TITLES.contains(ts.get(from).word())) from++;
      if (from < j) {
        int start = ts.get(from).start() - s.start();
        int end = ts.get(j - 1).end() - s.start();
        String name = sentence.substring(start, end);
        if (name.endsWith("'s") || name.endsWith("\u2019s")) {
          end -= 2;
          name = name.substring(0, name.length() - 2);
        }
        if (!name.isBlank()) {
          names.add(new int[] {start, end});
          originals.add(name);
          multi.add(j - from > 1);
        }
      }
      i = j;
    }
    return new Piece(sentence, ts.size(), names, originals, multi);
  }

  private static boolean isName(Token t) {
    String w = t.word();
    return t.pos().equals("PROPN") && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !KEEP.contains(w)
        && !TITLES.contains(w) || t.pos().equals("PROPN") && TITLES.contains(w);
  }

  /** Generated names drawn with a Zipf distribution: rank r has weight 1/r. */
  static final class NamePool {
    private final Random random;
    private final String[] persons = new String[30_000];
    private final String[] singles = new String[10_000];
    private final double[] personWeights;
    private final double[] singleWeights;

    NamePool(Random random) {
      this.random = random;
      Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < persons.length; i++) {
        String name;
        do {
          name = FIRST[random.nextInt(FIRST.length)] + " " + surname();
        } while (!seen.add(name));
        persons[i] = name;
      }
      for (int i = 0; i < singles.length; i++) {
        String name;
        do {
          name = random.nextBoolean() ? surname() : place();
        } while (!seen.add(name));
        singles[i] = name;
      }
      personWeights = zipf(persons.length);
      singleWeights = zipf(singles.length);
    }

    String person() {
      return persons[draw(personWeights)];
    }

    String single() {
      return singles[draw(singleWeights)];
    }

    private String surname() {
      return capital(syllables(1 + random.nextInt(2)) + SURNAME_END[random.nextInt(SURNAME_END.length)]);
    }

    private String place() {
      return capital(syllables(1 + random.nextInt(2)) + PLACE_END[random.nextInt(PLACE_END.length)]);
    }

    private String syllables(int n) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) b.append(ONSET[random.nextInt(ONSET.length)]).append(VOWEL[random.nextInt(VOWEL.length)]);
      return b.append(ONSET[random.nextInt(ONSET.length)]).toString();
    }

    private static String capital(String s) {
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static double[] zipf(int n) {
      double[] c = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += 1.0 / (i + 1);
        c[i] = sum;
      }
      for (int i = 0; i < n; i++) c[i] /= sum;
      return c;
    }

    private int draw(double[] cumulative) {
      int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
      return i >= 0 ? i : Math.min(cumulative.length - 1, -i - 1);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
