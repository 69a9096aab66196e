package io.posflow.onboarding;

import io.posflow.platform.PosflowApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OnboardingServiceApplication {

    public static void main(String[] args) {
        PosflowApplication.run(OnboardingServiceApplication.class, args);
    }
}
