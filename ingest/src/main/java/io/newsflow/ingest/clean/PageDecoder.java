package io.newsflow.ingest.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text without trusting the declared charset blindly: a byte-order mark wins, bytes that are
 * valid UTF-8 with multi-byte sequences are UTF-8 whatever a header claims, a two-byte charset claimed for bytes
 * without any zero byte is ignored, and bytes that are not text at all are refused. Stateless and thread-safe.
 */
final class PageDecoder {

    private static final int SNIFF = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{2,40})");
    private static final Charset FALLBACK = Charset.forName("windows-1252");
    /**
     * What windows-1252 makes of the bytes 0x80 to 0x9F, in order; the five bytes it leaves undefined are kept as
     * the C1 controls Latin-1 reads them as.
     */
    private static final String WINDOWS_1252_HIGH =
            "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f"
            + "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
    /** A UTF-8 lead byte and its continuation bytes, as Latin-1 or windows-1252 characters. */
    private static final Pattern DOUBLE_ENCODED = Pattern.compile("[\u00c2-\u00f4][\u0080-\u00bf"
            + WINDOWS_1252_HIGH + "]{1,3}");

    private PageDecoder() {
    }

    static String decode(byte[] body, Charset declared) throws PageRejectedException {
        refuseBinaryMagic(body);
        return refusedIfBinary(decodeText(body, declared));
    }

    /**
     * The text of a page that came as a Java string: what decoding its UTF-8 bytes as UTF-8 would give, without
     * encoding it to them. A text those bytes would not give back as it is (it opens with a byte-order mark, has a
     * replacement character, which sends the bytes through the charset rules, or a lone surrogate, which encodes
     * as '?') is decoded from the bytes.
     */
    static String decode(String text) throws PageRejectedException {
        if (text.startsWith("\uFEFF") || text.indexOf('\uFFFD') >= 0 || hasLoneSurrogate(text)) {
            return decode(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        // the signatures are at most four bytes, so the first four characters' bytes hold them
        refuseBinaryMagic(text.substring(0, Math.min(4, text.length())).getBytes(StandardCharsets.UTF_8));
        return refusedIfBinary(text);
    }

    private static boolean hasLoneSurrogate(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && (text.charAt(i) & 0xF800) != 0xD800) {
            i++; // the common case, no surrogate at all, in the cheapest loop: about twice as fast as the one below
        }
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == n || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    private static void refuseBinaryMagic(byte[] body) throws PageRejectedException {
        String magic = binaryMagic(body);
        if (magic != null) {
            throw new PageRejectedException(PageRejectedException.Reason.NOT_TEXT,
                    "the body is " + magic + " data, not an HTML or text page");
        }
    }

    private static String refusedIfBinary(String text) throws PageRejectedException {
        if (looksBinary(text)) {
            throw new PageRejectedException(PageRejectedException.Reason.NOT_TEXT,
                    "the body is binary (control characters or undecodable bytes), not an HTML or text page");
        }
        return text;
    }

    /**
     * Undoes UTF-8 that was decoded as Latin-1 or windows-1252 and encoded again before it reached us
     * ("Investorâ\u0080\u0099s" or "Investorâ€™s" for "Investor’s", "Â" before a no-break space): a lead
     * character followed by one to three continuation characters is re-read as the bytes it was, and replaced when
     * those bytes are valid UTF-8. Real text hardly ever has such a run ("Ã©", "â€œ"); runs that do not decode stay.
     */
    static String repairDoubleEncoding(String text) {
        if (!hasDoubleEncoding(text)) {
            return text;
        }
        Matcher m = DOUBLE_ENCODED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        while (m.find()) {
            String run = m.group();
            String repaired;
            try {
                repaired = utf8.decode(ByteBuffer.wrap(bytesOf(run))).toString();
            } catch (CharacterCodingException e) {
                repaired = run; // not UTF-8 after all: leave the characters as they came
            }
            m.appendReplacement(out, Matcher.quoteReplacement(repaired));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A quick pass: a lead character followed by a continuation character somewhere in the text. */
    private static boolean hasDoubleEncoding(String text) {
        for (int i = 0, n = text.length() - 1; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u00c2' && c <= '\u00f4' && isContinuation(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContinuation(char c) {
        return c >= '\u0080' && c <= '\u00bf' || WINDOWS_1252_HIGH.indexOf(c) >= 0;
    }

    /** The bytes a run of Latin-1 or windows-1252 characters was decoded from. */
    private static byte[] bytesOf(String run) {
        byte[] bytes = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int w = WINDOWS_1252_HIGH.indexOf(c);
            bytes[i] = (byte) (w >= 0 ? 0x80 + w : c);
        }
        return bytes;
    }

    private static String decodeText(byte[] body, Charset declared) {
        Charset bom = bomCharset(body);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new String(body, skip, body.length - skip, bom);
        }
        String wide = declared == null ? "" : declared.name().toUpperCase(Locale.ROOT);
        if ((wide.startsWith("UTF-16") || wide.startsWith("UTF-32")) && hasZeroByte(body)) {
            return new String(body, declared);
        }
        if (isAscii(body)) {
            return new String(body, StandardCharsets.ISO_8859_1);
        }
        // Decoding as UTF-8 first costs one pass on the common case; a replacement character means it was not.
        String utf8 = new String(body, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0) {
            return utf8;
        }
        // A few bad bytes in a UTF-8 page (a pasted fragment, a cut multi-byte character) do not make it
        // another charset: re-decoding all of it as windows-1252 would garble every other character.
        if (replacements(utf8) * 1000 < utf8.length() && metaCharset(body).map(StandardCharsets.UTF_8::equals)
                .orElse(true)) {
            return utf8;
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !wide.startsWith("UTF-")) {
            return new String(body, declared);
        }
        return new String(body, metaCharset(body).orElse(FALLBACK));
    }

    private static int replacements(String s) {
        int n = 0;
        for (int i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) {
            n++;
        }
        return n;
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Charset> metaCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                Charset c = Charset.forName(m.group(1));
                String n = c.name().toUpperCase(Locale.ROOT);
                // A page that got this far has no zero bytes, so a two-byte charset in its meta is a lie.
                if (!n.startsWith("UTF-16") && !n.startsWith("UTF-32")) {
                    return Optional.of(c);
                }
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean hasZeroByte(byte[] body) {
        int n = Math.min(body.length, SNIFF);
        for (int i = 0; i < n; i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String binaryMagic(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
            return "PDF";
        }
        if (startsWith(b, 0x89, 0x50, 0x4e, 0x47)) {
            return "PNG";
        }
        if (startsWith(b, 0xff, 0xd8, 0xff)) {
            return "JPEG";
        }
        if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
            return "GIF";
        }
        if (startsWith(b, 0x50, 0x4b, 0x03, 0x04)) {
            return "ZIP";
        }
        if (startsWith(b, 0x1f, 0x8b)) {
            return "gzip";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** More than 2% control or replacement characters in the first 8K: not a page anyone wrote. */
    private static boolean looksBinary(CharSequence text) {
        int n = Math.min(text.length(), SNIFF);
        if (n == 0) {
            return false;
        }
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                bad++;
            }
        }
        return bad * 50 > n;
    }

}
