package io.newsflow.enrich.text;

/**
 * Character classes of regular expressions, by code point, for the hand-written scanners that stand in for the
 * expressions (entity tokens, topic words, fingerprint tokens, the summary's whitespace).
 */
public final class CodePoints {

    private CodePoints() {
    }

    /** {@code \p{N}}: a number of any kind (digits, Roman numerals, fractions...). */
    public static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** {@code [\p{L}\p{N}]}: a letter or a number; plain ASCII without a look-up. */
    public static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return Character.isLetter(cp) || isNumber(cp);
    }

    /** {@code \p{M}}: a mark (non-spacing, enclosing or combining spacing): the accents of decomposed letters. */
    public static boolean isMark(int cp) {
        if (cp < 0x300) {
            return false; // the first mark is U+0300
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\u000B' || cp == '\f' || cp == '\r';
    }
}
