package io.newsflow.enrich.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Topics by rule: a taxonomy file lists, per topic, terms and how many matches assign it (format in the default
 * resource {@code io/newsflow/enrich/topics/taxonomy.tsv}). Immutable and thread-safe.
 */
public final class TopicTaxonomy {

    public static final String DEFAULT_RESOURCE = "/io/newsflow/enrich/topics/taxonomy.tsv";

    private final List<Rule> rules;

    private TopicTaxonomy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The taxonomy shipped with newsflow. */
    public static TopicTaxonomy defaults() {
        try (InputStream in = TopicTaxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TopicTaxonomy load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses a taxonomy; a malformed line fails with its number and what is wrong. */
    public static TopicTaxonomy parse(String content, String source) {
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(content))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 3) {
                    throw new IllegalArgumentException(source + ":" + number
                            + ": expected 'topic<TAB>minimum matches<TAB>term|term...'");
                }
                int min;
                try {
                    min = Integer.parseInt(parts[1].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + ":" + number + ": minimum matches must be a number");
                }
                String alternatives = Arrays.stream(parts[2].split("\\|")).map(String::trim).filter(t -> !t.isEmpty())
                        .map(t -> Pattern.quote(t.replace("*", "\u0000")).replace("\u0000", "\\E\\p{L}*\\Q"))
                        .collect(Collectors.joining("|"));
                rules.add(new Rule(parts[0].trim(), Math.max(1, min),
                        Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TopicTaxonomy(rules);
    }

    /** The topics of a text (with its title), in taxonomy order. */
    public List<String> topics(String title, String text) {
        String all = (title == null ? "" : title + "\n") + (text == null ? "" : text);
        List<String> topics = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(all);
            int hits = 0;
            while (hits < rule.minMatches() && m.find()) {
                hits++;
            }
            if (hits >= rule.minMatches()) {
                topics.add(rule.topic());
            }
        }
        return topics;
    }

    private record Rule(String topic, int minMatches, Pattern pattern) {
    }
}
