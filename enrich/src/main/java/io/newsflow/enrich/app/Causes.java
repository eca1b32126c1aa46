package io.newsflow.enrich.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** The chain of a failure's causes, for the handlers that judge or tell a failure by them. */
final class Causes {

    private Causes() {
    }

    /** The failure and each of its causes once, outermost first (a chain may loop back on itself). */
    static List<Throwable> of(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
