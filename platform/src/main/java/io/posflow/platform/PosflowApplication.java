package io.posflow.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a posflow service with the settings every service needs before Spring reads its own. */
public final class PosflowApplication {

    private PosflowApplication() {
    }

    public static ConfigurableApplicationContext run(Class<?> application, String[] args) {
        // Axon's update checker phones home and writes ~/.axoniq: off unless explicitly enabled.
        if (System.getProperty("axoniq.update-checker.disabled") == null
                && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        return SpringApplication.run(application, args);
    }
}
