package io.newsflow.enrich.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the news agency a text credits: a parenthesised credit such as "(Yonhap)" or "(AP)", a dateline such as
 * "SEOUL, April 5 (Yonhap) --", or attribution such as "according to Yonhap News Agency", "told Reuters",
 * "VOA's Korean Service". Immutable and thread-safe.
 */
public final class WireCredit {

    /** Agency name as reported, and the spellings that credit it (matched as whole words). */
    private static final Map<String, String> AGENCIES = new LinkedHashMap<>();

    static {
        AGENCIES.put("Yonhap", "Yonhap(?: News(?: Agency)?)?");
        AGENCIES.put("AP", "AP|Associated Press");
        AGENCIES.put("Reuters", "Reuters");
        AGENCIES.put("AFP", "AFP|Agence France-Presse");
        AGENCIES.put("VOA", "VOA|Voice of America");
        AGENCIES.put("RFA", "RFA|Radio Free Asia");
        AGENCIES.put("Kyodo", "Kyodo(?: News)?");
        AGENCIES.put("Xinhua", "Xinhua");
        AGENCIES.put("KCNA", "KCNA|Korean Central News Agency");
        AGENCIES.put("dpa", "dpa|DPA|Deutsche Presse-Agentur");
        AGENCIES.put("ANSA", "ANSA");
        AGENCIES.put("EFE", "EFE");
        AGENCIES.put("PTI", "PTI|Press Trust of India");
        AGENCIES.put("Bloomberg", "Bloomberg(?: News)?");
        AGENCIES.put("UPI", "UPI|United Press International");
        AGENCIES.put("TASS", "TASS");
    }

    /** Around each place a spelling starts, how much of the text a credit can take before and after it. */
    private static final int BEFORE = 64;
    private static final int AFTER = 96;
    /** What an alternative of a spelling must start with: the words before its first optional part ("Yonhap"). */
    private static final Pattern REQUIRED = Pattern.compile("^[A-Za-z -]+?(?= ?\\(\\?:|$)");

    /** A parenthesised credit line or dateline, in-text attribution, and "VOA's Korean Service"-style mentions. */
    private final Pattern[] kinds;
    private final Map<String, Pattern> spellings = new LinkedHashMap<>();
    /**
     * What every spelling starts with ("Associated Press", "Yonhap"): no credit without one of them, and far fewer
     * places in a text start one than start its first word ("Associated", "United", "Press"). By their first
     * character (all ASCII), so that one pass over the text finds them all: searching for each in turn took 27
     * passes, slow ones over a text that is not all Latin-1 (curly quotes, dashes).
     */
    private final String[][] anchorsByFirst = new String[128][];

    public WireCredit() {
        AGENCIES.forEach((name, spelling) -> spellings.put(name, Pattern.compile("(?:" + spelling + ")")));
        String any = "(" + String.join("|", AGENCIES.values()) + ")";
        // one scan per kind of credit, over every agency at once
        kinds = new Pattern[] {
                Pattern.compile("\\(" + any + "\\)"),
                Pattern.compile("(?i:according to|told|said|reported by|report(?:ed)? to|spoke to|via)\\s+(?:the\\s+)?"
                        + any + "\\b"),
                Pattern.compile("\\b" + any + "(?:'s [A-Z][a-z]+ Service| reported| said)\\b"),
        };
        Set<String> starts = new TreeSet<>();
        for (String spelling : AGENCIES.values()) {
            for (String alternative : spelling.split("\\|")) {
                Matcher m = REQUIRED.matcher(alternative);
                if (!m.find()) {
                    throw new IllegalStateException("no plain start in the spelling " + alternative);
                }
                starts.add(m.group());
            }
        }
        for (String start : starts) {
            char first = start.charAt(0);
            if (first >= anchorsByFirst.length) {
                throw new IllegalStateException("the spelling " + start + " does not start with an ASCII character");
            }
            String[] same = anchorsByFirst[first] == null ? new String[0] : anchorsByFirst[first];
            anchorsByFirst[first] = Arrays.copyOf(same, same.length + 1);
            anchorsByFirst[first][same.length] = start;
        }
    }

    /** The credited agency, or null. A parenthesised credit wins over attribution; earlier attribution wins. */
    public String credited(String text) {
        if (text == null) {
            return null;
        }
        // the credit patterns are read only around the places a spelling starts (found in one pass, which is far
        // cheaper than trying every pattern at every position of the text)
        List<int[]> windows = windows(text);
        for (Pattern kind : kinds) {
            Matcher m = kind.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int[] window : windows) {
                if (m.region(window[0], window[1]).find()) {
                    String found = m.group(1);
                    for (Map.Entry<String, Pattern> e : spellings.entrySet()) {
                        if (e.getValue().matcher(found).matches()) {
                            return e.getKey();
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The stretches of the text around each start of a spelling, merged, in order. */
    private List<int[]> windows(String text) {
        List<int[]> around = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            String[] anchors = c < anchorsByFirst.length ? anchorsByFirst[c] : null;
            if (anchors == null) {
                continue;
            }
            for (String anchor : anchors) {
                if (text.startsWith(anchor, at)) {
                    int end = Math.min(text.length(), at + anchor.length() + AFTER);
                    around.add(new int[] {Math.max(0, at - BEFORE), end});
                }
            }
        }
        around.sort(Comparator.comparingInt(w -> w[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] w : around) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && w[0] <= last[1]) {
                last[1] = Math.max(last[1], w[1]);
            } else {
                merged.add(w);
            }
        }
        return merged;
    }
}
