package io.posflow.kyc;

import io.posflow.platform.PosflowApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KycServiceApplication {

    public static void main(String[] args) {
        PosflowApplication.run(KycServiceApplication.class, args);
    }
}
