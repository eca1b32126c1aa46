package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each class against the regular expression it stands in for, over every code point. */
class CodePointsTest {

    @Test
    void eachClassMatchesWhatItsRegularExpressionMatches() {
        Pattern number = Pattern.compile("\\p{N}");
        Pattern letterOrNumber = Pattern.compile("[\\p{L}\\p{N}]");
        Pattern space = Pattern.compile("\\s");
        Pattern mark = Pattern.compile("\\p{M}");
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.SURROGATE) {
                continue;
            }
            String s = Character.toString(cp);
            assertEquals(number.matcher(s).matches(), CodePoints.isNumber(cp), "\\p{N} of U+" + Integer.toHexString(cp));
            assertEquals(letterOrNumber.matcher(s).matches(), CodePoints.isLetterOrNumber(cp),
                    "[\\p{L}\\p{N}] of U+" + Integer.toHexString(cp));
            assertEquals(space.matcher(s).matches(), CodePoints.isSpace(cp), "\\s of U+" + Integer.toHexString(cp));
            assertEquals(mark.matcher(s).matches(), CodePoints.isMark(cp), "\\p{M} of U+" + Integer.toHexString(cp));
        }
    }
}
