package io.posflow.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The running local stack's processes as Linux shows them: each found by the port it listens on (the broker, the
 * five services) in {@code /proc/net/tcp*} and {@code /proc/<pid>/fd}, plus the {@code ./posflow run} launcher
 * that supervises them; and the CPU time each has used ({@code utime + stime} of {@code /proc/<pid>/stat}). Empty
 * where {@code /proc} is not there to read.
 */
final class StackProcesses {

    /** A process of the stack: what it is (kafka, a service, the launcher) and its pid. */
    record StackProcess(String name, long pid) {
    }

    private static final String LISTEN = "0A";
    private static final String LAUNCHER_CLASS = LocalStack.class.getName();

    private final List<StackProcess> processes;
    private final long ticksPerSecond;

    StackProcesses(List<StackProcess> processes, long ticksPerSecond) {
        this.processes = processes;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** Finds the processes listening on the stack's ports now. */
    static StackProcesses find() {
        Map<Integer, String> names = new LinkedHashMap<>();
        names.put(StackLayout.BROKER_PORT, "kafka");
        StackLayout.SERVICES.forEach(s -> names.put(s.port(), s.name()));
        Map<Long, Integer> inodes = new HashMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            inodes.putAll(listeningInodes(lines(Path.of(table)), names.keySet()));
        }
        Map<Integer, Long> pidByPort = new HashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                socketInodes(proc).stream().filter(inodes::containsKey)
                        .forEach(inode -> pidByPort.put(inodes.get(inode), Long.parseLong(proc.getFileName().toString())));
            }
        } catch (IOException noProc) {
            return new StackProcesses(List.of(), 100);
        }
        List<StackProcess> found = new ArrayList<>();
        names.forEach((port, name) -> {
            Long pid = pidByPort.get(port);
            if (pid != null) {
                found.add(new StackProcess(name, pid));
            }
        });
        found.stream().filter(p -> !p.name().equals("kafka")).findFirst()
                .flatMap(service -> statLine(service.pid()).map(StackProcesses::parentPid))
                .filter(parent -> cmdline(parent).contains(LAUNCHER_CLASS))
                .ifPresent(parent -> found.add(new StackProcess("launcher", parent)));
        return new StackProcesses(List.copyOf(found), clockTicksPerSecond());
    }

    List<StackProcess> processes() {
        return processes;
    }

    /** The data folder the services were started on ({@code --posflow.data-dir=…}), when one says. */
    Optional<Path> dataDir() {
        for (StackProcess p : processes) {
            for (String argument : cmdline(p.pid()).split("\0")) {
                if (argument.startsWith("--posflow.data-dir=")) {
                    return Optional.of(Path.of(argument.substring("--posflow.data-dir=".length())));
                }
            }
        }
        return Optional.empty();
    }

    /** The CPU time each process has used so far, in clock ticks; a process gone is left out. */
    Map<Long, Long> cpuTicks() {
        Map<Long, Long> ticks = new HashMap<>();
        processes.forEach(p -> statLine(p.pid()).ifPresent(stat -> ticks.put(p.pid(), cpuTicks(stat))));
        return ticks;
    }

    /**
     * The CPU seconds the stack used between two readings; empty when a process was not there at both (it died or
     * was restarted in between, so its time cannot be told).
     */
    Optional<Double> cpuSecondsBetween(Map<Long, Long> before, Map<Long, Long> after) {
        if (processes.isEmpty() || !before.keySet().equals(after.keySet())
                || before.size() != processes.size()) {
            return Optional.empty();
        }
        long ticks = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            ticks += e.getValue() - before.get(e.getKey());
        }
        return Optional.of(ticks / (double) ticksPerSecond);
    }

    /** The inodes of sockets listening on one of {@code ports}, from the lines of {@code /proc/net/tcp} or tcp6. */
    static Map<Long, Integer> listeningInodes(List<String> table, Set<Integer> ports) {
        Map<Long, Integer> inodes = new HashMap<>();
        for (String line : table) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 10 || !f[0].endsWith(":") || !f[3].equals(LISTEN)) {
                continue; // the header, or not listening
            }
            int port = Integer.parseInt(f[1].substring(f[1].lastIndexOf(':') + 1), 16);
            if (ports.contains(port)) {
                inodes.put(Long.parseLong(f[9]), port);
            }
        }
        return inodes;
    }

    /** utime + stime of a {@code /proc/<pid>/stat} line (fields 14 and 15, counted after the command's name). */
    static long cpuTicks(String stat) {
        String[] f = afterCommand(stat);
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** The parent pid of a {@code /proc/<pid>/stat} line (field 4). */
    static long parentPid(String stat) {
        return Long.parseLong(afterCommand(stat)[1]);
    }

    /** The fields from the state (field 3) on: the command's name is in parentheses and may hold spaces. */
    private static String[] afterCommand(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    }

    private static List<Long> socketInodes(Path proc) {
        List<Long> inodes = new ArrayList<>();
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
                    }
                } catch (IOException gone) {
                    // closed meanwhile
                }
            }
        } catch (IOException | SecurityException notOurs) {
            // another user's process, or gone
        }
        return inodes;
    }

    private static Optional<String> statLine(long pid) {
        try {
            return Optional.of(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    private static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8);
        } catch (IOException gone) {
            return "";
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException absent) {
            return List.of();
        }
    }

    /** {@code getconf CLK_TCK}: 100 on every Linux this runs on, asked anyway. */
    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return getconf.waitFor(5, TimeUnit.SECONDS) && out.matches("[0-9]+") ? Long.parseLong(out) : 100;
        } catch (IOException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
