package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The author's biography that closes many articles ("Mara Quinn is a reporter who has covered..."): a paragraph
 * among the last few that introduces one of the page's own bylined authors. It describes the writer, not the story.
 * Stateless and thread-safe.
 */
final class AuthorBio {

    /** Biographies close the page: only the last few paragraphs are looked at. */
    private static final int CLOSING_PARAGRAPHS = 3;
    /** What a biography says right after the name ("is a", "has covered", "holds an MBA", "founded"). */
    private static final Pattern INTRODUCES = Pattern.compile(
            "^[^.]{0,60}?\\b(is|was|has|holds|founded|co-founded|started|serves|writes|joined|leads|brings)\\b");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|&|\\band\\b|;)\\s*");

    private AuthorBio() {
    }

    /** {@code paragraphs} without the closing ones that introduce an author of {@code byline}. */
    static List<String> strip(List<String> paragraphs, String byline) {
        List<String> names = personNames(byline);
        if (names.isEmpty() || paragraphs.size() < 2) {
            return paragraphs;
        }
        List<String> out = new ArrayList<>(paragraphs);
        for (int i = out.size() - 1; i >= 1 && i >= out.size() - CLOSING_PARAGRAPHS; i--) {
            if (introducesAuthor(out.get(i), names)) {
                out.remove(i);
            }
        }
        return out;
    }

    private static boolean introducesAuthor(String paragraph, List<String> names) {
        for (String name : names) {
            String first = name.substring(0, name.indexOf(' '));
            if ((paragraph.startsWith(name) || paragraph.startsWith(first + ' '))
                    && INTRODUCES.matcher(paragraph).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people of a byline: names of two to four words each ("Mara Quinn", "Dr. Ann Lee"). A single word is
     * more often a company or a brand, whose paragraphs about itself may well be the article.
     */
    private static List<String> personNames(String byline) {
        List<String> names = new ArrayList<>();
        if (byline == null) {
            return names;
        }
        for (String part : NAME_SEPARATORS.split(byline.strip())) {
            String[] words = part.strip().split("\\s+");
            if (words.length >= 2 && words.length <= 4 && words[0].length() >= 2
                    && Character.isUpperCase(words[0].charAt(0))
                    && !part.toLowerCase(Locale.ROOT).contains("staff")) {
                names.add(String.join(" ", words));
            }
        }
        return names;
    }
}
