package org.mentions.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Turns what the user typed (a file, a folder, a glob) into the files to read, each with its document id, or into
 * problems that say what is wrong. Folder walks and globs skip hidden entries, metadata sidecars and unknown formats.
 */
final class PathResolver {
  /** A file to read; {@code root} is the folder its id is relative to (where sidecars are looked for from). */
  record Found(Path file, String id, Path root, boolean explicit, FileStamp stamp) {}

  /** {@code folders}: the stamps of the folders walked, so a later load can tell whether any entry came or went. */
  record Resolved(List<Found> files, List<LoadProblem> problems, List<FileStamp> folders) {}

  static final List<String> SIDECAR_NAMES = List.of("metadata.csv", "metadata.jsonl");

  private final ReaderRegistry registry;

  PathResolver(ReaderRegistry registry) {
    this.registry = registry;
  }

  Resolved resolve(Path baseDir, String spec) {
    List<Found> files = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>();
    List<FileStamp> folders = new ArrayList<>();
    String given = spec == null ? "" : spec.strip();
    if (given.isEmpty()) {
      problems.add(new LoadProblem("(empty path)", "give a file, a folder or a glob such as articles/*.txt"));
      return new Resolved(files, problems, folders);
    }
    String expanded = given.equals("~") || given.startsWith("~/")
        ? System.getProperty("user.home") + given.substring(1) : given;
    Path path;
    try {
      path = baseDir.resolve(expanded).normalize();
    } catch (InvalidPathException e) {
      path = null;
    }
    if ((path == null || !Files.exists(path)) && isGlob(expanded)) {
      glob(baseDir, given, expanded, files, problems, folders);
    } else if (path == null) {
      problems.add(new LoadProblem(given, "is not a valid path"));
    } else if (Files.isDirectory(path)) {
      int before = files.size();
      int skipped = walk(baseDir, path, null, Integer.MAX_VALUE, files, problems, folders);
      if (files.size() == before && problems.isEmpty()) {
        problems.add(new LoadProblem(given, "is a folder with no " + String.join(", ", registry.extensions())
            + " files" + (skipped > 0 ? " (" + skipped + " other files skipped)" : "")));
      }
    } else if (Files.isRegularFile(path)) {
      try {
        files.add(new Found(path, path.getFileName().toString(), path.getParent(), true, FileStamp.now(path)));
      } catch (IOException e) {
        problems.add(new LoadProblem(given, "cannot be read (" + e + ")"));
      }
    } else if (Files.exists(path)) {
      problems.add(new LoadProblem(given, "is not a regular file or folder"));
    } else {
      problems.add(new LoadProblem(given, "no such file or folder" + suggestion(baseDir, expanded)));
    }
    return new Resolved(files, problems, folders);
  }

  static boolean isGlob(String spec) {
    return spec.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private void glob(Path baseDir, String given, String spec, List<Found> files, List<LoadProblem> problems,
      List<FileStamp> folders) {
    String[] parts = spec.replace('\\', '/').split("/", -1);
    int first = 0;
    while (first < parts.length && !isGlob(parts[first])) first++;
    String prefix = String.join("/", java.util.Arrays.copyOfRange(parts, 0, first));
    String pattern = String.join("/", java.util.Arrays.copyOfRange(parts, first, parts.length));
    Path root = !prefix.isEmpty() ? baseDir.resolve(prefix).normalize()
        : spec.startsWith("/") ? baseDir.getRoot() : baseDir;
    if (!Files.isDirectory(root)) {
      problems.add(new LoadProblem(given, "no files match: folder " + prefix + " does not exist"
          + suggestion(baseDir, prefix)));
      return;
    }
    List<PathMatcher> matchers = new ArrayList<>();
    try {
      matchers.add(root.getFileSystem().getPathMatcher("glob:" + pattern));
      if (pattern.contains("**/")) {
        matchers.add(root.getFileSystem().getPathMatcher("glob:" + pattern.replace("**/", "")));
      }
    } catch (IllegalArgumentException e) {
      problems.add(new LoadProblem(given, "is not a valid glob (" + e.getMessage() + ")"));
      return;
    }
    int depth = pattern.contains("**") ? Integer.MAX_VALUE : parts.length - first;
    int before = files.size();
    int skipped = walk(baseDir, root, matchers, depth, files, problems, folders);
    if (files.size() == before && skipped == 0) {
      problems.add(new LoadProblem(given, "no files match this glob"));
    } else if (files.size() == before) {
      problems.add(new LoadProblem(given, "matches " + skipped + " file" + (skipped == 1 ? "" : "s")
          + " but none in a known format (" + String.join(", ", registry.extensions()) + ")"));
    }
  }

  /** Adds the files under {@code root} (sorted by relative path); returns how many were skipped as unknown formats. */
  private int walk(Path baseDir, Path root, List<PathMatcher> matchers, int depth, List<Found> files,
      List<LoadProblem> problems, List<FileStamp> folders) {
    List<Found> found = new ArrayList<>();
    int[] skipped = {0};
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), depth, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (!d.equals(root) && hidden(d)) return FileVisitResult.SKIP_SUBTREE;
          folders.add(FileStamp.of(d, attrs));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!attrs.isRegularFile() || hidden(file) || isSidecar(file)) return FileVisitResult.CONTINUE;
          Path relative = root.relativize(file);
          if (matchers != null && matchers.stream().noneMatch(m -> m.matches(relative))) {
            return FileVisitResult.CONTINUE;
          }
          if (registry.forFile(file).isEmpty()) {
            skipped[0]++;
          } else {
            found.add(new Found(file, slashes(relative), root, false, FileStamp.of(file, attrs)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          String why = e instanceof AccessDeniedException ? "permission denied"
              : e instanceof FileSystemLoopException ? "a link loops back to a folder above it" : e.toString();
          problems.add(new LoadProblem(display(baseDir, file), "cannot be read (" + why + "); skipped it"));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(new LoadProblem(display(baseDir, root), "cannot be read (" + e + ")"));
    }
    found.sort(Comparator.comparing(Found::id));
    files.addAll(found);
    return skipped[0];
  }

  /** The path relative to the base directory with '/' separators, or absolute if it is outside it. */
  static String display(Path baseDir, Path file) {
    return file.startsWith(baseDir) && !file.equals(baseDir) ? slashes(baseDir.relativize(file)) : file.toString();
  }

  static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  static boolean isSidecar(Path path) {
    Path name = path.getFileName();
    return name != null && SIDECAR_NAMES.contains(name.toString().toLowerCase(Locale.ROOT));
  }

  static String slashes(Path relative) {
    List<String> names = new ArrayList<>();
    for (Path part : relative) names.add(part.toString());
    return String.join("/", names);
  }

  /** "; did you mean seeds/000_a.txt?" if the first missing part of the path has a similar name beside it. */
  static String suggestion(Path baseDir, String spec) {
    String[] parts = spec.replace('\\', '/').split("/", -1);
    Path current = spec.startsWith("/") ? baseDir.getRoot() : baseDir;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty() || part.equals(".")) continue;
      Path next = current.resolve(part);
      if (Files.exists(next)) {
        current = next;
        continue;
      }
      if (!Files.isDirectory(current)) return "";
      String similar = similarName(current, part);
      if (similar == null) {
        return i < parts.length - 1 ? " (there is no folder " + String.join("/", java.util.Arrays.copyOfRange(
            parts, 0, i + 1)) + ")" : "";
      }
      parts[i] = similar;
      return "; did you mean " + String.join("/", parts) + "?";
    }
    return "";
  }

  /** The entry of {@code dir} closest to {@code name} (ignoring case), if close enough to be a likely typo. */
  static String similarName(Path dir, String name) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = Math.max(1, Math.min(3, name.length() / 3));
    String wanted = name.toLowerCase(Locale.ROOT);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      int seen = 0;
      for (Path entry : entries) {
        if (++seen > 10_000) break;
        String candidate = entry.getFileName().toString();
        if (candidate.startsWith(".")) continue;
        int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT), allowed);
        if (distance <= allowed && (distance < bestDistance
            || (distance == bestDistance && candidate.compareTo(best) < 0))) {
          best = candidate;
          bestDistance = distance;
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return best;
  }

  /** Levenshtein distance, or something above {@code limit} once it is clearly too far. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) return limit + 1;
    int[] previous = new int[b.length() + 1];
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = row;
      row = swap;
    }
    return previous[b.length()];
  }
}
