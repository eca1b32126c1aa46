package io.newsflow.enrich.eval;

/** What de-duplication made of one document: its story, and what it copies (null for a new story). */
public record Outcome(String id, String storyId, String duplicateOf, String method) {
}
