package io.newsflow.service.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads service configuration from environment variables, the one way every service does it. Values are read
 * once at start-up; a bad value fails with a {@link ConfigException} that names the variable.
 *
 * <p>A secret {@code NAME} may instead be given as {@code NAME_FILE}, the path of a file holding it (Docker and
 * Kubernetes secrets). Kafka client settings pass through: {@code KAFKA_SASL_MECHANISM} becomes
 * {@code sasl.mechanism}, {@code KAFKA_SSL_TRUSTSTORE_LOCATION} becomes {@code ssl.truststore.location}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Env {

    /** Every variable with this prefix is a Kafka client setting (see {@link #kafkaClientProperties()}). */
    public static final String KAFKA_PREFIX = "KAFKA_";
    /** Where every client finds Kafka; {@code localhost:9092} when unset. */
    public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    /** The Kafka client property {@link #KAFKA_BOOTSTRAP_SERVERS} sets. */
    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    /** {@code NAME_FILE} names a file holding the value of {@code NAME} (see {@link #get(String)}). */
    public static final String FILE_SUFFIX = "_FILE";

    private final Map<String, String> vars;

    public Env(Map<String, String> vars) {
        this.vars = Map.copyOf(vars);
    }

    /** The process environment. */
    public static Env system() {
        return new Env(System.getenv());
    }

    /** The value of {@code name}, or of the file named by {@code name_FILE}; empty when neither is set. */
    public Optional<String> get(String name) {
        String value = vars.get(name);
        if (value != null && !value.isBlank()) {
            return Optional.of(value.trim());
        }
        String file = vars.get(name + FILE_SUFFIX);
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(Path.of(file.trim()), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new ConfigException(name + FILE_SUFFIX, file, "cannot read the file: " + e.getMessage());
        }
    }

    public String get(String name, String defaultValue) {
        return get(name).orElse(defaultValue);
    }

    public String required(String name) {
        return get(name).orElseThrow(() -> new ConfigException(name, null, "is required"));
    }

    public int getInt(String name, int defaultValue, int min, int max) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new ConfigException(name, raw.get(), "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(name, raw.get(), "must be a whole number");
        }
    }

    public long getLong(String name, long defaultValue, long min, long max) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(raw.get());
            if (value < min || value > max) {
                throw new ConfigException(name, raw.get(), "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(name, raw.get(), "must be a whole number");
        }
    }

    public boolean getBoolean(String name, boolean defaultValue) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new ConfigException(name, raw.get(), "must be true or false");
        };
    }

    /**
     * Kafka client properties: {@code bootstrap.servers} from {@code KAFKA_BOOTSTRAP_SERVERS} (default
     * {@code localhost:9092}) and every other {@code KAFKA_*} variable (or its {@code _FILE} form) as the
     * matching client property. Callers add their own producer/consumer settings on top.
     */
    public Properties kafkaClientProperties() {
        Properties props = kafkaClientOverrides("");
        props.put(BOOTSTRAP_SERVERS, get(KAFKA_BOOTSTRAP_SERVERS, "localhost:9092"));
        return props;
    }

    /**
     * The Kafka client settings of the variables named {@code prefix} + {@code KAFKA_...} (or their {@code _FILE}),
     * the same way {@link #kafkaClientProperties()} reads {@code KAFKA_...}: settings of one client of a service that
     * differ from the service's own, such as its user ({@code STATUS_KAFKA_SASL_JAAS_CONFIG}).
     */
    public Properties kafkaClientOverrides(String prefix) {
        String start = prefix + KAFKA_PREFIX;
        Properties props = new Properties();
        for (String name : vars.keySet()) {
            if (!name.startsWith(start)) {
                continue;
            }
            String base = name.endsWith(FILE_SUFFIX) ? name.substring(0, name.length() - FILE_SUFFIX.length()) : name;
            String property = base.substring(start.length()).toLowerCase(Locale.ROOT).replace('_', '.');
            get(base).ifPresent(value -> props.put(property, value));
        }
        return props;
    }
}
