package io.newsflow.enrich.eval;

/** Two documents and whether they tell the same story (label 1). */
public record LabelledPair(String idA, String idB, boolean sameStory) {
}
