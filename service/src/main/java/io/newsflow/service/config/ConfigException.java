package io.newsflow.service.config;

/** A configuration value that stops a service at start-up. The message names the variable. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String variable;

    public ConfigException(String variable, String value, String problem) {
        super(variable + (value == null ? "" : "=" + value) + ": " + problem);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
