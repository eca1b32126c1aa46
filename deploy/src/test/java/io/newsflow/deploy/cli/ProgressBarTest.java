package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final StringWriter written = new StringWriter();

    private ProgressBar bar(boolean terminal) {
        return new ProgressBar(new PrintWriter(written), "newsflow: ", terminal, Duration.ofSeconds(5), nanos::get);
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void theLineHasABarThePercentageTheCountsAndTheTimeLeftAtThePaceSoFar() {
        // 250 of 1000 in 10 s: 750 more take 30 s
        assertEquals("[=====>                  ]  25% files 25/100 · ETA 0:30",
                ProgressBar.line(250, 1000, "files 25/100", 10, 0));
        assertEquals("[========================] 100% files 100/100 · done in 1:05",
                ProgressBar.line(1000, 1000, "files 100/100", 65, 0));
        assertEquals("[                        ]   0% files 0/100 · ETA …", ProgressBar.line(0, 1000, "files 0/100", 3, 0));
        // work already done when the task began does not count towards its pace: 100 in 10 s, 200 more take 20 s
        assertEquals("[=================>      ]  75% pages · ETA 0:20", ProgressBar.line(600, 800, "pages", 10, 500));
        assertEquals("12 pages", ProgressBar.line(12, 0, "12 pages", 10, 0));
        assertEquals("2:03:10", ProgressBar.clock(7390));
        assertEquals("4.0 of 13.0 kB", ProgressBar.bytes(4_000, 13_000));
        assertEquals("3.4 of 12.0 MB", ProgressBar.bytes(3_400_000, 12_000_000));
        assertEquals("0.5 of 2.1 GB", ProgressBar.bytes(500_000_000, 2_100_000_000L));
    }

    @Test
    void offATerminalItPrintsAPlainLineAtMostEveryIntervalAndTheLastOne() {
        ProgressBar bar = bar(false);

        bar.update(0, 100, "files 0/4");
        advance(Duration.ofSeconds(1));
        bar.update(25, 100, "files 1/4");
        advance(Duration.ofSeconds(5));
        bar.update(50, 100, "files 2/4");
        advance(Duration.ofSeconds(5));
        bar.update(50, 100, "files 2/4");
        advance(Duration.ofSeconds(1));
        bar.finish(100, 100, "files 4/4");

        assertEquals(String.join("\n",
                "newsflow: [                        ]   0% files 0/4 · ETA …",
                "newsflow: [===========>            ]  50% files 2/4 · ETA 0:06",
                "newsflow: [========================] 100% files 4/4 · done in 0:12", ""), written.toString());
        assertFalse(written.toString().contains("\r"));
    }

    @Test
    void onATerminalItRedrawsOneLineInPlaceAndEndsItWhenDone() {
        ProgressBar bar = bar(true);

        bar.update(0, 100, "files 0/4 · published 0");
        advance(Duration.ofMillis(50));
        bar.update(10, 100, "files 1/4 · published 1");
        advance(Duration.ofSeconds(2));
        bar.update(50, 100, "files 2/4");
        bar.finish(100, 100, "files 4/4");

        String[] draws = written.toString().split("\r", -1);
        assertEquals(4, draws.length, written.toString());
        assertEquals("", draws[0]);
        assertTrue(draws[1].startsWith("[                        ]   0% files 0/4 · published 0"), draws[1]);
        // a shorter line blanks what is left of the longer one before it
        assertEquals(draws[1].length(), draws[2].length(), written.toString());
        assertTrue(draws[2].startsWith("[===========>            ]  50% files 2/4 · ETA 0:02 "), draws[2]);
        assertTrue(draws[3].startsWith("[========================] 100% files 4/4 · done in 0:02"), draws[3]);
        assertTrue(written.toString().endsWith(System.lineSeparator()));
    }

    @Test
    void ratesArePerSecondSinceTheStart() {
        ProgressBar bar = bar(false);
        advance(Duration.ofSeconds(4));

        assertEquals("12.5 pages/s", bar.rate(50, "pages"));
    }
}
