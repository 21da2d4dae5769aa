package org.mentions.result;

import java.nio.file.Path;

/**
 * A request to write a result to a file (export, plot --out, save notebook). Commands only compute; the engine
 * renders {@code content} into {@code path} by its extension and writes atomically.
 */
public record FileResult(Result content, Path path) implements Result {}
