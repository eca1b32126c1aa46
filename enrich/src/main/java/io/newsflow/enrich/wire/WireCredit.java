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

    /** A parenthesised credit line or dateline, in-text attribution, and "VOA's Korean Service"-style mentions. */
    private final Pattern[] kinds;
    private final Map<String, Pattern> spellings = new LinkedHashMap<>();

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
    }

    /** The credited agency, or null. A parenthesised credit wins over attribution; earlier attribution wins. */
    public String credited(String text) {
        if (text == null) {
            return null;
        }
        for (Pattern kind : kinds) {
            Matcher m = kind.matcher(text);
            if (m.find()) {
                String found = m.group(1);
                for (Map.Entry<String, Pattern> e : spellings.entrySet()) {
                    if (e.getValue().matcher(found).matches()) {
                        return e.getKey();
                    }
                }
            }
        }
        return null;
    }
}
