package io.newsflow.deploy.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Whole-number options with a range, refused by picocli with the option's name ("Invalid value for option
 * '--ingest-port': 99999 is no port, 0 to 65535") and the usage, exit status 2, before the command runs.
 */
final class Bounded {

    private Bounded() {
    }

    /** A TCP port to bind, 0 for a free one. */
    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int port = parse(value);
            if (port < 0 || port > 65_535) {
                throw new TypeConversionException(value + " is no port, 0 to 65535");
            }
            return port;
        }
    }

    /** A count of at least one: hits, records. */
    static final class AtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int count = parse(value);
            if (count < 1) {
                throw new TypeConversionException(value + " is less than 1");
            }
            return count;
        }
    }

    private static int parse(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
    }
}
