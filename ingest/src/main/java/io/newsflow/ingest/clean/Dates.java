package io.newsflow.ingest.clean;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient parsing of publication dates as pages write them: ISO-8601 and its common variants, RFC 1123, dates in
 * URLs and English dates in running text ("April 5, 2016 - 15:08", "5 Apr 2016"). A date without a time is taken
 * as midnight UTC; a time without an offset as UTC. Stateless and thread-safe.
 */
final class Dates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?");
    private static final Pattern SLASHED_YMD = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final String MONTH_NAMES = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String TIME = "(?:\\s*(?:-|,|at|\\|)?\\s*(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH_NAMES + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH_NAMES + "\\.?,?\\s+(\\d{4})\\b" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\b)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private Dates() {
    }

    /** Parses a machine-written date (meta tags, JSON-LD, {@code <time datetime>}). */
    static Optional<Instant> parseMachine(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(v);
        if (m.find()) {
            return at(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
        }
        m = SLASHED_YMD.matcher(v);
        if (m.find()) {
            return at(m.group(1), m.group(2), m.group(3), null, null, null, null);
        }
        if (v.length() >= 8 && v.chars().allMatch(c -> Character.isDigit(c) || c == 'T')) {
            if (v.length() == 10 && v.chars().allMatch(Character::isDigit)) {
                return epochSeconds(v);
            }
            if (v.length() == 13 && v.chars().allMatch(Character::isDigit)) {
                return epochSeconds(v.substring(0, 10));
            }
            m = COMPACT.matcher(v);
            if (m.matches()) {
                return at(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), null);
            }
        }
        return parseText(v);
    }

    /** Finds the first English date in running text ("April 5, 2016 - 15:08", "5 April 2016"). */
    static Optional<Instant> parseText(String text) {
        Matcher a = MONTH_DAY_YEAR.matcher(text);
        Matcher b = DAY_MONTH_YEAR.matcher(text);
        boolean fa = a.find();
        boolean fb = b.find();
        if (fa && (!fb || a.start() <= b.start())) {
            return textDate(a.group(3), a.group(1), a.group(2), a.group(4), a.group(5), a.group(6));
        }
        if (fb) {
            return textDate(b.group(3), b.group(2), b.group(1), b.group(4), b.group(5), b.group(6));
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return at(iso.group(1), iso.group(2), iso.group(3), iso.group(4), iso.group(5), iso.group(6),
                    iso.group(7));
        }
        return Optional.empty();
    }

    /** A date written in a URL path ({@code /2016/04/05/}). */
    static Optional<Instant> parseUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return at(m.group(1), m.group(2), m.group(3), null, null, null, null);
        }
        return Optional.empty();
    }

    private static Optional<Instant> textDate(String year, String month, String day, String hour, String minute,
            String ampm) {
        Integer mo = MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
        if (mo == null) {
            return Optional.empty();
        }
        String h = hour;
        if (h != null && ampm != null) {
            int hh = Integer.parseInt(h) % 12 + (ampm.toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0);
            h = Integer.toString(hh);
        }
        return at(year, Integer.toString(mo), day, h, minute, null, null);
    }

    private static Optional<Instant> epochSeconds(String digits) {
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(digits)));
    }

    private static Optional<Instant> at(String y, String mo, String d, String h, String mi, String s, String zone) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            if (h == null) {
                return Optional.of(date.atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            LocalTime time = LocalTime.of(Integer.parseInt(h), Integer.parseInt(mi), s == null ? 0 : Integer.parseInt(s));
            return Optional.of(LocalDateTime.of(date, time).toInstant(offset(zone)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equalsIgnoreCase("z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String z = zone.replace(":", "");
        int sign = z.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(z.substring(1, 3));
        int minutes = z.length() >= 5 ? Integer.parseInt(z.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
