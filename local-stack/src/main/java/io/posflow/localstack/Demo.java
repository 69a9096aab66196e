package io.posflow.localstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code ./posflow demo}: walks one merchant from application to deposit refund on the running stack,
 * moving the simulated clock, and prints every public event as it flows.
 */
final class Demo {

    private static final Duration STEP_DEADLINE = Duration.ofSeconds(90);

    private Demo() {
    }

    static void run() throws Exception {
        StackClient client = new StackClient();
        Walkthrough walk = new Walkthrough(client, Walkthrough.Waiter.polling(STEP_DEADLINE, Duration.ofMillis(300)));
        try (EventTap tap = new EventTap(StackLayout.BOOTSTRAP, System.out)) {
            Runnable settle = () -> {
                try {
                    tap.awaitQuiet(Duration.ofMillis(1500), Duration.ofSeconds(15));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            step("A merchant applies online, naming a stock ESIGN terminal");
            Walkthrough.Merchant m = walk.onboard();
            System.out.printf("  → approved as merchant %s, terminal %s%n", m.merchantNo(), m.serialNumber());

            settle.run();
            step("The activation code arrives by SMS; the device enters it");
            walk.activate(m, walk.activationCode(m));

            settle.run();
            step("The deposit swipe: 99.00 yuan on the merchant's own credit card");
            walk.payDeposit(m);
            JsonNode held = walk.awaitDeposit(m, "HELD");
            System.out.printf("  → deposit held, window %s … %s%n", held.get("windowStart").asText(),
                    held.get("windowEnd").asText());

            settle.run();
            step("Two sales of 50,000.00 yuan");
            walk.sell(m, 5_000_000);
            walk.sell(m, 5_000_000);

            settle.run();
            Instant run = Walkthrough.afterSettlementOf(walk.now());
            step("The clock moves on to " + run + ": the next business day's run has settled the sales (T+1)");
            walk.moveClocks(run);
            JsonNode refunded = walk.awaitDeposit(m, "REFUNDED");
            settle.run();
            System.out.printf("  → deposit %s after %s fen of volume; SMS: %s%n", refunded.get("status").asText(),
                    refunded.get("qualifyingVolumeFen").asText(), walk.depositSms(m));
        }
    }

    private static void step(String text) {
        System.out.printf("%n== %s%n", text);
    }

}
