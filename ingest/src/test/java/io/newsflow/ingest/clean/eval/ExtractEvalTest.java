package io.newsflow.ingest.clean.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.ingest.clean.PageCleaner;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractEvalTest {

    @Test
    void titlesMatchIgnoringCasePunctuationAndSpacing() {
        assertTrue(ExtractEval.sameTitle("Top 10: Best Apps (tested)", "top 10 best apps tested"));
        assertFalse(ExtractEval.sameTitle("Top 10 Best Apps", "Best Apps"));
        assertFalse(ExtractEval.sameTitle("Top 10 Best Apps", null));
    }

    @Test
    void authorsMatchAsSetsOfNames() {
        assertTrue(ExtractEval.sameAuthors("Ann Lee, Bo Kim, and Cy Ng", "Bo Kim, Ann Lee & Cy Ng"));
        assertFalse(ExtractEval.sameAuthors("Ann Lee", "Ann Lee, Bo Kim"));
    }

    @Test
    void datesMatchWhenTheInstantFallsOnTheDayInSomeTimeZone() {
        assertTrue(ExtractEval.sameDay("2025-09-04", Instant.parse("2025-09-04T00:00:00Z")));
        // 22:00 in New York on the 4th is the 5th in UTC.
        assertTrue(ExtractEval.sameDay("2025-09-04", Instant.parse("2025-09-05T02:00:00Z")));
        assertTrue(ExtractEval.sameDay("2025-09-04", Instant.parse("2025-09-03T11:00:00Z")));
        assertFalse(ExtractEval.sameDay("2025-09-04", Instant.parse("2025-09-05T13:00:00Z")));
        assertFalse(ExtractEval.sameDay("2025-09-04", Instant.parse("2025-09-03T09:00:00Z")));
        assertFalse(ExtractEval.sameDay("2025-09-04", null));
    }

    @Test
    void scoresPagesOfADirectoryAndWritesTheirExtractions(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.html"), "<html><head><title>Rain in Spain</title></head><body>"
                + "<article><h1>Rain in Spain</h1><p>The rain in Spain falls mainly on the plain, say the old "
                + "weather records kept by the city for a long time.</p></article></body></html>",
                StandardCharsets.UTF_8);
        ExtractEval.Truth truth = new ExtractEval.Truth("a", "https://example.com/rain",
                "The rain in Spain falls mainly on the plain, say the old weather records kept by the city for a "
                        + "long time.", "Rain in Spain", null, null);
        StringWriter out = new StringWriter();
        ExtractEval.Report r = new ExtractEval(new PageCleaner(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)))
                .run(dir, List.of(truth), out);
        assertEquals(1.0, r.text().f1());
        assertEquals(1.0, r.titleAccuracy());
        assertEquals("precision=1.0000 recall=1.0000 f1=1.0000 pages=1 empty=0 title_acc=1.0000 date_acc=0.0000",
                r.summaryLine());
        assertTrue(out.toString().startsWith("{\"id\":\"a\",\"title\":\"Rain in Spain\""), out.toString());
    }
}
