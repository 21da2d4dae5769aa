package org.mentions.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mentions.engine.Engine;
import org.mentions.result.ErrorResult;
import org.mentions.result.Event;

/**
 * What the parts of the harness share. A child JVM reports a figure as one line {@code =figure KEY VALUE} on its
 * standard output; the parent collects those and passes every other line through.
 */
final class Probe {
  static final String FIGURE = "=figure ";
  /** The heap scripts/mentions gives the shell; the probes that load the recogniser use the same. */
  static final String SHELL_HEAP = System.getenv().getOrDefault("BENCH_HEAP", "-Xmx2200m");

  /**
   * The JVM flags scripts/mentions starts the shell with: its heap, when G1 starts marking, and huge pages where
   * Linux offers them. Kept in step with the script by hand.
   */
  static List<String> shellFlags() {
    List<String> flags = new java.util.ArrayList<>(List.of(SHELL_HEAP, "-XX:-G1UseAdaptiveIHOP",
        "-XX:InitiatingHeapOccupancyPercent=85"));
    try {
      String pages = Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
      if (pages.contains("[always]") || pages.contains("[madvise]")) flags.add("-XX:+UseTransparentHugePages");
    } catch (IOException | RuntimeException e) {
      // not Linux: the launcher adds nothing either
    }
    return flags;
  }

  private Probe() {}

  static void figure(String key, double value) {
    System.out.println(FIGURE + key + " " + value);
    System.out.flush();
  }

  static void say(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  /** A path as one argument of a command line. */
  static String quoted(String path) {
    return path.matches("[\\w./*~-]+") ? path : '"' + path.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /** Wall time of {@code warm} runs after {@code warmUp} unmeasured ones; returns the median in ms. */
  static double warmMedian(int warmUp, int warm, Callable<?> run) throws Exception {
    for (int i = 0; i < warmUp; i++) run.call();
    double[] times = new double[warm];
    for (int i = 0; i < warm; i++) {
      long t0 = System.nanoTime();
      run.call();
      times[i] = ms(System.nanoTime() - t0);
    }
    return median(times);
  }

  /** Runs a command line and fails on an error result, so a broken question is never timed as a fast one. */
  static List<Event> run(Engine engine, String input) {
    List<Event> events = engine.execute(input);
    for (Event e : events) {
      if (e.result() instanceof ErrorResult err) {
        throw new IllegalStateException(input + ": " + err.message());
      }
    }
    return events;
  }

  /** The peak resident set (VmHWM) of this process in MB, or -1 where /proc is not there. */
  static double peakRssMb() {
    return procStatusMb("VmHWM:");
  }

  static double rssMb() {
    return procStatusMb("VmRSS:");
  }

  /** The part of the resident memory that is mapped files (jars, snapshots) rather than heap and other memory. */
  static double fileRssMb() {
    return procStatusMb("RssFile:");
  }

  private static double procStatusMb(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: no figure
    }
    return -1;
  }
}
