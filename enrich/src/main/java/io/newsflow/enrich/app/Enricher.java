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
import java.util.Set;

/**
 * The stateless enrichment of a page (language, entities, keywords, topics, summary, word count, wire credit,
 * fingerprint), apart from the document frequencies the keywords are weighed with, which the caller owns.
 * Built once per application; thread-safe.
 *
 * <p>The costly steps (language, entities, keywords, topics, summary) read at most the first
 * {@value #ANALYSED_CHARS} characters of a text, the wire credit those and the last {@value #TAIL_CHARS}: their
 * time grows with the text, and one page must be done well within Kafka Streams' transaction and poll deadlines,
 * whatever its size within the page limit. That is longer than nearly every news article; the article keeps its
 * whole text and word count, and de-duplication fingerprints all of it.
 */
public final class Enricher {

    /** The language of a text the detector cannot judge and whose page has no hint (ISO 639-2 "undetermined"). */
    public static final String UNDETERMINED = "und";
    /**
     * Entity rules rely on English capitalisation: German capitalises every noun, and a text of unknown language
     * may do anything. Not where the language was judged from names alone: a table of German clubs' results or
     * standings has no German nouns, only names.
     */
    private static final Set<String> NO_ENTITY_LANGUAGES = Set.of("de", UNDETERMINED);
    /** About 8,000 words. */
    static final int ANALYSED_CHARS = 50_000;
    /** Where a closing credit line ("— Reuters") would be. */
    static final int TAIL_CHARS = 2_000;

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

    /**
     * Enriches a page; {@code frequencies} counts it and weighs its keywords. A page whose language can be neither
     * detected nor taken from its hint gets the language {@value #UNDETERMINED} and no entities.
     */
    public EnrichedPage enrich(Page page, DocumentFrequencies frequencies) {
        String text = page.text();
        String lead = lead(text);
        LanguageDetector.Detection detected = languages.detectIgnoringNames(lead, page.languageHint());
        String language = detected.language() == null ? UNDETERMINED : detected.language();
        boolean noEntities = UNDETERMINED.equals(language)
                || NO_ENTITY_LANGUAGES.contains(language) && !detected.fromNames();
        Entities found = noEntities ? Entities.NONE : entities.extract(lead);
        String ends = lead.length() == text.length() ? text
                : lead + "\n\n" + text.substring(Math.max(lead.length(), text.length() - TAIL_CHARS));
        return new EnrichedPage(Articles.draft(page, language, detected.confidence(), found,
                keywords.keywords(lead, language, frequencies), topics.topics(page.title(), lead),
                summarizer.summarize(lead, language), Summarizer.wordCount(text), wire.credited(ends)),
                fingerprinter.fingerprint(text));
    }

    /** The first {@value #ANALYSED_CHARS} characters of {@code text}, cut after a whitespace when there is one. */
    static String lead(String text) {
        if (text.length() <= ANALYSED_CHARS) {
            return text;
        }
        int cut = ANALYSED_CHARS;
        while (cut > ANALYSED_CHARS / 2 && !Character.isWhitespace(text.charAt(cut - 1))) {
            cut--;
        }
        if (cut == ANALYSED_CHARS / 2) {
            cut = ANALYSED_CHARS;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut);
    }

    /** Only the fingerprint, for offline de-duplication of bare texts. */
    public static EnrichedPage fingerprintOnly(Page page, Fingerprinter fingerprinter) {
        return new EnrichedPage(Articles.draft(page, page.languageHint(), 0, null, null, null, null,
                Summarizer.wordCount(page.text()), null), fingerprinter.fingerprint(page.text()));
    }
}
