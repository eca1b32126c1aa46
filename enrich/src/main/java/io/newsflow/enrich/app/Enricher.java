package io.newsflow.enrich.app;

import io.newsflow.enrich.dedup.Articles;
import io.newsflow.enrich.dedup.EnrichedPage;
import io.newsflow.enrich.entities.EntityExtractor;
import io.newsflow.enrich.fingerprint.Fingerprinter;
import io.newsflow.enrich.keywords.DocumentFrequencies;
import io.newsflow.enrich.keywords.KeywordExtractor;
import io.newsflow.enrich.language.LanguageDetector;
import io.newsflow.enrich.summary.Summarizer;
import io.newsflow.enrich.topics.TopicTaxonomy;
import io.newsflow.enrich.wire.WireCredit;
import io.newsflow.events.Entities;
import io.newsflow.events.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;

/**
 * The stateless enrichment of a page (language, entities, keywords, topics, summary, word count, wire credit,
 * fingerprint), apart from the document frequencies the keywords are weighed with, which the caller owns.
 * Built once per application; thread-safe.
 */
public final class Enricher {

    /** Entity rules rely on English capitalisation; German capitalises every noun. */
    private static final List<String> NO_ENTITY_LANGUAGES = List.of("de");

    private final LanguageDetector languages;
    private final EntityExtractor entities = new EntityExtractor();
    private final KeywordExtractor keywords;
    private final TopicTaxonomy topics;
    private final Summarizer summarizer;
    private final WireCredit wire = new WireCredit();
    private final Fingerprinter fingerprinter = new Fingerprinter();

    public Enricher(EnrichConfig config) {
        this.languages = new LanguageDetector(new HashSet<>(config.languages()));
        this.keywords = new KeywordExtractor(config.keywords());
        try {
            this.topics = config.taxonomyFile().isPresent()
                    ? TopicTaxonomy.load(config.taxonomyFile().get()) : TopicTaxonomy.defaults();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the taxonomy " + config.taxonomyFile().get(), e);
        }
        this.summarizer = new Summarizer(config.summaryChars());
    }

    /** Enriches a page; {@code frequencies} counts it and weighs its keywords. */
    public EnrichedPage enrich(Page page, DocumentFrequencies frequencies) {
        String text = page.text();
        LanguageDetector.Detection language = languages.detect(text, page.languageHint());
        Entities found = NO_ENTITY_LANGUAGES.contains(language.language()) ? Entities.NONE : entities.extract(text);
        return new EnrichedPage(Articles.draft(page, language.language(), language.confidence(), found,
                keywords.keywords(text, language.language(), frequencies), topics.topics(page.title(), text),
                summarizer.summarize(text, language.language()), Summarizer.wordCount(text), wire.credited(text)),
                fingerprinter.fingerprint(text));
    }

    /** Only the fingerprint, for offline de-duplication of bare texts. */
    public static EnrichedPage fingerprintOnly(Page page, Fingerprinter fingerprinter) {
        return new EnrichedPage(Articles.draft(page, page.languageHint(), 0, null, null, null, null,
                Summarizer.wordCount(page.text()), null), fingerprinter.fingerprint(page.text()));
    }
}
