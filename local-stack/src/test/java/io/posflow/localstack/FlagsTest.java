package io.posflow.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line of ./posflow chaos and ./posflow load. */
class FlagsTest {

    @Test
    void aValuedFlagTakesTheNextArgumentAndASwitchStandsAlone() {
        Flags flags = Flags.parse(new String[] {"--allow-non-durable", "--merchants", "3", "--data-dir", "d"},
                Set.of("--merchants", "--data-dir"), Set.of("--allow-non-durable"));

        assertThat(flags.has("--allow-non-durable")).isTrue();
        assertThat(flags.positive("--merchants", 12)).isEqualTo(3);
        assertThat(flags.positive("--clients", 8)).isEqualTo(8);
        assertThat(flags.path("--data-dir")).contains(Path.of("d").toAbsolutePath());
    }

    @Test
    void theChaosCommandReadsItsFlagsThroughThem() {
        Chaos.Options o = Chaos.Options.parse(new String[] {"--seconds", "30", "--seed", "5"}, Path.of("/repo"));

        assertThat(o).isEqualTo(new Chaos.Options(12, 8, 30, 5, Path.of("/repo/data-chaos"), false));
    }

    @Test
    void anUnknownFlagAMissingValueOrANonNumberIsRefusedNamingTheFlag() {
        assertThatThrownBy(() -> Flags.parse(new String[] {"--what"}, Set.of(), Set.of()))
                .hasMessage("Unknown option --what");
        assertThatThrownBy(() -> Flags.parse(new String[] {"--seconds"}, Set.of("--seconds"), Set.of()))
                .hasMessage("--seconds needs a value");
        assertThatThrownBy(() -> Flags.parse(new String[] {"--seconds", "x"}, Set.of("--seconds"), Set.of())
                .positive("--seconds", 1)).hasMessage("--seconds needs a whole number, not x");
        assertThatThrownBy(() -> Flags.parse(new String[] {"--seconds", "0"}, Set.of("--seconds"), Set.of())
                .positive("--seconds", 1)).hasMessageContaining("at least 1");
    }
}
