package io.posflow.localstack;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: the stack's processes by their ports, and the CPU they used, read from /proc. */
class StackProcessesTest {

    @Test
    void aSocketListeningOnOneOfThePortsIsFoundByItsInode() {
        List<String> table = List.of(
                "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
                "   0: 0100007F:1F93 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4711 1 0",
                "   1: 0100007F:1F94 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4712 1 0",
                "   2: 0100007F:1F93 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000     0        0 4713 1 0",
                "   3: 00000000000000000000000001000000:2384 00000000000000000000000000000000:0000 0A 00000000:00000000"
                        + " 00:00000000 00000000     0        0 4714 1 0");

        assertThat(StackProcesses.listeningInodes(table, Set.of(8083, 9092)))
                .isEqualTo(Map.of(4711L, 8083, 4714L, 9092));
    }

    @Test
    void cpuTicksAreUserPlusSystemTimeEvenWhenTheCommandNameHoldsSpacesAndParentheses() {
        String stat = "4242 (java (main) x) S 4200 4242 4200 0 -1 4194560 90 0 0 0 1234 567 8 9 20 0 40 0 100 0";

        assertThat(StackProcesses.cpuTicks(stat)).isEqualTo(1_801);
        assertThat(StackProcesses.parentPid(stat)).isEqualTo(4_200);
    }

    @Test
    void theStacksCpuIsTheSumOverItsProcessesAndUnknownWhenOneRestarted() {
        StackProcesses stack = new StackProcesses(List.of(new StackProcesses.StackProcess("kafka", 1),
                new StackProcesses.StackProcess("terminal", 2)), 100);

        assertThat(stack.cpuSecondsBetween(Map.of(1L, 100L, 2L, 1_000L), Map.of(1L, 150L, 2L, 1_250L))).contains(3.0);
        assertThat(stack.cpuSecondsBetween(Map.of(1L, 100L, 2L, 1_000L), Map.of(1L, 150L, 3L, 10L))).isEmpty();
    }
}
