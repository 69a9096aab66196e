package io.posflow.deposit;

import io.posflow.platform.PosflowApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DepositServiceApplication {

    public static void main(String[] args) {
        PosflowApplication.run(DepositServiceApplication.class, args);
    }
}
