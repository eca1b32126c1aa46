package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.TokenSpans.isWholeNumber;

import io.newsflow.enrich.entities.Tokens.Token;
import java.util.BitSet;
import java.util.List;

/**
 * Where a text's tokens of a few kinds are, found in one pass for the rules that look for them: colons, opening
 * parentheses, the marks of a scorecard's dismissals ("b", "out"), whole numbers of up to three digits, and words
 * that start with a capital or with the Arabic article before one ("al-Bashir"), where a name the lists know
 * alone may start or end ({@link EntityExtractor#notablePeople}, {@link EntityExtractor#citiesOfCommonWords}),
 * and after the word a rule reads before a name ("the magazine Der Stern", "to buy Seagen"); and of those words,
 * the ones with a hyphen after their first letter ("Williams-Renault"); and lower-case words with a hyphen after
 * their second or third letter, where the Arabic article may stand ("al-Hayat", "ash-Sharq").
 * Built for one text, by the thread extracting from it, and not shared.
 */
record Marks(BitSet colons, BitSet parentheses, BitSet dismissals, BitSet numbers, BitSet capitals,
        BitSet hyphened, BitSet articles) {

    static Marks of(List<Token> tokens) {
        Marks marks = new Marks(new BitSet(), new BitSet(), new BitSet(), new BitSet(), new BitSet(), new BitSet(),
                new BitSet());
        for (int k = 0; k < tokens.size(); k++) {
            String w = tokens.get(k).text();
            char first = w.charAt(0);
            if (first >= 'A' && first <= 'Z' || first >= 128 && tokens.get(k).word() && tokens.get(k).capitalised()
                    || first >= 'a' && first <= 'z' && w.length() > 3 && w.charAt(2) == '-'
                    && Character.isUpperCase(w.charAt(3))) {
                marks.capitals.set(k);
                if (w.indexOf('-', 1) > 0) {
                    marks.hyphened.set(k);
                }
            }
            if (w.length() > 3) {
                if (first >= 'a' && first <= 'z' && (w.charAt(2) == '-' || w.charAt(3) == '-')) {
                    marks.articles.set(k);
                }
                continue; // every other mark is three characters or fewer
            }
            if (first >= '0' && first <= '9') {
                marks.numbers.set(k, isWholeNumber(w, 3));
            } else if (w.length() == 1) {
                switch (first) {
                    case ':' -> marks.colons.set(k);
                    case '(' -> marks.parentheses.set(k);
                    case 'b' -> marks.dismissals.set(k);
                    default -> { }
                }
            } else if (first == 'o' && w.equals("out")) {
                marks.dismissals.set(k);
            }
        }
        return marks;
    }
}
