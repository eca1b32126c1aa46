package io.newsflow.deploy.cli;

import io.newsflow.service.config.Env;
import java.util.HashMap;
import java.util.Map;

/** The process environment with the variables a command's options set laid over it: options win. */
final class CliEnv {

    private CliEnv() {
    }

    /** {@code options} maps variable names to option values; null values (options not given) are ignored. */
    static Env withOptions(Map<String, String> options) {
        Map<String, String> vars = new HashMap<>(System.getenv());
        options.forEach((name, value) -> {
            if (value != null) {
                vars.put(name, value);
            }
        });
        return new Env(vars);
    }
}
