package org.mentions.script;

/** One command of a script, with the line it starts on (continuation lines joined). */
public record ScriptLine(int line, String text) {}
