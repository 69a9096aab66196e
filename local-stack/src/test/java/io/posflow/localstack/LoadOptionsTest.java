package io.posflow.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 15: the flags of {@code ./posflow load}. */
class LoadOptionsTest {

    @Test
    void withoutFlagsItDrivesTwentyTerminalsAsFastAsItCanForAMinuteOnSixteenClients() {
        Load.Options o = Load.Options.parse(new String[0]);

        assertThat(o.terminals()).isEqualTo(20);
        assertThat(o.rate()).isZero();
        assertThat(o.durationSeconds()).isEqualTo(60);
        assertThat(o.clients()).isEqualTo(16);
        assertThat(o.concurrency()).as("below onboarding-service's pool of ten connections").isEqualTo(4);
        assertThat(o.skipSettlement()).isFalse();
        assertThat(o.dataDir()).as("the running stack's, found later").isNull();
    }

    @Test
    void everyFlagIsRead() {
        Load.Options o = Load.Options.parse(new String[] {"--terminals", "10000", "--rate", "1000.5", "--duration",
            "600", "--clients", "32", "--seed", "-7", "--concurrency", "40", "--skip-settlement", "--data-dir", "x/y"});

        assertThat(o).isEqualTo(new Load.Options(10_000, 1000.5, 600, 32, -7, 40, true, Path.of("x/y").toAbsolutePath()));
    }

    @Test
    void aRateOfZeroMeansAsFastAsItCanAndAnyOtherAnOpenModel() {
        assertThat(Load.Options.parse(new String[] {"--rate", "0"}).rateText()).isEqualTo("as fast as it can");
        assertThat(Load.Options.parse(new String[] {"--rate", "20"}).rateText()).isEqualTo("20.0 sends/s (open model)");
    }

    @Test
    void anUnknownFlagAMissingValueOrAValueOutOfRangeIsAUsageError() {
        assertThatThrownBy(() -> Load.Options.parse(new String[] {"--merchants", "3"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown option --merchants");
        assertThatThrownBy(() -> Load.Options.parse(new String[] {"--duration"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--duration needs a value");
        assertThatThrownBy(() -> Load.Options.parse(new String[] {"--terminals", "0"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Load.Options.parse(new String[] {"--clients", "many"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a whole number, not many");
        assertThatThrownBy(() -> Load.Options.parse(new String[] {"--rate", "-1"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--rate needs 0");
    }

    @Test
    void aUsageErrorExitsWithTwoBeforeLookingForAStack() {
        assertThat(Load.run(new String[] {"--rate", "fast"})).isEqualTo(2);
    }
}
