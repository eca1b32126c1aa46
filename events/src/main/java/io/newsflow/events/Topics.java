package io.newsflow.events;

import java.util.List;

/** The topic names of the pipeline, one place for every service and test. */
public final class Topics {

    /** Raw pages published by external scrapers: {@link RawPage}. */
    public static final String PAGES_RAW = "pages.raw";
    /** Cleaned pages published by ingest: {@link Page}. */
    public static final String PAGES_CLEAN = "pages.clean";
    /** Enriched, de-duplicated articles published by enrich: {@link Article}. */
    public static final String ARTICLES = "articles";
    /** One record per page recognised as a copy of an earlier article: {@link Duplicate}. */
    public static final String ARTICLES_DUPLICATES = "articles.duplicates";

    public static final String INGEST_DLQ = "ingest.dlq";
    public static final String ENRICH_DLQ = "enrich.dlq";
    public static final String INDEX_DLQ = "index.dlq";

    /** Partitions of the data topics unless ops choose otherwise: the most instances that share a stage's work. */
    public static final int DEFAULT_PARTITIONS = 4;
    /** Partitions of each DLQ: dead letters are few and read in order. */
    public static final int DLQ_PARTITIONS = 1;

    /** Every topic the pipeline reads or writes, in pipeline order. */
    public static final List<String> ALL = List.of(
            PAGES_RAW, PAGES_CLEAN, ARTICLES, ARTICLES_DUPLICATES, INGEST_DLQ, ENRICH_DLQ, INDEX_DLQ);

    private Topics() {
    }
}
