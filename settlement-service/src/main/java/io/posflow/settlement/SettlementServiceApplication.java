package io.posflow.settlement;

import io.posflow.platform.PosflowApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SettlementServiceApplication {

    public static void main(String[] args) {
        PosflowApplication.run(SettlementServiceApplication.class, args);
    }
}
