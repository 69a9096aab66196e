package io.posflow.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of {@code ./posflow}'s commands: {@code --name value} pairs and a few switches without a value.
 * A problem is an {@link IllegalArgumentException} naming the flag, which the command prints with its usage (exit 2).
 */
final class Flags {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> switches = new HashSet<>();

    private Flags() {
    }

    /** Reads {@code args}: each of {@code valued} takes the next argument, each of {@code switches} stands alone. */
    static Flags parse(String[] args, Set<String> valued, Set<String> switches) {
        Flags flags = new Flags();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (switches.contains(flag)) {
                flags.switches.add(flag);
                continue;
            }
            if (!valued.contains(flag)) {
                throw new IllegalArgumentException("Unknown option " + flag);
            }
            if (++i == args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            flags.values.put(flag, args[i]);
        }
        return flags;
    }

    boolean has(String aSwitch) {
        return switches.contains(aSwitch);
    }

    Optional<String> value(String flag) {
        return Optional.ofNullable(values.get(flag));
    }

    int positive(String flag, int byDefault) {
        return value(flag).map(v -> {
            long n = number(flag, v);
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(flag + " must be a whole number of at least 1, not " + v);
            }
            return (int) n;
        }).orElse(byDefault);
    }

    /** A seed: the one given, or a fresh one. */
    long seed() {
        return value("--seed").map(v -> number("--seed", v)).orElseGet(System::nanoTime);
    }

    Optional<Path> path(String flag) {
        return value(flag).map(v -> Path.of(v).toAbsolutePath());
    }

    private static long number(String flag, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a whole number, not " + value);
        }
    }
}
