package io.newsflow.index.schema;

import java.util.regex.Pattern;

/**
 * The names of the article index family, all derived from the read alias: dashboards read {@link #readAlias()},
 * the indexer writes through {@link #writeAlias()}, and the concrete indices {@code <alias>-000001},
 * {@code <alias>-000002}... are created by the template so that ops can roll the write alias over.
 *
 * @param readAlias the alias dashboards and {@code newsflow search} query, {@code articles} by default
 */
public record IndexNames(String readAlias) {

    /** Lower-case, no leading punctuation: OpenSearch's own rules for index and alias names. */
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,200}");

    public static final IndexNames DEFAULT = new IndexNames("articles");

    public IndexNames {
        if (readAlias == null || !VALID.matcher(readAlias).matches()) {
            throw new IllegalArgumentException("not a valid alias name (lower-case letters, digits, '_', '.', '-'): "
                    + readAlias);
        }
    }

    public String writeAlias() {
        return readAlias + "-write";
    }

    /** The composable index template's name. */
    public String template() {
        return readAlias;
    }

    /** The template's index pattern: the concrete indices and only them. */
    public String indexPattern() {
        return readAlias + "-0*";
    }

    /** The first concrete index, in the date-less numbered form rollover continues. */
    public String firstIndex() {
        return readAlias + "-000001";
    }
}
