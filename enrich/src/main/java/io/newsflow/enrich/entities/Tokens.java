package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into word tokens with their offsets, the way entity spellings are compared. Thread-safe. */
final class Tokens {

    /** A word token; {@code text} has any possessive "'s" removed. */
    record Token(String text, int start, int end) {

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:[.'’-]\\p{L}[\\p{L}\\p{N}]*)*(\\.)?");

    private Tokens() {
    }

    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            int end = m.end();
            if (m.group(1) != null) {
                String bare = word.substring(0, word.length() - 1);
                // keep the period of abbreviations ("U.S.", "N.", "Amb."), not of a sentence's last word
                if (!bare.contains(".") && bare.length() > 3) {
                    word = bare;
                    end--;
                }
            }
            if (word.endsWith("'s") || word.endsWith("’s")) {
                word = word.substring(0, word.length() - 2);
            } else if (word.endsWith("s'") || word.endsWith("s’")) {
                word = word.substring(0, word.length() - 1);
            }
            if (!word.isEmpty()) {
                tokens.add(new Token(word, m.start(), end));
            }
        }
        return tokens;
    }
}
