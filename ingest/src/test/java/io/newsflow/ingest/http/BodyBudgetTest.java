package io.newsflow.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BodyBudgetTest {

    @Test
    void requestsTogetherHoldAtMostTheCapacityAndARequestThatWouldCrossItIs503() throws HttpProblem {
        BodyBudget budget = new BodyBudget(100);
        BodyBudget.Share first = budget.share();
        BodyBudget.Share second = budget.share();
        first.take(60);

        HttpProblem busy = assertThrows(HttpProblem.class, () -> second.take(50));

        assertEquals(503, busy.status());
        second.take(40);
    }

    @Test
    void whatARequestHeldIsGivenBackWhenItEnds() throws HttpProblem {
        BodyBudget budget = new BodyBudget(100);
        try (BodyBudget.Share first = budget.share()) {
            first.take(100);
        }
        budget.share().take(100);
    }

    @Test
    void aBodyLargerThanTheWholeBudgetIs413() throws HttpProblem {
        BodyBudget.Share alone = new BodyBudget(100).share();
        alone.take(90);

        HttpProblem tooLarge = assertThrows(HttpProblem.class, () -> alone.take(20));

        assertEquals(413, tooLarge.status());
        assertEquals("payload_too_large", tooLarge.code());
    }
}
