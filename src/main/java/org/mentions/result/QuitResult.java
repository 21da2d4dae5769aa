package org.mentions.result;

/** The user asked to leave; front ends close cleanly. */
public record QuitResult() implements Result {}
