package io.newsflow.enrich.entities;

/** A name found in the text: tokens [start, end) of the document, its type and the name to report. Immutable. */
record Mention(int start, int end, Type type, String name, boolean known) {

    /** The same name, of another type. */
    Mention as(Type other) {
        return new Mention(start, end, other, name, known);
    }
}
