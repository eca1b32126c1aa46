package io.newsflow.deploy.cli;

import io.newsflow.ingest.clean.PlainText;
import org.jsoup.parser.Parser;

/**
 * What the commands print of stored text: one line, and nothing a terminal would take as a command (escape
 * sequences, control characters, bidi overrides) even from records written before ingest removed them.
 */
final class Terminal {

    private Terminal() {
    }

    /** {@code text} as one safe line; null as {@code orElse}. */
    static String line(String text, String orElse) {
        if (text == null || text.isBlank()) {
            return orElse;
        }
        return PlainText.of(text).strip().replaceAll("\\s+", " ");
    }

    /** A search snippet (HTML-escaped, matched words in {@code <em>}) as one safe line, matched words in {@code *}. */
    static String snippet(String html) {
        if (html == null) {
            return null;
        }
        String marked = html.replace("<em>", "*").replace("</em>", "*");
        return line(Parser.unescapeEntities(marked, false), null);
    }
}
