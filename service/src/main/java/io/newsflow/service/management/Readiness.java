package io.newsflow.service.management;

import java.util.Objects;

/**
 * Whether a service can do its work right now, as {@code GET /health/ready} reports it.
 *
 * @param ready  true when the service does its work (200), false otherwise (503)
 * @param detail what the service is doing or waiting for, in words; never null
 */
public record Readiness(boolean ready, String detail) {

    public Readiness {
        Objects.requireNonNull(detail, "detail");
    }

    public static Readiness ready(String detail) {
        return new Readiness(true, detail);
    }

    public static Readiness notReady(String detail) {
        return new Readiness(false, detail);
    }
}
