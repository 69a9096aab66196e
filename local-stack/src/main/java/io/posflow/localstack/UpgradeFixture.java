package io.posflow.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the business of the upgrade test's data folder (issue 13) through the REST surface of a running stack
 * — of the <em>previous</em> release, which {@code infra/upgrade-fixture/make.sh} builds and starts — and saves
 * who is who in a JSON file next to it. Three merchants, each left at a different point of their life:
 * <ul>
 *   <li>{@code refunded}: deposit paid, two sales of 50,000 yuan settled, deposit REFUNDED (D3);</li>
 *   <li>{@code held}: deposit HELD with 20,000 yuan settled, and a sale of 15,000 yuan captured after the last
 *       run: in flight when the old release stops;</li>
 *   <li>{@code unactivated}: approved, terminal bound, activation code sent but not yet entered (T2).</li>
 * </ul>
 */
final class UpgradeFixture {

    static final long HELD_SETTLED_FEN = 2_000_000;
    static final long HELD_IN_FLIGHT_FEN = 1_500_000;
    private static final Walkthrough.Waiter WAIT = Walkthrough.Waiter.polling(Duration.ofSeconds(120),
            Duration.ofMillis(300));

    private UpgradeFixture() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: UpgradeFixture <merchants.json> (with a stack running on the usual ports)");
            System.exit(2);
        }
        Walkthrough walk = new Walkthrough(new StackClient(), WAIT);
        Map<String, Object> fixture = new LinkedHashMap<>();

        Walkthrough.Merchant refunded = active(walk);
        walk.sell(refunded, 5_000_000);
        walk.sell(refunded, 5_000_000);
        Walkthrough.Merchant held = active(walk);
        walk.sell(held, HELD_SETTLED_FEN);

        walk.moveClocks(Walkthrough.afterSettlementOf(walk.now()));
        walk.awaitDeposit(refunded, "REFUNDED");
        WAIT.until("the held deposit's settled volume", () -> walk.deposit(held),
                d -> d.path("qualifyingVolumeFen").asLong() == HELD_SETTLED_FEN);

        Walkthrough.Merchant unactivated = walk.onboard();
        walk.activationCode(unactivated);
        walk.sell(held, HELD_IN_FLIGHT_FEN);

        fixture.put("refunded", refunded);
        fixture.put("held", held);
        fixture.put("unactivated", unactivated);
        fixture.put("clockAtShutdown", walk.now().toString());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[0]).toFile(), fixture);
        System.out.println("Wrote " + args[0]);
    }

    private static Walkthrough.Merchant active(Walkthrough walk) {
        Walkthrough.Merchant m = walk.onboard();
        walk.openWithDepositHeld(m);
        return m;
    }

}
