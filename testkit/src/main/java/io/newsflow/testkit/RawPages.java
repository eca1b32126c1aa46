package io.newsflow.testkit;

import io.newsflow.events.Json;

/** {@code RawPage} JSON as a scraper sends it, for tests that post pages or write them to {@code pages.raw}. */
public final class RawPages {

    private RawPages() {
    }

    /**
     * A short but real news page at {@code url}, with enough paragraphs for the cleaner to keep its body; pages with
     * the same {@code how} are copies of one another.
     */
    public static String harbourStory(String url, String how) {
        String html = """
                <html lang="en"><head><title>Harbour reopens after storm repairs</title></head><body>
                <nav><a href="/">Home</a></nav><article><h1>Harbour reopens after storm repairs</h1>
                <p>The city harbour reopened to ferries on Monday after three weeks of repairs to the sea wall that
                the winter storm had breached, the port authority said (%s).</p>
                <p>Engineers replaced two hundred metres of the wall and raised it by half a metre, a change the
                authority said would protect the quay from the higher tides forecast for the coming decades.</p>
                <p>Ferry operators said bookings had already returned to their usual level for the season, and the
                fish market on the quay will open again at the end of the week.</p>
                </article></body></html>
                """.formatted(how);
        return Json.mapper().createObjectNode().put("url", url).put("html", html).toString();
    }
}
