package io.posflow.kyc.adapter.provider;

import io.posflow.kyc.domain.checks.ProviderUnavailableException;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The reachability of one simulated provider (architecture §5). While down, every call fails at once as
 * unreachable. A call for a phone ending {@code 0003} hangs — that subject's calls keep hanging, call after
 * call — until the provider is restored ({@code available: true}); from then on that subject is answered.
 * Subjects are held in memory only, for the simulator's lifetime, and never logged.
 */
public final class SimulatedProvider {

    /** What a test or the local stack sees of it. */
    public record State(String provider, boolean available, int subjectsWaitingForRestore, long calls,
                        long unreachableCalls, long hungCalls) {
    }

    static final String TIMES_OUT = "0003";

    private final String name;
    private final Duration maxHang;
    private final Set<String> waitingForRestore = new HashSet<>();
    private final Set<String> restored = new HashSet<>();
    private boolean available = true;
    private long calls;
    private long unreachableCalls;
    private long hungCalls;

    SimulatedProvider(String name, Duration maxHang) {
        this.name = name;
        this.maxHang = maxHang;
    }

    public String name() {
        return name;
    }

    /**
     * Every simulated call passes here first.
     *
     * @param phone the subject's phone the provider is sent, or null when it is sent none
     */
    void enter(String phone) {
        synchronized (this) {
            calls++;
            if (!available) {
                unreachableCalls++;
                throw new ProviderUnavailableException(name, "the simulated provider is down");
            }
            if (phone == null || !phone.endsWith(TIMES_OUT) || restored.contains(phone)) {
                return;
            }
            waitingForRestore.add(phone);
            hungCalls++;
            hangUntilRestored(phone);
        }
    }

    /**
     * A call for a subject that fails, call after call, until the provider is restored (architecture §5: a payout to
     * an account ending {@code 9999}); from then on that subject is answered.
     *
     * @param subject what identifies the failing subject (kept in memory only, never logged)
     */
    synchronized void enterFailingUntilRestored(String subject) {
        calls++;
        if (!available) {
            unreachableCalls++;
            throw new ProviderUnavailableException(name, "the simulated provider is down");
        }
        if (!restored.contains(subject)) {
            waitingForRestore.add(subject);
            unreachableCalls++;
            throw new ProviderUnavailableException(name, "the simulated provider failed the call");
        }
    }

    /** Waits (releasing the lock) until restored; the caller's time limit normally interrupts it first. */
    private void hangUntilRestored(String phone) {
        long deadline = System.nanoTime() + maxHang.toNanos();
        try {
            while (waitingForRestore.contains(phone)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new ProviderUnavailableException(name, "the simulated provider did not answer");
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException cancelled) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException(name, "the call was cancelled");
        }
    }

    /** Down: calls fail as unreachable. Up: restored — every subject waiting for a restore is answered. */
    public synchronized State setAvailable(boolean up) {
        available = up;
        if (up) {
            restored.addAll(waitingForRestore);
            waitingForRestore.clear();
            notifyAll();
        }
        return state();
    }

    public synchronized State state() {
        return new State(name, available, waitingForRestore.size(), calls, unreachableCalls, hungCalls);
    }
}
