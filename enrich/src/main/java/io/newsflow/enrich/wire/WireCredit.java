package io.newsflow.enrich.wire;

import java.util.LinkedHashMap;
import java.util.Map;
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

    private final Map<String, Pattern[]> patterns = new LinkedHashMap<>();

    public WireCredit() {
        AGENCIES.forEach((name, spelling) -> patterns.put(name, new Pattern[] {
                // a credit line or dateline: "(Yonhap)", "(AP) --", "(Reuters) -"
                Pattern.compile("\\((?:" + spelling + ")\\)"),
                // attribution in the text
                Pattern.compile("(?i:according to|told|said|reported by|report(?:ed)? to|spoke to|via)\\s+(?:the\\s+)?(?:"
                        + spelling + ")\\b"),
                Pattern.compile("\\b(?:" + spelling + ")(?:'s [A-Z][a-z]+ Service| reported| said)\\b"),
        }));
    }

    /** The credited agency, or null. A parenthesised credit wins over attribution; earlier attribution wins. */
    public String credited(String text) {
        if (text == null) {
            return null;
        }
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Map.Entry<String, Pattern[]> e : patterns.entrySet()) {
            Pattern[] ps = e.getValue();
            for (int kind = 0; kind < ps.length; kind++) {
                Matcher m = ps[kind].matcher(text);
                if (m.find()) {
                    int rank = kind * 1_000_000 + m.start();
                    if (rank < bestRank) {
                        bestRank = rank;
                        best = e.getKey();
                    }
                }
            }
        }
        return best;
    }
}
