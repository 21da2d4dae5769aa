package org.mentions.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The launcher path, timed from outside as a user meets it: {@code scripts/mentions} and the bare
 * {@code java -jar target/mentions.jar} under a pseudo-terminal ({@code script}) until the prompt is drawn, and a
 * script that reopens the corpus from the cache until the process exits.
 */
final class LaunchProbe {
  private final Path root;
  private final Path jar;
  private final Path cache;
  private final Path config;

  LaunchProbe(Path root, Path cache, Path config) {
    this.root = root;
    this.jar = root.resolve("target/mentions.jar");
    this.cache = cache;
    this.config = config;
  }

  private List<String> java(String... args) {
    List<String> cmd = new ArrayList<>(List.of("java"));
    cmd.addAll(Probe.shellFlags());
    cmd.addAll(List.of("-Dmentions.home=" + root, "-Djava.awt.headless=true", "-jar", jar.toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  static boolean hasScript() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, "script"))) return true;
    }
    return false;
  }

  /**
   * Milliseconds from spawning the shell to "mentions> " on its terminal, median of {@code runs}; the startup
   * load (extra arguments, or the seeds) goes on in the background and is cut short.
   */
  double promptMs(int runs, String... startupArgs) throws Exception {
    String command = String.join(" ", java(startupArgs).stream().map(LaunchProbe::shellQuote).toList());
    return timeToPrompt(command, runs, false);
  }

  /**
   * Milliseconds from running {@code scripts/mentions} (no arguments: the seeds load behind the prompt) to the
   * prompt, median of {@code runs}, as a user starts it: after one start that records the launcher's
   * class-data-sharing archive (it is written when that shell exits, here by Ctrl-D).
   */
  double launcherPromptMs(int runs) throws Exception {
    return timeToPrompt(shellQuote(root.resolve("scripts/mentions").toString()), runs, true);
  }

  /** Runs {@code command} under a pseudo-terminal until its prompt, {@code runs} times (after one untimed start). */
  private double timeToPrompt(String command, int runs, boolean recordFirst) throws Exception {
    String shell = "stty cols 120 rows 40; exec " + command;
    int first = recordFirst ? 1 : 0;
    double[] times = new double[runs];
    for (int i = 0; i < runs + first; i++) {
      ProcessBuilder pb = new ProcessBuilder("script", "-qfc", shell, "/dev/null").redirectErrorStream(true);
      env(pb.environment());
      long t0 = System.nanoTime();
      Process p = pb.start();
      try {
        if (!waitFor(p.getInputStream(), "mentions> ", 60_000)) {
          throw new IllegalStateException("no prompt within 60 s: " + shell);
        }
        if (i >= first) {
          times[i - first] = Probe.ms(System.nanoTime() - t0);
        } else {
          Thread.sleep(5_000); // the seeds finish loading, so the archive holds what a session uses
          p.getOutputStream().write(4);
          p.getOutputStream().flush();
          p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
          p.waitFor(60, TimeUnit.SECONDS);
        }
      } finally {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
      }
    }
    return Probe.median(times);
  }

  /** Milliseconds for {@code mentions --script} that loads the corpus from the cache, start to exit; median. */
  double scriptMs(int runs, Path corpus) throws Exception {
    Path script = Files.createTempFile("bench-reopen", ".mentions");
    Files.writeString(script, "load " + Probe.quoted(corpus.toAbsolutePath() + "/") + "\n");
    double[] times = new double[runs];
    String said = "";
    for (int i = 0; i < runs; i++) {
      ProcessBuilder pb = new ProcessBuilder(java("--cache", cache.toString(), "--script", script.toString()))
          .redirectErrorStream(true);
      env(pb.environment());
      long t0 = System.nanoTime();
      Process p = pb.start();
      said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      int code = p.waitFor();
      times[i] = Probe.ms(System.nanoTime() - t0);
      if (code != 0) throw new IllegalStateException("mentions --script exited " + code + ": " + said);
    }
    Files.deleteIfExists(script);
    Probe.say("launcher reopen: %s", said.replace('\n', ' '));
    return Probe.median(times);
  }

  private void env(Map<String, String> env) {
    env.put("MENTIONS_CACHE", cache.toString());
    env.put("MENTIONS_CONFIG", config.toString());
    env.put("TERM", "xterm-256color");
    env.remove("MENTIONS_JAVA_OPTS");
  }

  private static boolean waitFor(InputStream in, String marker, long timeoutMs) throws IOException {
    StringBuilder seen = new StringBuilder();
    long deadline = System.currentTimeMillis() + timeoutMs;
    byte[] buf = new byte[4096];
    while (System.currentTimeMillis() < deadline) {
      int n = in.read(buf);
      if (n < 0) return false;
      seen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
      if (seen.indexOf(marker) >= 0) return true;
    }
    return false;
  }

  private static String shellQuote(String s) {
    return s.matches("[\\w./=:+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }
}
