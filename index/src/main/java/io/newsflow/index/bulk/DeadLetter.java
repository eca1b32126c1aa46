package io.newsflow.index.bulk;

/**
 * A record the indexer gives up on, with why: it goes to {@code index.dlq} as the original key and value with the
 * {@code DlqHeaders}.
 *
 * @param errorClass what kind of failure, e.g. {@code mapper_parsing_exception} or an exception class name
 * @param message    what was wrong, as OpenSearch or the parser said it
 */
public record DeadLetter(Origin origin, String errorClass, String message) {
}
