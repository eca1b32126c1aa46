package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class BestRateTest {

    @Test
    void measuresTheRoundsAfterTheWarmUpAndReportsTheFirstPassApart() throws Exception {
        int[] passes = {0};
        // a first pass five times as slow as the others, as on code the JIT has not compiled yet
        BestRate rate = BestRate.measure(1, 2, 10, BestRate.THIS_THREAD_ONLY, () -> {
            LockSupport.parkNanos(passes[0]++ == 0 ? 250_000_000L : 50_000_000L);
        });

        assertEquals(3, passes[0], "one warm-up pass, two measured");
        assertEquals(1, rate.warmUps());
        assertTrue(rate.coldPerSecond() < 10 / 0.25 * 1.01, "first pass: " + rate.coldPerSecond());
        assertTrue(rate.perSecond() > 10 / 0.25 * 1.5, "measured passes only: " + rate.perSecond());
        assertTrue(rate.perSecond() <= 10 / 0.05, "a pass takes at least its sleep: " + rate.perSecond());
        // sleeping takes no processor time: per CPU-second it is far faster than per second
        assertTrue(rate.perCpuSecond() > rate.perSecond(), rate.toString());
    }

    @Test
    void warmsUpUntilTheJitHasSettledAndNoLonger() throws Exception {
        int[] passes = {0};
        BestRate rate = BestRate.measure(3, 100, BestRate.THIS_THREAD_ONLY, () -> {
            passes[0]++;
            LockSupport.parkNanos(20_000_000L);
        });

        assertTrue(rate.warmUps() >= 1 && rate.warmUps() <= BestRate.MAX_WARM_UPS, rate.toString());
        assertEquals(rate.warmUps() + 3, passes[0], "the warm-up passes, then the three measured");
    }
}
